using System.Collections.Immutable;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Rebuilding the month-end history from ledger items.</summary>
public sealed partial class LedgerHistory
{
    /// <summary>Rebuilds the month-end history of a ledger as of a date.</summary>
    /// <param name="items">The ledger items (invoices with settlement dates, credit notes); any order.</param>
    /// <param name="asOf">The as-of date: the history ends at the last month end on or before it, and nothing after it is known.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>The history; without month ends when no item was issued by the last month end.</returns>
    /// <exception cref="ArgumentException">An account has items in more than one currency; every such account listed.</exception>
    public static LedgerHistory Rebuild(IEnumerable<ReceivableItem> items, LocalDate asOf, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var set = buckets ?? AgingBucketSet.Default;
        var asOfDay = DayNumber.Of(asOf);
        var kept = new List<(ReceivableItem Item, int IssueDay)>();
        var accountCurrencies = new Dictionary<AccountId, Currency>();
        var mixedCurrencyAccounts = new SortedSet<AccountId>();
        var (issuedAfter, settledAfter, withoutSettlement, withoutIssue) = (0, 0, 0, 0);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            if (item.IssuedOn is not { } issuedOn)
            {
                // A month-end history places every item in the month it was issued: without the date it cannot.
                withoutIssue++;
                continue;
            }

            var issueDay = DayNumber.Of(issuedOn);
            if (issueDay > asOfDay)
            {
                issuedAfter++;
                continue;
            }

            kept.Add((item, issueDay));
            if (item.SettledOn is not { } settledOn)
            {
                withoutSettlement++;
            }
            else if (DayNumber.Of(settledOn) > asOfDay)
            {
                settledAfter++;
            }

            if (!accountCurrencies.TryAdd(item.AccountId, item.Amount.Currency) && accountCurrencies[item.AccountId] != item.Amount.Currency)
            {
                mixedCurrencyAccounts.Add(item.AccountId);
            }
        }

