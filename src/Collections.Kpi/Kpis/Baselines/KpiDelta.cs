using System.Globalization;

namespace Collections.Kpi;

/// <summary>A KPI's current value against its baseline: the change in the KPI's unit and whether that is better or worse.</summary>
/// <param name="Id">The KPI.</param>
/// <param name="Baseline">The baseline value, or <see langword="null"/> for n/a.</param>
/// <param name="Current">The current value, or <see langword="null"/> for n/a.</param>
public sealed record KpiDelta(KpiId Id, decimal? Baseline, decimal? Current)
{
    /// <summary>Current − baseline in the KPI's unit (percentage points for a percent), or <see langword="null"/> when either is n/a.</summary>
    public decimal? Change => Baseline is { } b && Current is { } c ? c - b : null;

    /// <summary>The change relative to the baseline (0.1 for +10%), or <see langword="null"/> when either is n/a or the baseline is zero.</summary>
    public decimal? RelativeChange => Baseline is { } b && Current is { } c && b != 0 ? (c - b) / Math.Abs(b) : null;

    /// <summary>Whether the change is better or worse, by the KPI's direction in <see cref="KpiCatalog.Default"/>.</summary>
    public KpiTrend Trend => Change switch
    {
        null => KpiTrend.NotComparable,
        0m => KpiTrend.Unchanged,
        var change => KpiCatalog.Default[Id].Direction switch
        {
            KpiDirection.HigherIsBetter => change > 0 ? KpiTrend.Better : KpiTrend.Worse,
            KpiDirection.LowerIsBetter => change < 0 ? KpiTrend.Better : KpiTrend.Worse,
            _ => KpiTrend.Changed,
        },
    };

    /// <summary>The delta in the invariant culture.</summary>
    /// <returns>For example <c>cure_rate: 31.6 → 35.2 (+3.6, Better)</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Id.Code}: {Text(Baseline)} → {Text(Current)} ({(Change is { } c ? c.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture) : "n/a")}, {Trend})");

    private static string Text(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "n/a";
}
