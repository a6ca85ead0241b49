using System.Globalization;

namespace Collections.Kpi.Governance;

/// <summary>A host-supplied target for one KPI, in the KPI's unit (for example 35 for a 35% RPC rate).</summary>
/// <remarks>Whether a value meets it follows the catalog's <see cref="KpiDirection"/>: at or above the target when higher is
/// better, at or below it when lower is better. A KPI whose direction is neutral has no better way and takes no target
/// (<see cref="GovernanceReportBuilder"/> refuses one).</remarks>
/// <param name="Id">The KPI.</param>
/// <param name="Value">The target in the KPI's unit (<see cref="KpiDefinition.Unit"/>).</param>
public sealed record KpiTarget(KpiId Id, decimal Value)
{
    /// <summary>The target in the invariant culture.</summary>
    /// <returns>For example <c>rpc_rate target 35</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id?.Code} target {Value}");
}
