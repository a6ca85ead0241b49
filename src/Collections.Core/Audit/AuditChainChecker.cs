using System.Globalization;

namespace Collections.Core.Audit;

/// <summary>
/// Reads an audit log one entry at a time, finds the first position where it stops being an unbroken chain, and tells
/// how it was broken from what surrounds that position. Memory stays constant whatever the log's length.
/// </summary>
/// <remarks>
/// <para>An entry at position k is in place when its hash matches its fields, its sequence number is k, and its previous
/// hash is the stored hash of the entry at k − 1 (the genesis hash at 1). The first entry that is not, the suspect, is
/// judged with the entries around it; the rules, in the order applied, are tabled in docs/decisions/0004-audit-hash-chain.md:</para>
/// <list type="number">
/// <item>It names its predecessor correctly: its content or number changed → edited (unless the next entry also names that
/// predecessor: then the suspect was inserted).</item>
/// <item>The next entry names the suspect's expected predecessor: the two are swapped (the suspect names the next one as its
/// predecessor, and the entry after them names the suspect) → reordered; otherwise the suspect was inserted.</item>
/// <item>It names the entry two back: the entry before it was inserted (also when the suspect's hash fits the sequence number
/// one lower, i.e. it was renumbered to make room).</item>
/// <item>Its hash fits the sequence number one higher: an entry before it was deleted and the rest renumbered → deleted.</item>
/// <item>Its hash does not match its fields, and the next entry still names it (or it is last) → edited.</item>
/// <item>An entry further on names the expected predecessor: the suspect is out of place → reordered when the suspect's own
/// predecessor also appears later, else several entries were inserted.</item>
/// <item>Otherwise: hash mismatch → edited; a sequence number lower than due → inserted (a repeated entry); else → deleted
/// (a gap in the sequence, or it was written after an entry that is no longer in the log).</item>
/// </list>
/// <para>Against a kept head (count c, hash h): an unbroken chain whose entry c has another hash was rewritten since; a chain
/// shorter than c was truncated.</para>
/// </remarks>
internal sealed class AuditChainChecker
{
    private readonly AuditHead? _kept;

    private long _read;
    private long _position;
    private string _previousHash = AuditEntryHash.Genesis;
    private string? _previousPreviousHash;
    private AuditEntry? _previous;

    private Suspect? _suspect;
    private AuditBreak? _break;
    private AuditHead _verifiedHead;

    public AuditChainChecker(AuditHead? kept) => _kept = kept;

    /// <summary>Whether the break is located and reading can stop.</summary>
    public bool IsDecided => _break is not null;

    public void Observe(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_break is not null)
        {
            return;
        }

        _read++;
        if (_suspect is not null)
        {
            _suspect.See(entry, _read);
            Decide(final: false);
            return;
        }

        var position = _position + 1;
        var valid = AuditEntryHash.Matches(entry);
        if (valid && entry.Sequence == position && Same(entry.PreviousHash, _previousHash))
        {
            if (_kept is { } kept && kept.Count == position && !Same(entry.Hash, kept.Hash))
            {
                Report(AuditBreakKind.Rewritten, position, entry, _previousHash, "audit.reason.rewritten", ("kept", kept.ToString()));
                return;
            }

            _previousPreviousHash = _previousHash;
            _previousHash = entry.Hash;
            _previous = entry;
            _position = position;
            return;
        }

