namespace Collections.Escalation;

/// <summary>The promises to pay made in the qualification period, by how they turned out (BRIEF: kept, partially kept, broken; pending while not yet due).</summary>
/// <remarks>The host evaluates its promises (kept = payments between the promise and its due date plus grace days reach
/// the promised amount) and passes the counts; <see cref="Made"/> is their sum, so the counts cannot disagree.</remarks>
public sealed record PromiseSummary
{
    /// <summary>Creates the summary.</summary>
    /// <param name="kept">Promises kept in full.</param>
    /// <param name="partiallyKept">Promises kept in part.</param>
    /// <param name="broken">Promises broken.</param>
    /// <param name="pending">Promises not yet due (or within their grace days).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public PromiseSummary(int kept, int partiallyKept, int broken, int pending)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kept);
        ArgumentOutOfRangeException.ThrowIfNegative(partiallyKept);
        ArgumentOutOfRangeException.ThrowIfNegative(broken);
        ArgumentOutOfRangeException.ThrowIfNegative(pending);
        Kept = kept;
        PartiallyKept = partiallyKept;
        Broken = broken;
        Pending = pending;
    }

    /// <summary>No promises.</summary>
    public static PromiseSummary None { get; } = new(0, 0, 0, 0);

    /// <summary>Promises kept in full.</summary>
    public int Kept { get; }

    /// <summary>Promises kept in part.</summary>
    public int PartiallyKept { get; }

    /// <summary>Promises broken.</summary>
    public int Broken { get; }

    /// <summary>Promises not yet due.</summary>
    public int Pending { get; }

    /// <summary>Promises made: kept, partially kept, broken and pending together.</summary>
    public int Made => checked(Kept + PartiallyKept + Broken + Pending);
}
