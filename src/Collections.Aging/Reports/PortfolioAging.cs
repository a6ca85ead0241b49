using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Ages ledger items and periodic snapshots into <see cref="AgingReport"/>s and per-account positions.</summary>
/// <remarks>
/// Days past due are counted as of an explicit date, never the machine's (docs/kpi-definitions.md). For ledger items the open amount
/// on the as-of date is <see cref="ReceivableItem.OpenAmountOn"/>: an item is open when issued on or before the date
/// and not yet settled. For snapshots the as-of date is the last day of the period and the status is the snapshot's
/// <see cref="AccountSnapshot.DaysPastDue"/>.
/// </remarks>
public static class PortfolioAging
{
    /// <summary>Ages ledger items as of a date.</summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>The report.</returns>
    public static AgingReport AgeItems(IEnumerable<ReceivableItem> items, LocalDate asOf, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var tally = new AgingTally(buckets ?? AgingBucketSet.Default);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            tally.Add(item.AccountId, item.OpenAmountOn(asOf), item.DaysPastDueOn(asOf));
        }

        return tally.ToReport(asOf);
    }

    /// <summary>Ages the snapshots of one period.</summary>
    /// <param name="snapshots">Snapshots of any periods; only those of <paramref name="period"/> are aged.</param>
    /// <param name="period">The period.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>The report, as of the last day of the period.</returns>
    public static AgingReport AgeSnapshots(IEnumerable<AccountSnapshot> snapshots, YearMonth period, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var tally = new AgingTally(buckets ?? AgingBucketSet.Default);
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            if (snapshot.Period == period)
            {
                tally.Add(snapshot.AccountId, snapshot.Balance, snapshot.DaysPastDue);
            }
        }

        return tally.ToReport(period.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth));
    }

    /// <summary>Each account's aged position as of a date, from its ledger items.</summary>
    /// <param name="items">The items.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>One position per account that has an item, in order of first appearance.</returns>
    public static ImmutableArray<AccountPosition> PositionsFromItems(IEnumerable<ReceivableItem> items, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        var positions = new PositionTally();
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            positions.Add(item.AccountId, item.OpenAmountOn(asOf), item.DaysPastDueOn(asOf));
        }

        return positions.ToPositions();
    }

    /// <summary>Each account's aged position in one period, from its snapshot.</summary>
    /// <param name="snapshots">Snapshots of any periods; only those of <paramref name="period"/> are used.</param>
    /// <param name="period">The period.</param>
    /// <returns>One position per account with a snapshot in the period, in source order.</returns>
    public static ImmutableArray<AccountPosition> PositionsFromSnapshots(IEnumerable<AccountSnapshot> snapshots, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var positions = new PositionTally();
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            if (snapshot.Period == period)
            {
                positions.Add(snapshot.AccountId, snapshot.Balance, snapshot.DaysPastDue);
            }
        }

        return positions.ToPositions();
    }

    private sealed class PositionTally
    {
        private readonly Dictionary<AccountId, int> _index = [];
        private readonly List<(AccountId Id, int Worst, Money Debt, Money Credit, int Open, bool AnyDebt)> _rows = [];

        public void Add(AccountId account, Money open, DaysPastDue daysPastDue)
        {
            if (!_index.TryGetValue(account, out var i))
            {
                i = _rows.Count;
                _index[account] = i;
                _rows.Add((account, 0, Money.Zero(open.Currency), Money.Zero(open.Currency), 0, false));
            }

            var row = _rows[i];
            if (open.IsPositive)
            {
                row.Worst = row.AnyDebt ? Math.Max(row.Worst, daysPastDue.Value) : daysPastDue.Value;
                row.AnyDebt = true;
                row.Debt += open;
                row.Open++;
            }
            else if (open.IsNegative)
            {
                row.Credit += open;
                row.Open++;
            }

            _rows[i] = row;
        }

        public ImmutableArray<AccountPosition> ToPositions() =>
            [.. _rows.Select(r => new AccountPosition(r.Id, r.AnyDebt ? new DaysPastDue(r.Worst) : DaysPastDue.Current, r.Debt, r.Credit, r.Open))];
    }
}
