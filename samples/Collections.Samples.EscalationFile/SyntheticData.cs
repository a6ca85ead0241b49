using System.Text;
using Collections.Core;
using Collections.Escalation;
using NodaTime;

namespace Collections.Samples.EscalationFile;

/// <summary>Made-up data for the sample: a creditor, two debtors and their accounts, items, attempts and promises, and the creditor's written authorization. No real person or company.</summary>
public static class SyntheticData
{
    public static readonly CreditorId Creditor = new("ACME-FINANCE");
    public static readonly BilingualText CreditorName = new("ACME Finance Company (synthetic)", "شركة أكمي للتمويل (بيانات تجريبية)");
    public static readonly PlacementId Placement = new("ACME-2026-Q1");
    public static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>The as-of date of the qualification evidence.</summary>
    public static readonly LocalDate AsOf = new(2026, 3, 31);

    public static readonly AccountId MainAccount = new("ACC-1001");
    public static readonly AccountId OtherAccount = new("ACC-1002");

    public static Money Sar(decimal amount) => Money.Of(amount, Currency.SaudiRiyal);

    public static Debtor MainDebtor { get; } = new(new DebtorId("DEB-501"))
    {
        Name = "Test Debtor 501",
        TimeZone = Riyadh,
        ContactPoints =
        [
            new ContactPoint(new ContactPointId("CP-501-M"), ContactPointKind.Mobile, "+966500000501", ContactPointStatus.Valid),
            new ContactPoint(new ContactPointId("CP-501-E"), ContactPointKind.Email, "debtor501@example.invalid", ContactPointStatus.Valid),
            new ContactPoint(new ContactPointId("CP-501-H"), ContactPointKind.Landline, "+966110000501", ContactPointStatus.Invalid),
        ],
    };

    public static IReadOnlyList<ReceivableItem> MainItems { get; } =
    [
        new(new ItemId("INST-07"), MainAccount, new LocalDate(2025, 10, 1), new LocalDate(2025, 11, 1), Sar(4_150m)),
        new(new ItemId("INST-08"), MainAccount, new LocalDate(2025, 11, 1), new LocalDate(2025, 12, 1), Sar(4_150m)),
        new(new ItemId("INST-09"), MainAccount, new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 1), Sar(4_150m)),
        new(new ItemId("FEE-LATE"), MainAccount, new LocalDate(2026, 1, 15), new LocalDate(2026, 1, 15), Sar(300m)),
    ];

    /// <summary>Attempts about the main account in the qualification period: calls, SMS, a letter; one right-party contact.</summary>
    public static IReadOnlyList<ContactAttempt> MainAttempts { get; } = BuildAttempts();

    public static IReadOnlyList<PromiseToPay> MainPromises { get; } =
    [
        new(new LocalDate(2026, 1, 12), new LocalDate(2026, 1, 22), Sar(2_000m), Sar(0m), PromiseStatus.Broken),
        new(new LocalDate(2026, 2, 16), new LocalDate(2026, 2, 26), Sar(1_000m), Sar(0m), PromiseStatus.Broken),
    ];

    public static EscalationEvidence MainEvidence(EscalationRules rules) => Evidence(rules, MainAccount, new DebtorId("DEB-501"), MainAttempts, 151, 12_750m, new PromiseSummary(0, 0, 2, 0));

    /// <summary>A second account, of a placement the authorization does not list.</summary>
    public static EscalationEvidence OtherEvidence(EscalationRules rules) =>
        Evidence(rules, OtherAccount, new DebtorId("DEB-502"), [.. MainAttempts.Select(a => new ContactAttempt(OtherAccount, a.Channel, a.At, a.Outcome))], 133, 6_400m, new PromiseSummary(0, 0, 1, 0));

    /// <summary>The signed authorization's bytes (a stand-in for the scanned PDF the creditor signs).</summary>
    public static byte[] SignedAuthorizationDocument { get; } =
        Encoding.UTF8.GetBytes("ACME Finance Company (synthetic) authorizes the collector to take account ACC-1001 to the legal track. Signed 2026-04-01.");

    public static WrittenAuthorization Authorization() => new WrittenAuthorizationBuilder
    {
        Id = new AuthorizationId("AUTH-ACME-2026-04"),
        Creditor = Creditor,
        SignerName = "Synthetic Signer",
        SignerRole = "Head of Collections",
        SignedOn = new LocalDate(2026, 4, 1),
        ValidThrough = new LocalDate(2026, 12, 31),
        Scope = AuthorizationScope.ForAccounts([MainAccount, new AccountId("ACC-1007")]),
        DocumentSha256 = DocumentHash.Of(SignedAuthorizationDocument).Hex,
    }.Build();

    private static EscalationEvidence Evidence(
        EscalationRules rules, AccountId account, DebtorId debtor, IEnumerable<ContactAttempt> attempts, int daysPastDue, decimal balance, PromiseSummary promises)
    {
        var period = rules.Qualification.PeriodFor(AsOf);
        var inPeriod = attempts.Where(a => period.Contains(a.At.InZone(Riyadh).Date)).ToList();
        var channels = inPeriod.GroupBy(a => a.Channel).Select(g => new ChannelActivity(g.Key, g.Count(), g.Count(a => a.Outcome.IsRightPartyContact)));
        return new EscalationEvidence(
            new EscalationAccount(account, debtor, Creditor, Placement), AsOf, new DaysPastDue(daysPastDue), Sar(balance), hasOpenDispute: false, period, channels, promises);
    }

    private static List<ContactAttempt> BuildAttempts()
    {
        var attempts = new List<ContactAttempt>();
        void Add(int month, int day, int hour, Channel channel, AttemptOutcome outcome) =>
            attempts.Add(new ContactAttempt(MainAccount, channel, new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(Riyadh).ToInstant(), outcome)
            {
                ContactPointId = new ContactPointId(channel == Channel.Email ? "CP-501-E" : "CP-501-M"),
            });
        Add(1, 5, 10, Channel.Call, AttemptOutcome.NoAnswer);
        Add(1, 5, 10, Channel.Sms, AttemptOutcome.Delivered);
        Add(1, 12, 11, Channel.Call, AttemptOutcome.RightParty);
        Add(1, 25, 14, Channel.Call, AttemptOutcome.Busy);
        Add(2, 2, 10, Channel.Sms, AttemptOutcome.Delivered);
        Add(2, 9, 15, Channel.Call, AttemptOutcome.Voicemail);
        Add(2, 16, 11, Channel.Call, AttemptOutcome.RightParty);
        Add(2, 23, 10, Channel.Call, AttemptOutcome.NoAnswer);
        Add(3, 1, 10, Channel.Email, AttemptOutcome.Delivered);
        Add(3, 8, 12, Channel.Call, AttemptOutcome.NoAnswer);
        Add(3, 10, 9, Channel.Letter, AttemptOutcome.Delivered);
        Add(3, 15, 16, Channel.Call, AttemptOutcome.Busy);
        Add(3, 22, 10, Channel.Sms, AttemptOutcome.Read);
        Add(3, 29, 11, Channel.Call, AttemptOutcome.NoAnswer);
        return attempts;
    }
}
