using Collections.Core;

namespace Collections.Fees;

/// <summary>A projected stage fee: accounts × the share expected to reach the stage × the stage's fixed fee, rounded once.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="PercentOfAccounts">The share of the segment's accounts expected to reach it (stated).</param>
/// <param name="ExpectedAccounts">Accounts × that share (may be fractional: an expectation).</param>
/// <param name="FeeEach">The schedule's fixed fee for the stage.</param>
/// <param name="Fee">Expected accounts × fee each, rounded to the minor unit, half away from zero.</param>
public sealed record ProjectedStageFee(LegalStageCode Stage, decimal PercentOfAccounts, decimal ExpectedAccounts, Money FeeEach, Money Fee);
