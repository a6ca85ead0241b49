using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>One month end of a rebuilt ledger history: the aging as of that day and the month's figures per currency.</summary>
public sealed class LedgerMonthEnd
{
    internal LedgerMonthEnd(YearMonth month, LocalDate date, AgingReport aging, ImmutableArray<LedgerMonthFigures> figures)
    {
        Month = month;
        Date = date;
        Aging = aging;
        Figures = figures;
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The month's last day, the as-of date of <see cref="Aging"/>.</summary>
    public LocalDate Date { get; }

    /// <summary>The aging of the items issued on or before <see cref="Date"/>, as of <see cref="Date"/>.</summary>
    public AgingReport Aging { get; }

    /// <summary>The month's figures, one per currency of the history, ordered by currency code.</summary>
    public ImmutableArray<LedgerMonthFigures> Figures { get; }

    /// <summary>The month's figures in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The figures; zeros (DSO and CEI n/a) when the history has no item in that currency.</returns>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    public LedgerMonthFigures FiguresFor(Currency currency)
    {
        if (Figures.FirstOrDefault(f => f.Currency == currency) is { } figures)
        {
            return figures;
        }

        var zero = Money.Zero(currency);
        return new LedgerMonthFigures(Month, zero, zero, zero, zero);
    }
}