        _suspect = new Suspect(entry, position, valid, _previousHash, _previousPreviousHash, _previous, _read);
    }

    public AuditVerification Finish()
    {
        if (_break is null && _suspect is not null)
        {
            Decide(final: true);
        }

        if (_break is null)
        {
            _verifiedHead = Head(_position, _previousHash);
            if (_kept is { } kept && kept.Count > _position)
            {
                _break = new AuditBreak(
                    AuditBreakKind.Truncated,
                    _position + 1,
                    null,
                    _previousHash,
                    Text("audit.reason.truncated", ("count", Number(_position)), ("kept", Number(kept.Count))));
            }
        }

        return new AuditVerification(_read, _verifiedHead, _break, _kept);
    }

    private void Decide(bool final)
    {
        var s = _suspect!;
        if (!final && s.NextNext is null)
        {
            return; // The first rules look at the two entries after the suspect.
        }

        var r = s.Entry;
        var k = s.Position;
        if (Same(r.PreviousHash, s.ExpectedPrevious))
        {
            if (s.Next is { } following && Same(following.PreviousHash, s.ExpectedPrevious))
            {
                ReportSuspect(AuditBreakKind.Inserted, "audit.reason.inserted");
            }
            else
            {
                ReportSuspect(AuditBreakKind.Edited, r.Sequence == k ? "audit.reason.edited" : "audit.reason.edited_sequence");
            }

            return;
        }

        if (s.Next is { } next && Same(next.PreviousHash, s.ExpectedPrevious))
        {
            var swapped = Same(r.PreviousHash, next.Hash) && (s.NextNext is null || Same(s.NextNext.PreviousHash, r.Hash));
            if (swapped)
            {
                ReportSuspect(AuditBreakKind.Reordered, "audit.reason.swapped", ("next", Number(k + 1)));
            }
            else
            {
                ReportSuspect(AuditBreakKind.Inserted, "audit.reason.inserted");
            }

            return;
        }

        if (s.ExpectedPreviousPrevious is { } twoBack && s.Before is { } before && Same(r.PreviousHash, twoBack)
            && (s.Valid || AuditEntryHash.Matches(r, r.Sequence - 1)))
        {
            Report(AuditBreakKind.Inserted, k - 1, before, twoBack, "audit.reason.inserted_before", ("next", Number(k)));
            return;
        }

        if (!s.Valid && r.Sequence < long.MaxValue && AuditEntryHash.Matches(r, r.Sequence + 1))
        {
            ReportSuspect(AuditBreakKind.Deleted, "audit.reason.deleted_renumbered", ("original", Number(r.Sequence + 1)));
            return;
        }

        if (!s.Valid && (s.Next is null || Same(s.Next.PreviousHash, r.Hash)))
        {
            ReportSuspect(AuditBreakKind.Edited, "audit.reason.edited_link");
            return;
        }

        if (s.ContinuationPosition > 0 && s.PredecessorLater)
        {
            ReportSuspect(AuditBreakKind.Reordered, "audit.reason.out_of_place", ("continuation", Number(s.ContinuationPosition)), ("previous", Number(k - 1)));
            return;
        }

        if (!final)
        {
            return; // The remaining rules need to know what the rest of the log holds.
        }

        if (s.ContinuationPosition > 0)
        {
            ReportSuspect(AuditBreakKind.Inserted, "audit.reason.inserted_several", ("continuation", Number(s.ContinuationPosition)));
        }
        else if (!s.Valid)
        {
            ReportSuspect(AuditBreakKind.Edited, "audit.reason.edited_link");
        }
        else if (r.Sequence < k)
        {
            ReportSuspect(AuditBreakKind.Inserted, "audit.reason.inserted_repeated");
        }
        else if (r.Sequence > k)
        {
            ReportSuspect(AuditBreakKind.Deleted, r.Sequence == k + 1 ? "audit.reason.deleted_one" : "audit.reason.deleted_gap", ("last_missing", Number(r.Sequence - 1)));
        }
        else
        {
            ReportSuspect(AuditBreakKind.Deleted, "audit.reason.deleted_predecessor");
        }
    }

    private void ReportSuspect(AuditBreakKind kind, string reasonKey, params (string Name, string Value)[] values)
    {
        var s = _suspect!;
        Report(kind, s.Position, s.Entry, s.ExpectedPrevious, reasonKey, values);
    }

    private void Report(AuditBreakKind kind, long position, AuditEntry entry, string expectedPrevious, string reasonKey, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["position"] = Number(position),
            ["sequence"] = Number(entry.Sequence),
        };
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        _break = new AuditBreak(kind, position, entry, expectedPrevious, CoreTexts.Get(reasonKey).Format(all));
        _verifiedHead = Head(position - 1, expectedPrevious);
    }

    private static BilingualText Text(string key, params (string Name, string Value)[] values) =>
        CoreTexts.Get(key).Format(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    private static AuditHead Head(long count, string hash) => count == 0 ? AuditHead.Empty : new AuditHead(count, hash);

    private static bool Same(string left, string right) => string.Equals(left, right, StringComparison.Ordinal);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first entry out of place, and what the rest of the log shows about it.</summary>
    private sealed class Suspect(AuditEntry entry, long position, bool valid, string expectedPrevious, string? expectedPreviousPrevious, AuditEntry? before, long readIndex)
    {
        public AuditEntry Entry { get; } = entry;

        public long Position { get; } = position;

        public bool Valid { get; } = valid;

        /// <summary>The stored hash of the entry before it (P).</summary>
        public string ExpectedPrevious { get; } = expectedPrevious;

        /// <summary>The stored hash of the entry two before it (the genesis hash at position 2; null at position 1).</summary>
        public string? ExpectedPreviousPrevious { get; } = expectedPreviousPrevious;

        public AuditEntry? Before { get; } = before;

        public AuditEntry? Next { get; private set; }

        public AuditEntry? NextNext { get; private set; }

        /// <summary>The position of the first entry from two after the suspect that names P as its predecessor; 0 if none.</summary>
        public long ContinuationPosition { get; private set; }

        /// <summary>Whether an entry after the suspect has the hash the suspect names as its predecessor.</summary>
        public bool PredecessorLater { get; private set; }

        public void See(AuditEntry later, long read)
        {
            var offset = read - readIndex;
            if (offset == 1)
            {
                Next = later;
            }
            else if (offset == 2)
            {
                NextNext = later;
            }

            if (offset >= 2 && ContinuationPosition == 0 && Same(later.PreviousHash, ExpectedPrevious))
            {
                ContinuationPosition = Position + offset;
            }

            PredecessorLater |= Same(later.Hash, Entry.PreviousHash);
        }
    }
}
