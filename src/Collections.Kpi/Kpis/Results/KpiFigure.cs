using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>One KPI's figure for one slice: the rate as counted (numerator and denominator) and its value in the KPI's unit.</summary>
/// <remarks>A zero denominator gives no value (<see cref="Value"/> is <see langword="null"/>, "n/a"), never 0
/// (docs/kpi-definitions.md). Figures pooled over slices sum numerators and denominators (<see cref="Rate.Pool"/>).</remarks>
/// <param name="Id">The KPI.</param>
/// <param name="Key">The slice: overall, or one code of a dimension.</param>
/// <param name="Rate">The numerator and denominator as counted (money in major units of the scope's currency).</param>
/// <param name="Unit">The KPI's unit.</param>
public readonly record struct KpiFigure(KpiId Id, KpiBreakdownKey Key, Rate Rate, KpiUnit Unit)
{
    /// <summary>Whether the figure has a value (its denominator is not zero).</summary>
    public bool IsDefined => Rate.IsDefined;

    /// <summary>The value in <see cref="Unit"/> (for example 25 for 25%, 3.5 for 3.5 attempts per RPC), or <see langword="null"/> for n/a.</summary>
    public decimal? Value => Rate.IsDefined ? Rate.Numerator * Unit.Scale / Rate.Denominator : null;

    /// <summary>The KPI's definition in <see cref="KpiCatalog.Default"/>.</summary>
    public KpiDefinition Definition => KpiCatalog.Default[Id];

    /// <summary>Formats the value with its unit, or <c>n/a</c>.</summary>
    /// <param name="decimals">Digits after the decimal point.</param>
    /// <param name="provider">The culture to format with (pass one explicitly).</param>
    /// <returns>For example <c>25.0%</c>, <c>3.50</c>, <c>182.4 s</c>, <c>2.1 ‰</c> or <c>n/a</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative.</exception>
    public string Format(int decimals, IFormatProvider provider)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (Value is not { } value)
        {
            return "n/a";
        }

        var number = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), provider);
        return Unit.Code switch
        {
            "percent" => number + "%",
            "per_thousand" => number + " ‰",
            "seconds" => number + " s",
            "per_hour" => number + " /h",
            "days" => number + " d",
            _ => number,
        };
    }

    /// <summary>The figure in the invariant culture.</summary>
    /// <returns>For example <c>rpc_rate overall: 12.50% (125/1000)</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id.Code} {Key}: {Format(2, CultureInfo.InvariantCulture)} ({Rate.Numerator}/{Rate.Denominator})");
}
