namespace Collections.ContactPolicy;

/// <summary>How often a reason code refuses under the current and under the proposed policy.</summary>
/// <param name="Code">The reason code.</param>
/// <param name="Current">Attempts it refuses under the current policy.</param>
/// <param name="Proposed">Attempts it refuses under the proposed policy.</param>
public sealed record ContactReplayCodeChange(ContactRuleCode Code, int Current, int Proposed);
