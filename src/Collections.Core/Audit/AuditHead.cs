using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Collections.Core.Audit;

/// <summary>The head of an audit log: how many entries it has and the last entry's hash — what a creditor keeps to check the log later.</summary>
/// <remarks>
/// A head kept at one time commits to every entry up to it: later, <see cref="AuditVerifier"/> given that head reports a
/// log that has fewer entries (truncated) or a different hash at that entry (rewritten since). Its text form is
/// <c>count:hash</c>, for example <c>3:9f86d0…</c>. The empty log's head is (0, <see cref="AuditEntryHash.Genesis"/>).
/// </remarks>
public readonly record struct AuditHead
{
    // Null stands for the genesis hash, so that default(AuditHead) is the empty log's head and equal to Empty.
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private readonly string? _hash;

    /// <summary>Creates a head.</summary>
    /// <param name="count">The number of entries (the last entry's sequence number).</param>
    /// <param name="hash">The last entry's hash; <see cref="AuditEntryHash.Genesis"/> when the count is 0.</param>
    /// <exception cref="ArgumentException">The count is negative, the hash is not 64 lower-case hex digits, or only one of them says the log is empty; every violation listed.</exception>
    public AuditHead(long count, string hash)
    {
        var violations = Validate(count, hash);
        if (violations.Count > 0)
        {
            throw new ArgumentException("Not an audit head: " + string.Join("; ", violations) + ".", nameof(hash));
        }

        Count = count;
        _hash = count == 0 ? null : hash;
    }

    /// <summary>The head of the empty log: 0 entries, the genesis hash.</summary>
    public static AuditHead Empty => default;

    /// <summary>The number of entries, which is also the last entry's sequence number.</summary>
    public long Count { get; }

    /// <summary>The last entry's hash (<see cref="AuditEntryHash.Genesis"/> for the empty log).</summary>
    public string Hash => _hash ?? AuditEntryHash.Genesis;

    /// <summary>Reads a head from its text form <c>count:hash</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="head">The head when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid head.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AuditHead head)
    {
        head = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        var hash = text[(colon + 1)..];
        if (Validate(count, hash).Count > 0)
        {
            return false;
        }

        head = new AuditHead(count, hash);
        return true;
    }

    /// <summary>The text form <c>count:hash</c>, with the count in invariant digits.</summary>
    /// <returns>For example <c>3:9f86d08…</c>.</returns>
    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + ":" + Hash;

    /// <summary>Refuses an entry no head could follow: its hash must be a hash (stores call this before appending).</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException">The entry is null.</exception>
    /// <exception cref="ArgumentException">The entry's hash is not 64 lower-case hex digits.</exception>
    public static void ThrowIfNotAppendable(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!IsHash(entry.Hash))
        {
            throw new ArgumentException($"An audit entry's hash must be 64 lower-case hex digits (entry {entry.Sequence.ToString(CultureInfo.InvariantCulture)} has '{entry.Hash}').", nameof(entry));
        }
    }

    /// <summary>Whether a text is a SHA-256 hash in 64 lower-case hex digits.</summary>
    internal static bool IsHash(string? text) => text is { Length: 64 } && !text.AsSpan().ContainsAnyExcept(LowerHexDigits);

    private static List<string> Validate(long count, string? hash)
    {
        var violations = new List<string>();
        if (count < 0)
        {
            violations.Add($"the count must not be negative (got {count.ToString(CultureInfo.InvariantCulture)})");
        }

        if (!IsHash(hash))
        {
            violations.Add($"the hash must be 64 lower-case hex digits (got '{hash}')");
        }
        else if ((count == 0) != string.Equals(hash, AuditEntryHash.Genesis, StringComparison.Ordinal))
        {
            violations.Add("the genesis hash (64 zeros) goes with a count of 0 and only with it");
        }

        return violations;
    }
}
