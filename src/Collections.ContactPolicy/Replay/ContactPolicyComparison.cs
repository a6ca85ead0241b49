using System.Collections.Immutable;

namespace Collections.ContactPolicy;

/// <summary>A current and a proposed policy replayed over the same history: what a compliance officer reads before approving the change.</summary>
/// <param name="Current">The current policy's replay.</param>
/// <param name="Proposed">The proposed policy's replay.</param>
/// <param name="NewlyRefused">Attempts the current policy allows and the proposed one refuses (with the proposed policy's reasons).</param>
/// <param name="NewlyAllowed">Attempts the current policy refuses and the proposed one allows (with the current policy's reasons).</param>
/// <param name="CodeChanges">Every reason code refusing under either policy, with both counts.</param>
public sealed record ContactPolicyComparison(
    ContactReplayReport Current,
    ContactReplayReport Proposed,
    ContactReplayDifference NewlyRefused,
    ContactReplayDifference NewlyAllowed,
    ImmutableArray<ContactReplayCodeChange> CodeChanges);
