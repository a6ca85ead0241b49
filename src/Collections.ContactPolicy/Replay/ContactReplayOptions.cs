namespace Collections.ContactPolicy;

/// <summary>Settings of a replay: how many examples to keep per reason, and where to report progress.</summary>
public sealed record ContactReplayOptions
{
    /// <summary>Examples kept per reason code (0 to 100; default 3): the first ones in time.</summary>
    public int ExamplesPerCode
    {
        get;
        init => field = value is >= 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Examples per code must be 0 to 100.");
    } = 3;

    /// <summary>Receives progress about every 1 % of the attempts (from the replaying thread).</summary>
    public IProgress<ContactReplayProgress>? Progress { get; init; }
}
