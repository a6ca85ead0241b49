using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Benchmarks.Audit;

/// <summary>Seeded, realistic audit events: mostly contact-policy decisions on accounts (payloads of 90–200 bytes, a fifth with Arabic text), some escalation steps and fee statements.</summary>
internal static class AuditBenchmarkData
{
    public const int Seed = 20_261_205;

    public static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 6, 30);

    private static readonly string[] Reasons = ["outside_contact_hours", "weekly_rest_day", "frequency_cap_reached", "open_dispute", "public_holiday"];
    private static readonly string[] Channels = ["call", "sms", "email", "whatsapp", "letter"];

    public static AuditEvent[] Events(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var events = new AuditEvent[count];
        for (var i = 0; i < count; i++)
        {
            var account = AuditSubject.ForAccount(new AccountId(random.Next(1, 2_000_000).ToString("D10", CultureInfo.InvariantCulture)));
            var band = random.Next(100);
            var (action, payload) = band switch
            {
                < 55 => (AuditAction.ContactPolicyAllowed, $$"""{"attempt":"{{Guid.NewGuid():N}}","channel":"{{Channels[random.Next(Channels.Length)]}}","policy_version":"sa-sama-2025/3"}"""),
                < 90 => (AuditAction.ContactPolicyRefused, $$"""{"channel":"{{Channels[random.Next(Channels.Length)]}}","next_allowed_at":"2026-03-0{{random.Next(1, 9)}}T05:00:00Z","policy_version":"sa-sama-2025/3","reasons":["{{Reasons[random.Next(Reasons.Length)]}}"]}"""),
                < 97 => (AuditAction.EscalationStep, $$"""{"authorization_sha256":"{{Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)))}}","from":"qualified","to":"requested"}"""),
                _ => (AuditAction.FeeStatementIssued, $$"""{"fee_minor_units":{{random.Next(1_000, 50_000_000)}},"note":"كشف الأتعاب الشهري","vat_minor_units":{{random.Next(150, 7_500_000)}}}"""),
            };
            events[i] = new AuditEvent(new AuditActor(band < 90 ? "system:contact-gate" : "user:" + random.Next(1, 200)), action, account, AuditPayload.Parse(payload));
        }

        return events;
    }

    /// <summary>The events chained into entries with the library's hash (what a store would hold), 250 ms apart.</summary>
    public static AuditEntry[] Chain(AuditEvent[] events)
    {
        var entries = new AuditEntry[events.Length];
        var previous = AuditEntryHash.Genesis;
        for (var i = 0; i < events.Length; i++)
        {
            var at = Start + Duration.FromMilliseconds(250L * i);
            var e = events[i];
            var hash = AuditEntryHash.Compute(i + 1, at, e.Actor.Value, e.Action.Code, e.Subject.Value, e.Payload.Json, previous);
            entries[i] = new AuditEntry(i + 1, at, e.Actor.Value, e.Action.Code, e.Subject.Value, e.Payload.Json, previous, hash);
            previous = hash;
        }

        return entries;
    }

    /// <summary>The documented encoding done the plain way: a LINQ concatenation of length-prefixed fields, SHA-256, hex.</summary>
    public static string NaiveHash(long sequence, Instant at, string actor, string action, string subject, string payload, string previousHash) =>
        Convert.ToHexString(SHA256.HashData(
            new[] { AuditEntryHash.FormatTag, sequence.ToString(CultureInfo.InvariantCulture), AuditEntryHash.FormatInstant(at), actor, action, subject, payload, previousHash }
                .Select(Encoding.UTF8.GetBytes)
                .SelectMany(bytes => BitConverter.GetBytes(bytes.Length).Reverse().Concat(bytes))
                .ToArray())).ToLowerInvariant();

    /// <summary>A clock that moves 1 ms on every reading.</summary>
    public sealed class SteppingClock : IClock
    {
        private Instant _now = Start;

        public Instant GetCurrentInstant() => _now += Duration.FromMilliseconds(1);
    }
}