        if (mixedCurrencyAccounts.Count > 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Each account's items must be in one currency; {mixedCurrencyAccounts.Count} account(s) mix currencies: {string.Join(", ", mixedCurrencyAccounts.Take(20))}{(mixedCurrencyAccounts.Count > 20 ? ", …" : string.Empty)}."),
                nameof(items));
        }

        var sorted = kept.OrderBy(k => k.IssueDay).ToArray(); // stable: source order within a day
        ImmutableArray<Currency> currencies = [.. accountCurrencies.Values.Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
        var counts = (issuedAfter, settledAfter, withoutSettlement, withoutIssue);
        if (sorted.Length == 0)
        {
            return new LedgerHistory(asOf, set, currencies, [], [], [], counts);
        }

        var asOfIso = DayNumber.ToDate(asOfDay);
        var lastMonth = asOfIso.Day == DaysIn(asOfIso.ToYearMonth()) ? asOfIso.ToYearMonth() : asOfIso.ToYearMonth().PlusMonths(-1);
        var rebuilder = new Rebuilder(set, currencies, [.. sorted.Select(k => k.Item)], [.. sorted.Select(k => k.IssueDay)]);
        for (var month = DayNumber.ToDate(sorted[0].IssueDay).ToYearMonth(); month <= lastMonth; month = month.PlusMonths(1))
        {
            rebuilder.Step(month);
        }

        return new LedgerHistory(asOf, set, currencies, rebuilder.MonthEnds.ToImmutable(), rebuilder.ItemTransitions.ToImmutable(), rebuilder.AccountTransitions.ToImmutable(), counts);
    }

    private static int DaysIn(YearMonth month) => CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);

    /// <summary>Walks the month ends in order, carrying the open items and account states from one to the next.</summary>
    /// <remarks>Open items are carried forward, so each month costs O(items open + accounts present), not O(items
    /// issued so far); the aging report is <see cref="PortfolioAging.AgeItems"/> of the items that can change it.</remarks>
    private sealed class Rebuilder(AgingBucketSet buckets, ImmutableArray<Currency> currencies, ReceivableItem[] items, int[] issueDays)
    {
        private readonly int _paid = RollRateAccumulator.PaidIndex(buckets);
        private readonly Dictionary<AccountId, (Currency Currency, int FirstItem)> _presentAccounts = [];
        private readonly Dictionary<Currency, Money> _closing = [];
        private List<OpenItem> _open = [];
        private List<int> _nonZero = [];
        private Dictionary<AccountId, AccountState> _accounts = [];
        private int _issued;
        private YearMonth? _previousMonth;

        public ImmutableArray<LedgerMonthEnd>.Builder MonthEnds { get; } = ImmutableArray.CreateBuilder<LedgerMonthEnd>();

        public ImmutableArray<RollRateTransition>.Builder ItemTransitions { get; } = ImmutableArray.CreateBuilder<RollRateTransition>();

        public ImmutableArray<RollRateTransition>.Builder AccountTransitions { get; } = ImmutableArray.CreateBuilder<RollRateTransition>();

        public void Step(YearMonth month)
        {
            var date = month.OnDayOfMonth(DaysIn(month));
            var endDay = DayNumber.Of(date);
            var firstNew = _issued;
            while (_issued < items.Length && issueDays[_issued] <= endDay)
            {
                _presentAccounts.TryAdd(items[_issued].AccountId, (items[_issued].Amount.Currency, _issued));
                _issued++;
            }

            var aging = PortfolioAging.AgeItems(ItemsToAge(date, firstNew), date, buckets);
            MonthEnds.Add(new LedgerMonthEnd(month, date, aging, Figures(month, aging, firstNew)));
            var itemAccumulators = NewAccumulators(RollRateUnit.Item);
            var open = StepItems(date, endDay, firstNew, itemAccumulators);
            var accountAccumulators = NewAccumulators(RollRateUnit.Account);
            var accounts = StepAccounts(open, accountAccumulators);
            if (_previousMonth is { } previous)
            {
                ItemTransitions.Add(new RollRateTransition(previous, month, buckets, RollRateUnit.Item, [.. itemAccumulators.Select(a => a.ToMatrix())]));
                AccountTransitions.Add(new RollRateTransition(previous, month, buckets, RollRateUnit.Account, [.. accountAccumulators.Select(a => a.ToMatrix())]));
            }

            _open = open;
            _accounts = accounts;
            _previousMonth = month;
        }

        /// <summary>The items whose aging equals the aging of every item issued by the month end, at a fraction of the cost.</summary>
        /// <remarks>An item with a zero open amount adds nothing to an aging report but its account (to
        /// <see cref="AgingReport.ZeroBalanceAccounts"/>), and an item that is not open at one month end is never open
        /// again. So the items with a non-zero open amount (carried from month to month), plus one item of each account
        /// that has none, age to the same report as the whole prefix of issued items (property-tested).</remarks>
        private List<ReceivableItem> ItemsToAge(LocalDate date, int firstNew)
        {
            var nonZero = new List<int>(_nonZero.Count + _issued - firstNew);
            foreach (var index in _nonZero)
            {
                if (!items[index].OpenAmountOn(date).IsZero)
                {
                    nonZero.Add(index);
                }
            }

            for (var i = firstNew; i < _issued; i++)
            {
                if (!items[i].OpenAmountOn(date).IsZero)
                {
                    nonZero.Add(i);
                }
            }

            _nonZero = nonZero;
            var withAmount = new HashSet<AccountId>();
            var toAge = new List<ReceivableItem>(nonZero.Count + _presentAccounts.Count);
            foreach (var index in nonZero)
            {
                toAge.Add(items[index]);
                withAmount.Add(items[index].AccountId);
            }

            foreach (var (accountId, present) in _presentAccounts)
            {
                if (!withAmount.Contains(accountId))
                {
                    toAge.Add(items[present.FirstItem]);
                }
            }

            return toAge;
        }

        private ImmutableArray<LedgerMonthFigures> Figures(YearMonth month, AgingReport aging, int firstNew)
        {
            var sales = new Dictionary<Currency, long>();
            for (var i = firstNew; i < _issued; i++)
            {
                var amount = items[i].Amount;
                if (amount.IsPositive)
                {
                    sales[amount.Currency] = checked(sales.GetValueOrDefault(amount.Currency) + amount.MinorUnits);
                }
            }

            var figures = ImmutableArray.CreateBuilder<LedgerMonthFigures>(currencies.Length);
            foreach (var currency in currencies)
            {
                var opening = _closing.GetValueOrDefault(currency, Money.Zero(currency));
                var closing = aging.TotalDebt(currency);
                var current = aging.LineFor(buckets.CurrentBucket, currency).Balance;
                figures.Add(new LedgerMonthFigures(month, opening, Money.FromMinorUnits(sales.GetValueOrDefault(currency), currency), closing, current));
                _closing[currency] = closing;
            }

            return figures.MoveToImmutable();
        }

        private List<OpenItem> StepItems(LocalDate date, int endDay, int firstNew, RollRateAccumulator[] accumulators)
        {
            var open = new List<OpenItem>(_open.Count + _issued - firstNew);
            foreach (var was in _open)
            {
                var now = OpenItemAt(was.Index, date, endDay);
                accumulators[currencies.IndexOf(items[was.Index].Amount.Currency)].AddAt(was.State, now.State, was.MinorUnits);
                if (now.MinorUnits > 0)
                {
                    open.Add(now);
                }
            }

            for (var i = firstNew; i < _issued; i++)
            {
                if (!items[i].Amount.IsPositive)
                {
                    continue; // credit notes and zero items are not debt items
                }

                var now = OpenItemAt(i, date, endDay);
                accumulators[currencies.IndexOf(items[i].Amount.Currency)].AddEnteredAt(now.State, now.MinorUnits);
                if (now.MinorUnits > 0)
                {
                    open.Add(now);
                }
            }

            return open;
        }

        private Dictionary<AccountId, AccountState> StepAccounts(List<OpenItem> open, RollRateAccumulator[] accumulators)
        {
            var accounts = new Dictionary<AccountId, AccountState>(_presentAccounts.Count);
            foreach (var (accountId, present) in _presentAccounts)
            {
                accounts[accountId] = new AccountState(currencies.IndexOf(present.Currency), _paid, 0);
            }

            foreach (var item in open)
            {
                // Bucket indexes grow with days past due, so the largest index is the bucket of the worst open item.
                var accountId = items[item.Index].AccountId;
                var state = accounts[accountId];
                var worst = state.State == _paid ? item.State : Math.Max(state.State, item.State);
                accounts[accountId] = state with { State = worst, Debt = checked(state.Debt + item.MinorUnits) };
            }

            foreach (var (accountId, now) in accounts)
            {
                if (_accounts.TryGetValue(accountId, out var was))
                {
                    accumulators[now.CurrencyIndex].AddAt(was.State, now.State, was.Debt);
                }
                else
                {
                    accumulators[now.CurrencyIndex].AddEnteredAt(now.State, now.Debt);
                }
            }

            return accounts;
        }

        private OpenItem OpenItemAt(int index, LocalDate date, int endDay)
        {
            var item = items[index];
            var open = item.OpenAmountOn(date);
            if (open.MinorUnits <= 0)
            {
                return new OpenItem(index, _paid, 0);
            }

            var daysPastDue = endDay - DayNumber.Of(item.DueOn);
            return new OpenItem(index, daysPastDue > 0 ? buckets.IndexOf(new DaysPastDue(daysPastDue)) : 0, open.MinorUnits);
        }

        private RollRateAccumulator[] NewAccumulators(RollRateUnit unit) =>
            [.. currencies.Select(c => new RollRateAccumulator(buckets, c, unit))];
    }

    private readonly record struct OpenItem(int Index, int State, long MinorUnits);

    private readonly record struct AccountState(int CurrencyIndex, int State, long Debt);
}
