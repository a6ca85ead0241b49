using Collections.Core.Audit;

namespace Collections.Core.Tests.Audit;

/// <summary>
/// The worked example of docs/decisions/0004-audit-hash-chain.md. The expected hashes were computed outside .NET, with
/// Python's hashlib over the documented encoding (struct.pack('>I', len) + UTF-8 bytes per field), so these tests check
/// the C# encoder against an independent implementation of the documented format.
/// </summary>
internal static class WorkedExample
{
    public static readonly Instant FirstAt = Instant.FromUtc(2026, 3, 1, 6, 30);

    public const string FirstActor = "system:contact-gate";
    public const string FirstAction = "contact_policy.refused";
    public const string FirstSubject = "account:0000611365";
    public const string FirstPayload = "{\"channel\":\"call\",\"policy_version\":\"sa-sama-2025/1\",\"reasons\":[\"outside_contact_hours\"]}";

    /// <summary>Python: hashlib.sha256(encoding of entry 1).hexdigest() — 284 bytes encoded.</summary>
    public const string FirstHash = "f9856d2571354e4321802e68f18e675eea3972d1bfdfc6ffab7e1f2c168c5ccd";

    public static readonly Instant SecondAt = FirstAt + Duration.FromMilliseconds(125);

    public const string SecondActor = "user:1024";
    public const string SecondAction = "contact_policy.version_changed";
    public const string SecondSubject = "creditor:C-17";
    public const string SecondPayload = "{\"from\":\"sa-sama-2025/1\",\"note\":\"ساعات الاتصال المعتمدة\",\"to\":\"sa-sama-2025/2\"}";

    /// <summary>Python, as above, for entry 2 (previous hash = <see cref="FirstHash"/>) — 292 bytes encoded.</summary>
    public const string SecondHash = "c9dde124dfbe80b76ab8f4e98a1934aeedbad9191486a637167191308ea8eae3";

    public static AuditEvent FirstEvent => new(new AuditActor(FirstActor), new AuditAction(FirstAction), AuditSubject.ForAccount(new AccountId("0000611365")), AuditPayload.Parse(FirstPayload));

    public static AuditEvent SecondEvent => new(new AuditActor(SecondActor), new AuditAction(SecondAction), AuditSubject.ForCreditor(new CreditorId("C-17")), AuditPayload.Parse(SecondPayload));
}
