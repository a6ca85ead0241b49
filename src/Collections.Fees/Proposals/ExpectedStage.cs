namespace Collections.Fees;

/// <summary>A stated assumption for a legal-track segment: the share of its accounts expected to reach a stage (and so to be charged its fixed fee).</summary>
/// <param name="Stage">The stage, one the legal schedule has a fee for.</param>
/// <param name="PercentOfAccounts">The share of the segment's accounts, from 0 to 100.</param>
public sealed record ExpectedStage(LegalStageCode Stage, decimal PercentOfAccounts);
