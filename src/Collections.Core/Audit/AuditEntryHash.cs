using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Collections.Core.Audit;

/// <summary>The hash of an audit entry: SHA-256 over a documented byte encoding of its fields, in lower-case hex.</summary>
/// <remarks>
/// <para>The encoding (docs/decisions/0004-audit-hash-chain.md, with a worked example) is eight fields in this order, each
/// written as its length in bytes (unsigned 32-bit, big-endian) followed by its UTF-8 bytes: the format tag
/// <see cref="FormatTag"/>; the sequence number in decimal ASCII digits; the instant in ISO 8601 UTC
/// (<see cref="FormatInstant"/>); the actor; the action code; the subject; the payload (canonical JSON, RFC 8785); the
/// previous entry's hash (64 lower-case hex digits, <see cref="Genesis"/> for the first entry).</para>
/// <para>Length prefixes make the encoding unambiguous (no field's text can imitate a separator), and nothing in it
/// depends on a culture, a platform or a JSON library, so a creditor can recompute every hash in any language.</para>
/// </remarks>
public static class AuditEntryHash
{
    /// <summary>The first field of every encoded entry; a new encoding would get a new tag.</summary>
    public const string FormatTag = "collections.audit.v1";

    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const int FieldCount = 8;
    private const int StackLimit = 1024;

    private static readonly byte[] FormatTagBytes = Encoding.UTF8.GetBytes(FormatTag);

    /// <summary>Computes an entry's hash.</summary>
    /// <param name="sequence">The sequence number (1 for the first entry).</param>
    /// <param name="recordedAt">When the entry was recorded.</param>
    /// <param name="actor">Who acted.</param>
    /// <param name="action">The action code.</param>
    /// <param name="subject">What the action was about.</param>
    /// <param name="payload">The payload as canonical JSON text.</param>
    /// <param name="previousHash">The previous entry's hash (<see cref="Genesis"/> for the first).</param>
    /// <returns>64 lower-case hex digits.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text contains an unpaired surrogate, which UTF-8 cannot encode.</exception>
    public static string Compute(long sequence, Instant recordedAt, string actor, string action, string subject, string payload, string previousHash)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (!TryHash(sequence, recordedAt, actor, action, subject, payload, previousHash, hash))
        {
            throw new ArgumentException("An audit entry's text contains an unpaired surrogate, which UTF-8 cannot encode.");
        }

        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The exact bytes that are hashed, for a creditor checking an implementation of their own.</summary>
    /// <param name="sequence">The sequence number.</param>
    /// <param name="recordedAt">When the entry was recorded.</param>
    /// <param name="actor">Who acted.</param>
    /// <param name="action">The action code.</param>
    /// <param name="subject">What the action was about.</param>
    /// <param name="payload">The payload as canonical JSON text.</param>
    /// <param name="previousHash">The previous entry's hash.</param>
    /// <returns>The encoded bytes.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text contains an unpaired surrogate.</exception>
    public static byte[] CanonicalBytes(long sequence, Instant recordedAt, string actor, string action, string subject, string payload, string previousHash)
    {
        Span<char> instant = stackalloc char[InstantText.MaximumLength];
        instant = instant[..InstantText.Format(recordedAt, instant)];
        var bytes = new byte[EncodedLength(sequence, instant.Length, actor, action, subject, payload, previousHash)];
        if (!TryEncode(sequence, instant, actor, action, subject, payload, previousHash, bytes, out _))
        {
            throw new ArgumentException("An audit entry's text contains an unpaired surrogate, which UTF-8 cannot encode.");
        }

        return bytes;
    }

    /// <summary>An instant as the hash encodes it: ISO 8601 in UTC, <c>uuuu-MM-ddTHH:mm:ss</c>, then a point and 1–9 fraction digits without trailing zeros when the instant is not a whole second, then <c>Z</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>For example <c>2026-03-01T06:30:00.25Z</c>.</returns>
    /// <remarks>NodaTime's <see cref="InstantPattern.ExtendedIso"/>, which is culture-invariant.</remarks>
    public static string FormatInstant(Instant instant)
    {
        Span<char> text = stackalloc char[InstantText.MaximumLength];
        return new string(text[..InstantText.Format(instant, text)]);
    }

