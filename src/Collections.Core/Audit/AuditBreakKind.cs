using Ardalis.SmartEnum;

namespace Collections.Core.Audit;

/// <summary>How an audit log is broken; the code is persisted and never renumbered.</summary>
public sealed class AuditBreakKind : SmartEnum<AuditBreakKind>
{
    /// <summary>An entry's content was changed: its hash does not match its fields (code <c>edited</c>).</summary>
    public static readonly AuditBreakKind Edited = new("edited", 1);

    /// <summary>One or more entries are missing before this one: a gap in the sequence, or it was written after an entry no longer in the log (code <c>deleted</c>).</summary>
    public static readonly AuditBreakKind Deleted = new("deleted", 2);

    /// <summary>An entry was inserted or forged: it does not follow its predecessor, but the chain continues after it (code <c>inserted</c>).</summary>
    public static readonly AuditBreakKind Inserted = new("inserted", 3);

    /// <summary>Entries are out of order, for example two swapped (code <c>reordered</c>).</summary>
    public static readonly AuditBreakKind Reordered = new("reordered", 4);

    /// <summary>The log has fewer entries than a head kept earlier (code <c>truncated</c>).</summary>
    public static readonly AuditBreakKind Truncated = new("truncated", 5);

    /// <summary>The chain is whole, but its entry at a kept head's count has another hash: the log was rewritten since, hashes recomputed (code <c>rewritten</c>).</summary>
    public static readonly AuditBreakKind Rewritten = new("rewritten", 6);

    private AuditBreakKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>edited</c>.</summary>
    public string Code => Name;

    /// <summary>The kind's title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("audit.break." + Code + ".title");

    /// <summary>Every kind, ordered by value.</summary>
    public static IReadOnlyList<AuditBreakKind> All { get; } = [Edited, Deleted, Inserted, Reordered, Truncated, Rewritten];
}
