using System.Globalization;

namespace Collections.Kpi;

/// <summary>One KPI's baseline figure: its value in the KPI's unit (for example 31.6 for a 31.6% cure rate), or n/a.</summary>
/// <param name="Id">The KPI.</param>
/// <param name="Value">The value in the unit of the KPI's definition, or <see langword="null"/> when the baseline had no value (n/a).</param>
public sealed record KpiBaselineValue(KpiId Id, decimal? Value)
{
    /// <summary>The baseline value of a figure.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The value.</returns>
    public static KpiBaselineValue From(KpiFigure figure) => new(figure.Id, figure.Value);

    /// <summary>The value in the invariant culture.</summary>
    /// <returns>For example <c>cure_rate = 31.6</c> or <c>cure_rate = n/a</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id.Code} = {(Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "n/a")}");
}
