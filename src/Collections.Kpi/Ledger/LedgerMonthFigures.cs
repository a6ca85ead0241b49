using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>One month of a rebuilt ledger history in one currency: receivables at both ends, credit sales, DSO and CEI.</summary>
/// <remarks>
/// <para>Receivables are debt (positive open amounts) as aged at the month end; credit notes and other credits are kept
/// apart in the aging report and are not netted in. Credit sales are the positive amounts of the items issued in the
/// month. Opening receivables are the previous month end's closing receivables (zero in the first month, which is the
/// month of the first issue date, so nothing was open before it).</para>
/// <para>DSO uses the days of the month; CEI is for a one-month period (N = 1).</para>
/// </remarks>
public sealed class LedgerMonthFigures
{
    internal LedgerMonthFigures(YearMonth month, Money openingReceivables, Money creditSales, Money closingReceivables, Money closingCurrentReceivables)
    {
        Month = month;
        OpeningReceivables = openingReceivables;
        CreditSales = creditSales;
        ClosingReceivables = closingReceivables;
        ClosingCurrentReceivables = closingCurrentReceivables;
        DaysInPeriod = CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month);
        DaysSalesOutstanding = DaysSalesOutstanding.Calculate(closingReceivables, creditSales, DaysInPeriod);
        CollectionEffectivenessIndex = CollectionEffectivenessIndex.Calculate(openingReceivables, creditSales, closingReceivables, closingCurrentReceivables);
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The currency.</summary>
    public Currency Currency => ClosingReceivables.Currency;

    /// <summary>Receivables open at the previous month end.</summary>
    public Money OpeningReceivables { get; }

    /// <summary>Positive amounts of the items issued in the month.</summary>
    public Money CreditSales { get; }

    /// <summary>Receivables open at the month end.</summary>
    public Money ClosingReceivables { get; }

    /// <summary>Receivables open at the month end and not yet past due (the aging report's current bucket).</summary>
    public Money ClosingCurrentReceivables { get; }

    /// <summary>Days in the month.</summary>
    public int DaysInPeriod { get; }

    /// <summary>DSO of the month: closing receivables / credit sales × days in the month.</summary>
    public DaysSalesOutstanding DaysSalesOutstanding { get; }

    /// <summary>CEI of the month (N = 1).</summary>
    public CollectionEffectivenessIndex CollectionEffectivenessIndex { get; }
}
