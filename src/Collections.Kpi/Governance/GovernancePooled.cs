using System.Collections.Immutable;

namespace Collections.Kpi.Governance;

/// <summary>The sections of a governance report pooled over all its periods: numerators and denominators summed, never
/// rates averaged.</summary>
/// <param name="RollRates">The roll-rate heat map, cells and rows summed over the periods.</param>
/// <param name="Channels">The channel comparison over the span, in channel order.</param>
/// <param name="PromiseKeptByAgent">Promise-kept per agent over the span, in code order.</param>
/// <param name="PromiseKeptByTemplate">Promise-kept per template over the span, in code order.</param>
/// <param name="PromiseKept">The overall promise-kept rate over the span (the pool agents and templates are compared with).</param>
/// <param name="PromiseKeptAmount">The overall promise-kept rate by amount over the span.</param>
/// <param name="Segments">Forward roll per segment over the span, in code order.</param>
/// <param name="ForwardRoll">The overall forward roll rate over the span.</param>
/// <param name="ForwardRollBalance">The overall forward roll rate by balance over the span.</param>
public sealed record GovernancePooled(
    RollRateHeatMap RollRates,
    ImmutableArray<GovernanceChannelLine> Channels,
    ImmutableArray<GovernancePromiseKeptLine> PromiseKeptByAgent,
    ImmutableArray<GovernancePromiseKeptLine> PromiseKeptByTemplate,
    KpiFigure PromiseKept,
    KpiFigure PromiseKeptAmount,
    ImmutableArray<GovernanceSegmentRoll> Segments,
    KpiFigure ForwardRoll,
    KpiFigure ForwardRollBalance);
