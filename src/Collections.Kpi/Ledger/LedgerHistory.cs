using System.Collections.Immutable;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A ledger's month-end history rebuilt from items with settlement dates, as of an explicit date: aging, DSO
/// and CEI for every month end, and roll-rate matrices between consecutive month ends for items and for accounts.</summary>
/// <remarks>
/// <para><b>Month ends</b> run from the month of the first issue date to the last month end on or before
/// <see cref="AsOf"/> (ISO calendar months). What happened after the as-of date is unknown at the as-of date: items
/// issued after it are left out (counted in <see cref="ItemsIssuedAfterAsOf"/>), and an item settled after it is still
/// open at every month end (counted in <see cref="ItemsSettledAfterAsOf"/>).</para>
/// <para><b>Open at a month end</b>: issued on or before that day and not yet settled, as
/// <see cref="ReceivableItem.OpenAmountOn"/> says; an item settled on the month-end day itself is not open at that
/// month end. An item without a settlement date is open from its issue date with the open amount its source states
/// (the history cannot know when part-payments were made; counted in <see cref="ItemsWithoutSettlementDate"/>).</para>
/// <para><b>Aging</b> at a month end is <see cref="PortfolioAging.AgeItems"/> of the items issued by then.</para>
/// <para><b>Item roll rates</b> (<see cref="RollRateUnit.Item"/>): the debt items open at the earlier month end, each
/// in the bucket of its days past due, go to their bucket at the later month end, or to <c>paid</c> when settled by
/// then. Items issued during the month are counted as entered (in <c>paid</c> when already settled). Items settled
/// before the earlier month end are not part of the transition. Credit notes (negative items) are aged as credits and
/// are not in item matrices.</para>
/// <para><b>Account roll rates</b> (<see cref="RollRateUnit.Account"/>): an account is present at a month end once it
/// has an item issued by then; its state is the bucket of its worst (most days past due) open debt item, or
/// <c>paid</c> when it has items but no open debt. Balances are the account's open debt at the earlier month end.
/// Accounts whose first item is issued during the month are counted as entered. All of an account's items must be in
/// one currency.</para>
/// </remarks>
public sealed partial class LedgerHistory
{
    private LedgerHistory(
        LocalDate asOf,
        AgingBucketSet buckets,
        ImmutableArray<Currency> currencies,
        ImmutableArray<LedgerMonthEnd> monthEnds,
        ImmutableArray<RollRateTransition> itemTransitions,
        ImmutableArray<RollRateTransition> accountTransitions,
        (int IssuedAfterAsOf, int SettledAfterAsOf, int WithoutSettlementDate, int WithoutIssueDate) counts)
    {
        AsOf = asOf;
        Buckets = buckets;
        Currencies = currencies;
        MonthEnds = monthEnds;
        ItemTransitions = itemTransitions;
        AccountTransitions = accountTransitions;
        ItemsIssuedAfterAsOf = counts.IssuedAfterAsOf;
        ItemsSettledAfterAsOf = counts.SettledAfterAsOf;
        ItemsWithoutSettlementDate = counts.WithoutSettlementDate;
        ItemsWithoutIssueDate = counts.WithoutIssueDate;
    }

    /// <summary>The as-of date the history was rebuilt at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The bucket set.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The currencies of the items issued on or before <see cref="AsOf"/>, ordered by code.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>Every month end, oldest first, consecutive months.</summary>
    public ImmutableArray<LedgerMonthEnd> MonthEnds { get; }

    /// <summary>Item-level roll rates between consecutive month ends (one fewer than <see cref="MonthEnds"/>).</summary>
    public ImmutableArray<RollRateTransition> ItemTransitions { get; }

    /// <summary>Account-level roll rates between consecutive month ends (one fewer than <see cref="MonthEnds"/>).</summary>
    public ImmutableArray<RollRateTransition> AccountTransitions { get; }

    /// <summary>Items issued after <see cref="AsOf"/>, left out of the history.</summary>
    public int ItemsIssuedAfterAsOf { get; }

    /// <summary>Items settled after <see cref="AsOf"/>, open at every month end of the history.</summary>
    public int ItemsSettledAfterAsOf { get; }

    /// <summary>Items with no settlement date, open with their stated open amount from their issue date.</summary>
    public int ItemsWithoutSettlementDate { get; }

    /// <summary>Items with no issue date, left out of the history (it cannot tell in which month they arose).</summary>
    public int ItemsWithoutIssueDate { get; }

    /// <summary>Looks up a month end.</summary>
    /// <param name="month">The month.</param>
    /// <param name="monthEnd">The month end when the history has it.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetMonthEnd(YearMonth month, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerMonthEnd? monthEnd)
    {
        var index = IndexOf(month);
        monthEnd = index >= 0 ? MonthEnds[index] : null;
        return monthEnd is not null;
    }

    /// <summary>CEI over several consecutive months (N = their count): opening receivables of the first month, credit
    /// sales of all of them, closing receivables of the last.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month (may equal <paramref name="first"/> for N = 1).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The index with N stated.</returns>
    /// <exception cref="ArgumentException">A month is not in the history, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public CollectionEffectivenessIndex CollectionEffectivenessOver(YearMonth first, YearMonth last, Currency currency)
    {
        var months = Range(first, last, currency);
        var sales = months.Aggregate(Money.Zero(currency), (sum, f) => sum + f.CreditSales);
        return CollectionEffectivenessIndex.Calculate(
            months[0].OpeningReceivables, sales, months[^1].ClosingReceivables, months[^1].ClosingCurrentReceivables, months.Count);
    }

    /// <summary>DSO over several consecutive months: closing receivables of the last month / credit sales of all of them
    /// × the days of all of them.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">A month is not in the history, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public DaysSalesOutstanding DaysSalesOutstandingOver(YearMonth first, YearMonth last, Currency currency)
    {
        var months = Range(first, last, currency);
        var sales = months.Aggregate(Money.Zero(currency), (sum, f) => sum + f.CreditSales);
        return DaysSalesOutstanding.Calculate(months[^1].ClosingReceivables, sales, months.Sum(f => f.DaysInPeriod));
    }

    private int IndexOf(YearMonth month)
    {
        if (MonthEnds.IsEmpty)
        {
            return -1;
        }

        var first = MonthEnds[0].Month;
        var index = ((month.Year - first.Year) * 12) + month.Month - first.Month;
        return month.Calendar == CalendarSystem.Iso && index >= 0 && index < MonthEnds.Length ? index : -1;
    }

    private List<LedgerMonthFigures> Range(YearMonth first, YearMonth last, Currency currency)
    {
        var firstIndex = IndexOf(first);
        var lastIndex = IndexOf(last);
        var violations = new List<string>();
        var span = MonthEnds.IsEmpty
            ? "it has no month ends"
            : string.Create(CultureInfo.InvariantCulture, $"it runs from {MonthEnds[0].Month:uuuu-MM} to {MonthEnds[^1].Month:uuuu-MM}");
        if (firstIndex < 0)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{first:uuuu-MM} is not in the history ({span})"));
        }

        if (lastIndex < 0)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{last:uuuu-MM} is not in the history ({span})"));
        }

        if (firstIndex >= 0 && lastIndex >= 0 && lastIndex < firstIndex)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the last month ({last:uuuu-MM}) is before the first ({first:uuuu-MM})"));
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("Invalid range of months: " + string.Join("; ", violations) + ".", nameof(first));
        }

        return [.. MonthEnds.Skip(firstIndex).Take(lastIndex - firstIndex + 1).Select(m => m.FiguresFor(currency))];
    }
}
