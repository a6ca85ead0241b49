using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Days sales outstanding (DSO) of a period: closing receivables / credit sales in the period × days in the period.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: "DSO = closing receivables / credit sales in the period × days in the period." With no credit sales the
/// figure is n/a (<see cref="Days"/> is <see langword="null"/>), never zero or infinite.</para>
/// <para>The inputs are kept so that a reader can recompute the figure.</para>
/// </remarks>
public readonly record struct DaysSalesOutstanding
{
    private DaysSalesOutstanding(Money closingReceivables, Money creditSales, int daysInPeriod)
    {
        ClosingReceivables = closingReceivables;
        CreditSales = creditSales;
        DaysInPeriod = daysInPeriod;
    }

    /// <summary>Receivables (debt) open at the end of the period.</summary>
    public Money ClosingReceivables { get; }

    /// <summary>Credit sales (invoiced amounts) in the period.</summary>
    public Money CreditSales { get; }

    /// <summary>Days in the period (28–31 for one month).</summary>
    public int DaysInPeriod { get; }

    /// <summary>Whether the figure has a value (there were credit sales).</summary>
    public bool IsDefined => CreditSales.IsPositive;

    /// <summary>The receivables-to-sales ratio, closing receivables / credit sales; n/a without sales.</summary>
    public Rate ReceivablesToSales => new(ClosingReceivables.Amount, IsDefined ? CreditSales.Amount : 0);

    /// <summary>The DSO in days (not rounded), or <see langword="null"/> (n/a) when there were no credit sales.</summary>
    public decimal? Days => IsDefined ? (decimal)ClosingReceivables.MinorUnits * DaysInPeriod / CreditSales.MinorUnits : null;

    /// <summary>Calculates DSO for one period.</summary>
    /// <param name="closingReceivables">Receivables open at the end of the period (zero or more).</param>
    /// <param name="creditSales">Credit sales in the period (zero or more; zero makes the figure n/a).</param>
    /// <param name="daysInPeriod">Days in the period (one or more).</param>
    /// <returns>The figure with its inputs.</returns>
    /// <exception cref="ArgumentException">The currencies differ or are unspecified, an amount is negative, or the days are below one; every violation listed.</exception>
    public static DaysSalesOutstanding Calculate(Money closingReceivables, Money creditSales, int daysInPeriod)
    {
        var violations = new List<string>();
        if (!closingReceivables.Currency.IsSpecified || !creditSales.Currency.IsSpecified)
        {
            violations.Add("the amounts need a specified currency");
        }
        else if (closingReceivables.Currency != creditSales.Currency)
        {
            violations.Add($"closing receivables are in {closingReceivables.Currency} but credit sales in {creditSales.Currency}");
        }

        if (closingReceivables.IsNegative)
        {
            violations.Add($"closing receivables are negative ({closingReceivables})");
        }

        if (creditSales.IsNegative)
        {
            violations.Add($"credit sales are negative ({creditSales})");
        }

        if (daysInPeriod < 1)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the period has {daysInPeriod} days; it needs at least one"));
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("Cannot calculate DSO: " + string.Join("; ", violations) + ".");
        }

        return new DaysSalesOutstanding(closingReceivables, creditSales, daysInPeriod);
    }

    /// <summary>The figure in days with one decimal, or <c>n/a</c>, in the invariant culture.</summary>
    /// <returns>For example <c>42.3 days</c> or <c>n/a</c>.</returns>
    public override string ToString() => Days is { } days
        ? Math.Round(days, 1, MidpointRounding.AwayFromZero).ToString("F1", CultureInfo.InvariantCulture) + " days"
        : "n/a";
}
