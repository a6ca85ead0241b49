using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One KPI in one period of a governance report: the value as counted, the baseline, the target, the change
/// against the baseline and the status against the target.</summary>
/// <remarks>The title, unit and direction are the catalog's (<see cref="KpiCatalog.Default"/>); the figure is the
/// accumulator's overall figure for the period (<see cref="KpiReport.Figure(KpiId)"/>), with its numerator and
/// denominator. A zero denominator is n/a (<see cref="Value"/> <see langword="null"/>), never 0%.</remarks>
/// <param name="Figure">The figure for the period (numerator, denominator and value in the unit).</param>
/// <param name="Baseline">The baseline value in the KPI's unit, or <see langword="null"/> when the baseline has none or it is n/a.</param>
/// <param name="Delta">The value against the baseline, or <see langword="null"/> when the baseline has no entry for the KPI.</param>
/// <param name="Target">The target in the KPI's unit, or <see langword="null"/> when none was set.</param>
/// <param name="Status">Met, missed, no value or no target.</param>
public sealed record GovernanceKpiLine(KpiFigure Figure, decimal? Baseline, KpiDelta? Delta, decimal? Target, KpiTargetStatus Status)
{
    /// <summary>The KPI.</summary>
    public KpiId Id => Figure.Id;

    /// <summary>The KPI's definition in the catalog.</summary>
    public KpiDefinition Definition => KpiCatalog.Default[Figure.Id];

    /// <summary>The catalog's title, in English and Arabic.</summary>
    public BilingualText Title => Definition.Title;

    /// <summary>The KPI's unit.</summary>
    public KpiUnit Unit => Figure.Unit;

    /// <summary>Which way the KPI improves.</summary>
    public KpiDirection Direction => Definition.Direction;

    /// <summary>The value in the KPI's unit, or <see langword="null"/> for n/a.</summary>
    public decimal? Value => Figure.Value;

    /// <summary>Value − target in the KPI's unit, or <see langword="null"/> when either is missing.</summary>
    public decimal? TargetGap => Value is { } v && Target is { } t ? v - t : null;
}
