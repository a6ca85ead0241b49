namespace Collections.Core.Audit;

/// <summary>Where an audit log is first broken, how, and the evidence: a value to report, not an exception.</summary>
public sealed record AuditBreak
{
    internal AuditBreak(AuditBreakKind kind, long position, AuditEntry? entry, string expectedPreviousHash, BilingualText reason)
    {
        Kind = kind;
        Position = position;
        Entry = entry;
        ExpectedPreviousHash = expectedPreviousHash;
        ComputedHash = entry is null ? null : AuditEntryHash.TryCompute(entry);
        Reason = reason;
    }

    /// <summary>How the log is broken.</summary>
    public AuditBreakKind Kind { get; }

    /// <summary>The position (from 1) in the log as read of the entry reported; for <see cref="AuditBreakKind.Truncated"/>, the first missing position.</summary>
    public long Position { get; }

    /// <summary>The sequence number an unbroken log has at <see cref="Position"/> (the same number).</summary>
    public long ExpectedSequence => Position;

    /// <summary>The entry found at <see cref="Position"/>; null when the log ends before it (truncated).</summary>
    public AuditEntry? Entry { get; }

    /// <summary>The hash of the entry before <see cref="Position"/> in the log as read (the genesis hash at position 1): what the entry there should name as its previous hash.</summary>
    public string ExpectedPreviousHash { get; }

    /// <summary>The hash recomputed from <see cref="Entry"/>'s fields, to compare with its stored hash; null without an entry or when its text cannot be encoded.</summary>
    public string? ComputedHash { get; }

    /// <summary>What was found, in English and Arabic, with positions and sequence numbers.</summary>
    public BilingualText Reason { get; }
}
