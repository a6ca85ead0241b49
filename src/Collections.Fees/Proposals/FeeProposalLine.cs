using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Fees;

/// <summary>A segment's projection: collections from its balance and expected recovery, the tier and percentage fee, the stage fees, and its fees before VAT.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Title">Its title.</param>
/// <param name="Track">The track.</param>
/// <param name="Accounts">Accounts.</param>
/// <param name="Balance">Their balance.</param>
/// <param name="AgeAtPlacement">Days past due at placement (stated).</param>
/// <param name="AverageBalance">Balance per account, rounded half away from zero (with the age, decides the tier).</param>
/// <param name="ExpectedRecoveryPercent">Expected recovery in percent of the balance (stated).</param>
/// <param name="ProjectedCollections">Balance × expected recovery, rounded to the minor unit, half away from zero.</param>
/// <param name="Tier">The tier priced at.</param>
/// <param name="PercentageFee">Projected collections × the tier's percentage, rounded once.</param>
/// <param name="StageFees">Projected stage fees (legal track).</param>
/// <param name="Fees">The percentage fee plus the stage fees, before VAT.</param>
public sealed record FeeProposalLine(
    SegmentId Segment,
    BilingualText Title,
    CollectionTrack Track,
    int Accounts,
    Money Balance,
    DaysPastDue AgeAtPlacement,
    Money AverageBalance,
    decimal ExpectedRecoveryPercent,
    Money ProjectedCollections,
    FeeTier Tier,
    Money PercentageFee,
    ImmutableArray<ProjectedStageFee> StageFees,
    Money Fees);
