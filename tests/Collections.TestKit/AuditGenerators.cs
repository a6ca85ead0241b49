using System.Globalization;
using System.Text.Json.Nodes;
using Collections.Core.Audit;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>FsCheck generators for the audit trail: events, hash-chained logs and the ways to tamper with them.</summary>
/// <remarks>Logs are chained here with the public <see cref="AuditEntryHash.Compute"/> only, independently of <see cref="AuditTrail"/>.</remarks>
public static class AuditGenerators
{
    /// <summary>The first instant of generated logs: 2026-03-01 06:30 UTC (09:30 in Riyadh).</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 6, 30);

    /// <summary>Actors: services, users, Arabic names.</summary>
    public static Gen<AuditActor> Actor() =>
        Gen.OneOf(
            Gen.Elements("system:contact-gate", "system:fees", "user:1024", "user:مدير-التحصيل", "job:nightly-statements"),
            Gen.Choose(1, 99_999).Select(n => "user:" + n.ToString(CultureInfo.InvariantCulture)))
        .Select(text => new AuditActor(text));

    /// <summary>The library's own actions and a host's.</summary>
    public static Gen<AuditAction> Action() =>
        Gen.Elements([.. AuditAction.WellKnown, new AuditAction("acme.manual_override"), new AuditAction("acme.export.v2")]);

    /// <summary>Subjects: accounts (leading zeros kept), debtors with Arabic ids, creditors.</summary>
    public static Gen<AuditSubject> Subject() =>
        Gen.OneOf(
            Gen.Choose(1, 999_999).Select(n => AuditSubject.ForAccount(new Core.AccountId(n.ToString("D10", CultureInfo.InvariantCulture)))),
            Gen.Elements("محمد-٤٤", "D-17", "فاطمة").Select(id => AuditSubject.ForDebtor(new Core.DebtorId(id))),
            Gen.Elements("C-1", "C-17").Select(id => AuditSubject.ForCreditor(new Core.CreditorId(id))));

    /// <summary>JSON text values: ASCII, Arabic, quotes, back slashes, control characters, an emoji.</summary>
    public static Gen<string> Text() =>
        Gen.OneOf(
            Gen.Elements("outside_contact_hours", "ساعات الاتصال المعتمدة", "say \"no\"", "C:\\path", "tab\there", "line\nbreak", "\u0001", "😀", string.Empty),
            Gen.Choose(0, 1_000_000).Select(n => n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Payload objects with 0–6 members: text, whole numbers a double holds exactly, decimals, booleans, nulls, arrays.</summary>
    public static Gen<AuditPayload> Payload() =>
        Gen.Choose(0, 6).SelectMany(count =>
            Gen.Elements("amount_minor_units", "channel", "reasons", "policy_version", "ملاحظة", "b", "a", "Z", "flag", "ratio")
                .ArrayOf(count)
                .SelectMany(names => Value().ArrayOf(count).Select(values =>
                {
                    var json = new JsonObject();
                    foreach (var (name, value) in names.Zip(values))
                    {
                        json[name] = value; // A repeated name keeps the last value.
                    }

                    return AuditPayload.From(json);
                })));

    /// <summary>Events made of the generators above.</summary>
    public static Gen<AuditEvent> Event() =>
        from actor in Actor()
        from action in Action()
        from subject in Subject()
        from payload in Payload()
        select new AuditEvent(actor, action, subject, payload);

    /// <summary>Hash-chained logs of <paramref name="minimum"/> to <paramref name="maximum"/> entries, instants 0–90 s apart (some in the same millisecond).</summary>
    /// <param name="minimum">The fewest entries.</param>
    /// <param name="maximum">The most entries.</param>
    /// <returns>The generator.</returns>
    public static Gen<AuditEntry[]> Log(int minimum, int maximum) =>
        Gen.Choose(minimum, maximum).SelectMany(length =>
            Event().ArrayOf(length).SelectMany(events =>
                Gen.Choose(0, 90_000_000).Select(step => (long)step).ArrayOf(length).Select(steps => Chain(events, steps))));

    /// <summary>Chains events into a log: sequence from 1, instants from <see cref="Start"/> plus the cumulative steps (in microseconds).</summary>
    /// <param name="events">The events.</param>
    /// <param name="stepsInMicroseconds">Time between entries.</param>
    /// <returns>The entries.</returns>
    public static AuditEntry[] Chain(IReadOnlyList<AuditEvent> events, IReadOnlyList<long> stepsInMicroseconds)
    {
        var entries = new AuditEntry[events.Count];
        var previous = AuditEntryHash.Genesis;
        var at = Start;
        for (var i = 0; i < events.Count; i++)
        {
            at += Duration.FromNanoseconds(stepsInMicroseconds[i] * 1000);
            entries[i] = Entry(i + 1, at, events[i], previous);
            previous = entries[i].Hash;
        }

        return entries;
    }

    /// <summary>An entry with a correct hash for the given fields (what a forger who knows the format writes).</summary>
    /// <param name="sequence">The sequence number.</param>
    /// <param name="at">The instant.</param>
    /// <param name="auditEvent">The event.</param>
    /// <param name="previousHash">The previous hash it names.</param>
    /// <returns>The entry.</returns>
    public static AuditEntry Entry(long sequence, Instant at, AuditEvent auditEvent, string previousHash)
    {
        var hash = AuditEntryHash.Compute(sequence, at, auditEvent.Actor.Value, auditEvent.Action.Code, auditEvent.Subject.Value, auditEvent.Payload.Json, previousHash);
        return new AuditEntry(sequence, at, auditEvent.Actor.Value, auditEvent.Action.Code, auditEvent.Subject.Value, auditEvent.Payload.Json, previousHash, hash);
    }

    /// <summary>Any 64 lower-case hex digits.</summary>
    public static Gen<string> Hash() =>
        Gen.Choose(0, 15).ArrayOf(64).Select(digits => string.Concat(digits.Select(d => "0123456789abcdef"[d])));

    private static Gen<JsonNode?> Value() =>
        Gen.OneOf(
            Text().Select(text => (JsonNode?)JsonValue.Create(text)),
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(n => (JsonNode?)JsonValue.Create(n * 9_007L)),
            Gen.Elements(0.5m, 15.5m, -0.25m, 0.001m, 1234.5m).Select(d => (JsonNode?)JsonValue.Create(d)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Constant<JsonNode?>(null),
            Text().ArrayOf(3).Select(items => (JsonNode?)new JsonArray([.. items.Select(t => (JsonNode?)JsonValue.Create(t))])));
}
