using System.Globalization;

namespace Collections.Core;

/// <summary>A ratio kept as its numerator and denominator, with an explicit "n/a" when the denominator is zero.</summary>
/// <remarks>
/// KPIs are rates (docs/kpi-definitions.md: "a KPI with a zero denominator is n/a, never 0%"). Rates pooled across agents,
/// segments or partitions are combined with <see cref="Pool"/>, which sums numerators and denominators;
/// averaging rates is wrong and is not offered.
/// </remarks>
public readonly record struct Rate
{
    /// <summary>Creates a rate.</summary>
    /// <param name="numerator">The count or amount that satisfied the condition.</param>
    /// <param name="denominator">The base; zero makes the rate undefined (n/a).</param>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is negative.</exception>
    public Rate(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator; zero means the rate is undefined.</summary>
    public decimal Denominator { get; }

    /// <summary>Whether the rate has a value (the denominator is not zero).</summary>
    public bool IsDefined => Denominator != 0;

    /// <summary>The ratio as a fraction (0.25 for 25%), or <see langword="null"/> when undefined.</summary>
    public decimal? Value => IsDefined ? Numerator / Denominator : null;

    /// <summary>The ratio in percent (25 for 25%), or <see langword="null"/> when undefined.</summary>
    public decimal? Percent => IsDefined ? Numerator * 100m / Denominator : null;

    /// <summary>Pools two rates over disjoint populations by summing numerators and denominators.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The pooled rate.</returns>
    public Rate Pool(Rate other) => new(Numerator + other.Numerator, Denominator + other.Denominator);

    /// <summary>Formats as a percentage with the given decimals, or <c>n/a</c>.</summary>
    /// <param name="decimals">Digits after the decimal point.</param>
    /// <param name="provider">The culture to format with.</param>
    /// <returns>For example <c>25.0%</c> or <c>n/a</c>.</returns>
    public string ToPercentString(int decimals, IFormatProvider provider)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        return Percent is { } percent
            ? Math.Round(percent, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), provider) + "%"
            : "n/a";
    }

    /// <summary>Formats as <c>numerator/denominator (percent)</c> in the invariant culture.</summary>
    /// <returns>For example <c>1/4 (25.00%)</c> or <c>0/0 (n/a)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} ({ToPercentString(2, CultureInfo.InvariantCulture)})");
}
