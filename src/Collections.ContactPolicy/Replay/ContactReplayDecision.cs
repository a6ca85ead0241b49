namespace Collections.ContactPolicy;

/// <summary>One replayed attempt: its place in time order, the attempt, and what the policy says of it.</summary>
/// <param name="Index">Its position in time order, from 0.</param>
/// <param name="Attempt">The attempt.</param>
/// <param name="Verdict">Allowed or not, the reason codes, when next allowed.</param>
public sealed record ContactReplayDecision(int Index, HistoricalAttempt Attempt, ContactVerdict Verdict);
