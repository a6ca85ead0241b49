using Collections.ContactPolicy;
using Collections.ContactPolicy.InMemory;
using Collections.Core;
using NodaTime.Testing;

namespace Collections.Audit.Sqlite.Tests;

/// <summary>End to end: the contact gate's decisions audited into a SQLite file; a refusal edited into an allowance, or a decision deleted, with SQL — detected and located.</summary>
public sealed class ContactDecisionTamperTests
{
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>Eight calls, one every nine hours from Thursday 2026-01-15 10:00 in Riyadh, through a gate on a 09:00–17:00, Sunday–Thursday policy, audited into the file.</summary>
    private static async Task<(SqliteAuditStore Store, List<AuditEntry> Entries)> DecideAsync(TemporaryDatabase database)
    {
        var source = RuleSource.CreditorInstruction("Working hours", "ساعات العمل");
        var days = new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday };
        var policy = new ContactPolicyBuilder(new PolicyId("acme"), new CreditorId("C-17"))
        {
            Version = "1", ApprovedBy = "Head of Compliance", ApprovedOn = new LocalDate(2026, 1, 1), EffectiveFrom = new LocalDate(2026, 1, 1),
        }.Add(new ContactWindowRule(new RuleId("hours"), source, ChannelSet.All, ContactWindow.OnDays(days, new LocalTime(9, 0), new LocalTime(17, 0)))).Build();
        var start = new LocalDateTime(2026, 1, 15, 10, 0).InZoneStrictly(Riyadh).ToInstant();
        var clock = new FakeClock(start);
        var store = new SqliteAuditStore(database.ConnectionString);
        var gate = new ContactGateBuilder(policy)
        {
            Attempts = new InMemoryContactAttemptStore(),
            Restrictions = new InMemoryContactRestrictionRegistry(),
            Templates = new InMemoryTemplateCatalog([]),
            Holidays = InMemoryHolidayAnnouncementSource.None,
            Decisions = new AuditTrailContactDecisionSink(new AuditTrail(store, clock)),
            Clock = clock,
        }.Build();
        var request = new ContactRequest(new AccountId("0000611365"), new DebtorId("D-1"), new ContactPointId("P-1"), Channel.Call, start, [Riyadh]);
        for (var i = 0; i < 8; i++)
        {
            await gate.AuthorizeAsync(request, TestContext.Current.CancellationToken);
            clock.Advance(Duration.FromHours(9));
        }

        return (store, await TemporaryDatabase.ReadAllAsync(store));
    }

    [Fact]
    public async Task Verify_ARefusalEditedIntoAnAllowanceWithSql_EditedAtThatEntry()
    {
        using var database = new TemporaryDatabase();
        var (store, entries) = await DecideAsync(database);
        var refusal = entries.First(e => e.Action == "contact_policy.refused");

        database.Execute(
            "UPDATE audit_entries SET action = 'contact_policy.allowed', payload = replace(payload, '\"allowed\":false', '\"allowed\":true') WHERE sequence = $s;",
            ("$s", refusal.Sequence));
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        // Entry 1 announces the policy version; the first call (Thursday 10:00) is allowed, the second (19:00) refused.
        Assert.Equal(["contact_policy.version_changed", "contact_policy.allowed", "contact_policy.refused"], entries.Take(3).Select(e => e.Action));
        Assert.Equal(9, entries.Count);
        Assert.Equal(AuditBreakKind.Edited, broken.Kind);
        Assert.Equal(refusal.Sequence, broken.Position);
    }

    [Fact]
    public async Task Verify_ADecisionDeletedWithSql_DeletedWhereItWas()
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await DecideAsync(database);

        SqlTampering.Delete(database, 4);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(4, broken.Position);
    }

    [Fact]
    public async Task Verify_TwoDecisionsSwappedWithSql_Reordered()
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await DecideAsync(database);

        SqlTampering.Swap(database, 3, 6);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Reordered, broken.Kind);
        Assert.Equal(3, broken.Position);
    }
}
