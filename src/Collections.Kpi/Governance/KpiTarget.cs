using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Collections.Kpi.Governance;

/// <summary>A host-supplied target for one KPI, in the KPI's unit (for example 35 for a 35% RPC rate).</summary>
/// <remarks>
/// <para>Whether a value meets it follows the catalog's <see cref="KpiDirection"/>: at or above the target when higher is
/// better, at or below it when lower is better. A KPI whose direction is neutral has no better way and takes no target
/// (<see cref="GovernanceReportBuilder"/> refuses one).</para>
/// <para>The value must be one the KPI can take in its catalog unit (<see cref="KpiDefinition.Unit"/>): a percent from 0 to
/// 100 (every percent KPI in the catalog is a share of its denominator), any other unit (per 1,000, ratio, per hour,
/// seconds, days) zero or more. A target outside that range could never be met, or always would be, so it is refused when
/// the target is created. The properties have no setters, so <c>with</c> cannot make an unchecked copy.</para>
/// </remarks>
public sealed record KpiTarget
{
    /// <summary>Creates a target, checking it against the range of the KPI's unit.</summary>
    /// <param name="id">The KPI.</param>
    /// <param name="value">The target in the KPI's unit (<see cref="KpiDefinition.Unit"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its unit's range (percent: 0 to 100; other units:
    /// not negative); the message names the KPI, the unit and its range.</exception>
    public KpiTarget(KpiId id, decimal value)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (RangeProblem(id, value) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, problem);
        }

        Id = id;
        Value = value;
    }

    /// <summary>Creates a target when the value is in its unit's range, for readers that list every problem of a file
    /// instead of stopping at the first exception.</summary>
    /// <param name="id">The KPI.</param>
    /// <param name="value">The target in the KPI's unit (<see cref="KpiDefinition.Unit"/>).</param>
    /// <param name="target">The target when the value is in range.</param>
    /// <param name="problem">Otherwise what is wrong, naming the KPI, the unit and its range (the constructor's message).</param>
    /// <returns><see langword="true"/> when the target was created.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool TryCreate(KpiId id, decimal value, [NotNullWhen(true)] out KpiTarget? target, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(id);
        problem = RangeProblem(id, value);
        target = problem is null ? new KpiTarget(id, value) : null;
        return target is not null;
    }

    private static string? RangeProblem(KpiId id, decimal value)
    {
        var unit = KpiCatalog.Default[id].Unit;
        var (maximum, range) = unit == KpiUnit.Percent ? ((decimal?)100m, "from 0 to 100") : (null, "zero or more, not negative");
        return value < 0m || value > maximum
            ? string.Create(CultureInfo.InvariantCulture, $"The target for '{id.Code}' must be {range} (unit {unit.Code}); got {value}.")
            : null;
    }

    /// <summary>The KPI.</summary>
    public KpiId Id { get; }

    /// <summary>The target in the KPI's unit (<see cref="KpiDefinition.Unit"/>).</summary>
    public decimal Value { get; }

    /// <summary>The target in the invariant culture.</summary>
    /// <returns>For example <c>rpc_rate target 35</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id.Code} target {Value}");
}
