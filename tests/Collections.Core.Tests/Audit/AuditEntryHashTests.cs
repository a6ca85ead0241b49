using System.Security.Cryptography;
using System.Text;
using Collections.Core.Audit;

namespace Collections.Core.Tests.Audit;

public sealed class AuditEntryHashTests
{
    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Compute_WorkedExampleFirstEntry_MatchesTheHashComputedInPython()
    {
        var hash = AuditEntryHash.Compute(1, WorkedExample.FirstAt, WorkedExample.FirstActor, WorkedExample.FirstAction, WorkedExample.FirstSubject, WorkedExample.FirstPayload, AuditEntryHash.Genesis);

        Assert.Equal(WorkedExample.FirstHash, hash);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Compute_WorkedExampleSecondEntryWithArabicAndMilliseconds_MatchesTheHashComputedInPython()
    {
        var hash = AuditEntryHash.Compute(2, WorkedExample.SecondAt, WorkedExample.SecondActor, WorkedExample.SecondAction, WorkedExample.SecondSubject, WorkedExample.SecondPayload, WorkedExample.FirstHash);

        Assert.Equal(WorkedExample.SecondHash, hash);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void CanonicalBytes_WorkedExampleFirstEntry_AreTheDocumentedBytes()
    {
        var bytes = AuditEntryHash.CanonicalBytes(1, WorkedExample.FirstAt, WorkedExample.FirstActor, WorkedExample.FirstAction, WorkedExample.FirstSubject, WorkedExample.FirstPayload, AuditEntryHash.Genesis);

        // The documented dump, written out field by field: 4-byte big-endian length, then the UTF-8 text.
        byte[] expected =
        [
            .. Field("collections.audit.v1"), .. Field("1"), .. Field("2026-03-01T06:30:00Z"), .. Field("system:contact-gate"),
            .. Field("contact_policy.refused"), .. Field("account:0000611365"), .. Field(WorkedExample.FirstPayload), .. Field(new string('0', 64)),
        ];
        Assert.Equal(284, bytes.Length); // 8 × 4 length bytes + 20 + 1 + 20 + 19 + 22 + 18 + 88 + 64 text bytes.
        Assert.Equal(expected, bytes);
        Assert.Equal("0000001463", Convert.ToHexStringLower(bytes.AsSpan(0, 5))); // length 20, then 'c'.
        Assert.Equal(WorkedExample.FirstHash, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData(0L, "2026-03-01T06:30:00Z")]
    [InlineData(250_000_000L, "2026-03-01T06:30:00.25Z")]
    [InlineData(1L, "2026-03-01T06:30:00.000000001Z")]
    [InlineData(123_456_789L, "2026-03-01T06:30:00.123456789Z")]
    public void FormatInstant_AnyCulture_IsoUtcWithTheShortestFraction(long nanoseconds, string expected) =>
        Assert.Equal(expected, AuditEntryHash.FormatInstant(WorkedExample.FirstAt + Duration.FromNanoseconds(nanoseconds)));

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void CanonicalBytes_LargeSequenceUnderArabicCulture_WrittenInAsciiDigits()
    {
        var bytes = AuditEntryHash.CanonicalBytes(1_234_567, WorkedExample.FirstAt, "a", "b", "c", "{}", AuditEntryHash.Genesis);

        Assert.Equal([0, 0, 0, 7, .. "1234567"u8.ToArray()], bytes[24..35]);
    }

    [Fact]
    public void Compute_ArabicFieldsUnderUmmAlQuraCalendar_TheInstantStaysGregorian()
    {
        // ar-SA formats dates in the Umm al-Qura calendar by default; the encoding must not (1447-09-11 would be the Hijri date).
        var bytes = AuditEntryHash.CanonicalBytes(1, WorkedExample.FirstAt, "a", "b", "c", "{}", AuditEntryHash.Genesis);

        Assert.Contains("2026-03-01T06:30:00Z", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_TextWithUnpairedSurrogate_Refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => AuditEntryHash.Compute(1, WorkedExample.FirstAt, "user:\ud800", "a", "s", "{}", AuditEntryHash.Genesis));

        Assert.Contains("unpaired surrogate", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_LargePayload_SameAsHashingTheDocumentedBytes()
    {
        var payload = "{\"text\":\"" + new string('ك', 5_000) + "\"}"; // 10,012 UTF-8 bytes: past the stack buffer.

        var hash = AuditEntryHash.Compute(9, WorkedExample.FirstAt, "a", "b", "c", payload, AuditEntryHash.Genesis);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(AuditEntryHash.CanonicalBytes(9, WorkedExample.FirstAt, "a", "b", "c", payload, AuditEntryHash.Genesis))), hash);
    }

    [Fact]
    public void AuditEntry_HasValidHash_TrueForTheWorkedExampleAndFalseOnceEdited()
    {
        var entry = new AuditEntry(1, WorkedExample.FirstAt, WorkedExample.FirstActor, WorkedExample.FirstAction, WorkedExample.FirstSubject, WorkedExample.FirstPayload, AuditEntryHash.Genesis, WorkedExample.FirstHash);

        Assert.True(entry.HasValidHash());
        Assert.Equal(WorkedExample.FirstHash, entry.ComputeHash());
        Assert.False((entry with { Subject = "account:0000611366" }).HasValidHash());
        Assert.False((entry with { Hash = WorkedExample.FirstHash.ToUpperInvariant() }).HasValidHash());
    }

    private static byte[] Field(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return [(byte)(utf8.Length >> 24), (byte)(utf8.Length >> 16), (byte)(utf8.Length >> 8), (byte)utf8.Length, .. utf8];
    }
}
