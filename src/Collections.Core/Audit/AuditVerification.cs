namespace Collections.Core.Audit;

/// <summary>The result of verifying an audit log: intact, or where it is first broken and how.</summary>
public sealed record AuditVerification
{
    internal AuditVerification(long entriesRead, AuditHead verifiedHead, AuditBreak? firstBreak, AuditHead? keptHead)
    {
        EntriesRead = entriesRead;
        VerifiedHead = verifiedHead;
        FirstBreak = firstBreak;
        KeptHead = keptHead;
    }

    /// <summary>Whether the log is an unbroken chain (and, when a head was kept, still holds that head).</summary>
    public bool IsIntact => FirstBreak is null;

    /// <summary>How many entries were read (reading stops once the break is located).</summary>
    public long EntriesRead { get; }

    /// <summary>The head of the longest part that verified, from the first entry up to the entry before the break: for an intact log, its head — the one a creditor keeps.</summary>
    public AuditHead VerifiedHead { get; }

    /// <summary>The first break found; null when intact.</summary>
    public AuditBreak? FirstBreak { get; }

    /// <summary>The head the log was checked against, if one was given.</summary>
    public AuditHead? KeptHead { get; }
}