    /// <summary>Whether the entry's stored hash is the hash of its fields.</summary>
    internal static bool Matches(AuditEntry entry) => Matches(entry, entry.Sequence);

    /// <summary>Whether the entry's stored hash is the hash its fields would have under another sequence number (a renumbered entry).</summary>
    internal static bool Matches(AuditEntry entry, long sequence)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        if (entry.Hash.Length != 2 * SHA256.HashSizeInBytes
            || !TryHash(sequence, entry.RecordedAt, entry.Actor, entry.Action, entry.Subject, entry.Payload, entry.PreviousHash, hash))
        {
            return false;
        }

        Span<char> hex = stackalloc char[2 * SHA256.HashSizeInBytes];
        return Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(entry.Hash);
    }

    /// <summary>The hash of the entry's fields, or null when its text cannot be encoded.</summary>
    internal static string? TryCompute(AuditEntry entry)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        return TryHash(entry.Sequence, entry.RecordedAt, entry.Actor, entry.Action, entry.Subject, entry.Payload, entry.PreviousHash, hash)
            ? Convert.ToHexStringLower(hash)
            : null;
    }

    private static bool TryHash(long sequence, Instant recordedAt, string actor, string action, string subject, string payload, string previousHash, Span<byte> hash)
    {
        Span<char> instant = stackalloc char[InstantText.MaximumLength];
        instant = instant[..InstantText.Format(recordedAt, instant)];
        var length = EncodedLength(sequence, instant.Length, actor, action, subject, payload, previousHash);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            if (!TryEncode(sequence, instant, actor, action, subject, payload, previousHash, buffer, out var written))
            {
                return false;
            }

            SHA256.HashData(buffer[..written], hash);
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>An upper bound of the encoded length (exact for well-formed text).</summary>
    private static int EncodedLength(long sequence, int instantLength, string actor, string action, string subject, string payload, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(previousHash);
        Span<char> digits = stackalloc char[20];
        sequence.TryFormat(digits, out var sequenceLength, default, CultureInfo.InvariantCulture);
        return (FieldCount * sizeof(uint)) + FormatTagBytes.Length + sequenceLength + instantLength
            + Encoding.UTF8.GetByteCount(actor) + Encoding.UTF8.GetByteCount(action) + Encoding.UTF8.GetByteCount(subject)
            + Encoding.UTF8.GetByteCount(payload) + Encoding.UTF8.GetByteCount(previousHash);
    }

    private static bool TryEncode(long sequence, ReadOnlySpan<char> instant, string actor, string action, string subject, string payload, string previousHash, Span<byte> buffer, out int written)
    {
        written = 0;
        FormatTagBytes.CopyTo(buffer[sizeof(uint)..]);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)FormatTagBytes.Length);
        written = sizeof(uint) + FormatTagBytes.Length;

        Span<char> digits = stackalloc char[20];
        sequence.TryFormat(digits, out var sequenceLength, default, CultureInfo.InvariantCulture);
        return TryWriteField(digits[..sequenceLength], buffer, ref written)
            && TryWriteField(instant, buffer, ref written)
            && TryWriteField(actor, buffer, ref written)
            && TryWriteField(action, buffer, ref written)
            && TryWriteField(subject, buffer, ref written)
            && TryWriteField(payload, buffer, ref written)
            && TryWriteField(previousHash, buffer, ref written);
    }

    private static bool TryWriteField(ReadOnlySpan<char> text, Span<byte> buffer, ref int written)
    {
        if (!Utf16Text.TryEncode(text, buffer[(written + sizeof(uint))..], out var count))
        {
            return false;
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer[written..], (uint)count);
        written += sizeof(uint) + count;
        return true;
    }
}
