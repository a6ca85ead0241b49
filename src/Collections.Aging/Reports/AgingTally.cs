using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Accumulates open amounts into bucket × currency cells, counting distinct accounts per cell.</summary>
internal sealed class AgingTally(AgingBucketSet buckets)
{
    private readonly Dictionary<Currency, Cell[]> _cells = [];
    private readonly Dictionary<Currency, Cell> _credits = [];
    private readonly HashSet<(AccountId, Currency, int)> _accountsInCell = [];
    private readonly HashSet<(AccountId, Currency)> _accountsInCredit = [];
    private readonly HashSet<AccountId> _accountsWithAmount = [];
    private readonly HashSet<AccountId> _accountsSeen = [];

    public void Add(AccountId account, Money open, DaysPastDue daysPastDue)
    {
        _accountsSeen.Add(account);
        if (open.IsPositive)
        {
            _accountsWithAmount.Add(account);
            var bucket = buckets.IndexOf(daysPastDue);
            var cells = CellsFor(open.Currency);
            cells[bucket].Items++;
            cells[bucket].MinorUnits = checked(cells[bucket].MinorUnits + open.MinorUnits);
            if (_accountsInCell.Add((account, open.Currency, bucket)))
            {
                cells[bucket].Accounts++;
            }
        }
        else if (open.IsNegative)
        {
            _accountsWithAmount.Add(account);
            CellsFor(open.Currency);
            _credits.TryGetValue(open.Currency, out var credit);
            credit.Items++;
            credit.MinorUnits = checked(credit.MinorUnits + open.MinorUnits);
            if (_accountsInCredit.Add((account, open.Currency)))
            {
                credit.Accounts++;
            }

            _credits[open.Currency] = credit;
        }
    }

    public AgingReport ToReport(LocalDate asOf)
    {
        var currencies = _cells.Keys.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var lines = ImmutableArray.CreateBuilder<AgingReportLine>(currencies.Count * buckets.Count);
        foreach (var currency in currencies)
        {
            var cells = _cells[currency];
            for (var b = 0; b < buckets.Count; b++)
            {
                lines.Add(new AgingReportLine(buckets.Buckets[b], currency, cells[b].Accounts, cells[b].Items, Money.FromMinorUnits(cells[b].MinorUnits, currency)));
            }
        }

        var credits = currencies
            .Select(c => _credits.TryGetValue(c, out var credit)
                ? new CreditBalanceLine(c, credit.Accounts, credit.Items, Money.FromMinorUnits(credit.MinorUnits, c))
                : new CreditBalanceLine(c, 0, 0, Money.Zero(c)))
            .ToImmutableArray();
        var zeroBalanceAccounts = _accountsSeen.Count(a => !_accountsWithAmount.Contains(a));
        return new AgingReport(asOf, buckets, lines.MoveToImmutable(), credits, zeroBalanceAccounts);
    }

    private Cell[] CellsFor(Currency currency)
    {
        if (!_cells.TryGetValue(currency, out var cells))
        {
            cells = new Cell[buckets.Count];
            _cells[currency] = cells;
        }

        return cells;
    }

    private struct Cell
    {
        public int Accounts;
        public int Items;
        public long MinorUnits;
    }
}
