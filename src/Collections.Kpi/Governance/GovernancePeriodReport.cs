using System.Collections.Immutable;

namespace Collections.Kpi.Governance;

/// <summary>One period of a governance report: the KPIs against baseline and target, the aging at the period end, the
/// roll-rate heat map, the channel comparison, promise-kept by agent and by template, and forward roll by segment.</summary>
/// <param name="Period">The period.</param>
/// <param name="Kpis">Every KPI computed from facts, and the collection effectiveness index and DSO when the month was added with
/// its ledger figures, in catalog order.</param>
/// <param name="Aging">The aging at the period end, or <see langword="null"/> when the host gave none.</param>
/// <param name="RollRates">The roll-rate heat map of the period's account facts.</param>
/// <param name="Channels">One line per channel with attempts, in channel order.</param>
/// <param name="PromiseKeptByAgent">One line per agent code with data, in code order (empty when the scope did not break down by agent).</param>
/// <param name="PromiseKeptByTemplate">One line per template code with data, in code order (empty when the scope did not break down by template).</param>
/// <param name="Segments">Forward roll per segment code with data, in code order (empty when the scope did not break down by segment).</param>
public sealed record GovernancePeriodReport(
    GovernancePeriod Period,
    ImmutableArray<GovernanceKpiLine> Kpis,
    GovernanceAgingSnapshot? Aging,
    RollRateHeatMap RollRates,
    ImmutableArray<GovernanceChannelLine> Channels,
    ImmutableArray<GovernancePromiseKeptLine> PromiseKeptByAgent,
    ImmutableArray<GovernancePromiseKeptLine> PromiseKeptByTemplate,
    ImmutableArray<GovernanceSegmentRoll> Segments)
{
    /// <summary>The line of a KPI.</summary>
    /// <param name="id">The KPI.</param>
    /// <returns>The line, or <see langword="null"/> when the KPI is not in the report (roll-rate matrix; CEI and DSO without ledger figures).</returns>
    public GovernanceKpiLine? Kpi(KpiId id) => Kpis.FirstOrDefault(l => l.Id == id);
}
