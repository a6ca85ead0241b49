using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The collection effectiveness index (CEI) of a period, in percent.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: "CEI = (opening receivables + credit sales − closing total receivables) / (opening receivables + credit
/// sales − closing current receivables) × 100, for a one-month period; for N months use credit sales / N (state N)."
/// <see cref="Months"/> states N.</para>
/// <para>The numerator is what was collected (or otherwise cleared) out of what could have been; the denominator leaves
/// out what was not yet due at the end. When the denominator is zero or negative (nothing was collectable, or with N
/// above one the averaged sales fall below the closing current receivables) the index is n/a, never 0%.</para>
/// </remarks>
public readonly record struct CollectionEffectivenessIndex
{
    private CollectionEffectivenessIndex(Money opening, Money creditSales, Money closing, Money closingCurrent, int months, Rate rate)
    {
        OpeningReceivables = opening;
        CreditSales = creditSales;
        ClosingReceivables = closing;
        ClosingCurrentReceivables = closingCurrent;
        Months = months;
        Rate = rate;
    }

    /// <summary>Receivables open at the start of the period (the previous period's closing receivables).</summary>
    public Money OpeningReceivables { get; }

    /// <summary>Credit sales over the whole period (divided by <see cref="Months"/> in the formula).</summary>
    public Money CreditSales { get; }

    /// <summary>All receivables open at the end of the period.</summary>
    public Money ClosingReceivables { get; }

    /// <summary>Receivables open at the end of the period that are not yet past due (the current bucket).</summary>
    public Money ClosingCurrentReceivables { get; }

    /// <summary>N, the number of months in the period.</summary>
    public int Months { get; }

    /// <summary>The index as a rate: (opening + sales / N − closing) / (opening + sales / N − closing current), in major
    /// units; n/a when the denominator is not positive.</summary>
    public Rate Rate { get; }

    /// <summary>The index in percent, or <see langword="null"/> when n/a.</summary>
    public decimal? Percent => Rate.Percent;

    /// <summary>Calculates CEI for a period of one or more months.</summary>
    /// <param name="openingReceivables">Receivables open at the start.</param>
    /// <param name="creditSales">Credit sales over the whole period.</param>
    /// <param name="closingReceivables">All receivables open at the end.</param>
    /// <param name="closingCurrentReceivables">Receivables open at the end and not yet past due.</param>
    /// <param name="months">N, the months in the period (one or more).</param>
    /// <returns>The index with its inputs.</returns>
    /// <exception cref="ArgumentException">The currencies differ or are unspecified, an amount is negative, the current
    /// receivables exceed the total, or N is below one; every violation listed.</exception>
    public static CollectionEffectivenessIndex Calculate(
        Money openingReceivables,
        Money creditSales,
        Money closingReceivables,
        Money closingCurrentReceivables,
        int months = 1)
    {
        var amounts = new (string Name, Money Value)[]
        {
            ("opening receivables", openingReceivables),
            ("credit sales", creditSales),
            ("closing receivables", closingReceivables),
            ("closing current receivables", closingCurrentReceivables),
        };
        var violations = new List<string>();
        var currencies = amounts.Select(a => a.Value.Currency).Distinct().ToList();
        if (currencies.Any(c => !c.IsSpecified))
        {
            violations.Add("every amount needs a specified currency");
        }
        else if (currencies.Count > 1)
        {
            violations.Add("the amounts are in different currencies (" + string.Join(", ", amounts.Select(a => $"{a.Name} {a.Value.Currency}")) + ")");
        }

        violations.AddRange(amounts.Where(a => a.Value.IsNegative).Select(a => $"{a.Name} are negative ({a.Value})"));
        if (currencies.Count == 1 && currencies[0].IsSpecified && closingCurrentReceivables > closingReceivables)
        {
            violations.Add($"closing current receivables ({closingCurrentReceivables}) exceed closing receivables ({closingReceivables}), of which they are a part");
        }

        if (months < 1)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the period has {months} months; it needs at least one"));
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("Cannot calculate CEI: " + string.Join("; ", violations) + ".");
        }

        var collectable = openingReceivables.Amount + (creditSales.Amount / months);
        var numerator = collectable - closingReceivables.Amount;
        var denominator = collectable - closingCurrentReceivables.Amount;
        var rate = new Rate(numerator, denominator > 0 ? denominator : 0);
        return new CollectionEffectivenessIndex(openingReceivables, creditSales, closingReceivables, closingCurrentReceivables, months, rate);
    }

    /// <summary>The index in percent with one decimal and N, or <c>n/a</c>, in the invariant culture.</summary>
    /// <returns>For example <c>87.5% (N = 1)</c> or <c>n/a (N = 3)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rate.ToPercentString(1, CultureInfo.InvariantCulture)} (N = {Months})");
}
