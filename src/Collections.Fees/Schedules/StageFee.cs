using Collections.Core;

namespace Collections.Fees;

/// <summary>A fixed fee the legal track charges once per placed account when it reaches a stage (filing, judgment, enforcement…).</summary>
/// <param name="Stage">The stage, as the host's escalation workflow names it.</param>
/// <param name="Fee">The fixed fee (before VAT), zero or more, in the schedule's currency.</param>
public sealed record StageFee(LegalStageCode Stage, Money Fee);
