using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>A host-supplied unit cost of one attempt on a channel (for example 1.20 SAR per call attempt, 0.08 SAR per SMS).</summary>
/// <param name="Channel">The channel.</param>
/// <param name="CostPerAttempt">The cost of one attempt, in the report's currency (zero or more).</param>
public sealed record GovernanceChannelCost(Channel Channel, Money CostPerAttempt);
