namespace Collections.ContactPolicy;

/// <summary>How far a replay has got.</summary>
/// <param name="Done">Attempts decided.</param>
/// <param name="Total">Attempts to decide.</param>
public readonly record struct ContactReplayProgress(int Done, int Total);
