using Collections.ContactPolicy.InMemory;
using Collections.ContactPolicy.Tests.Support;
using Collections.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>The gate loads history, restrictions, templates and announcements through the ports, decides, and hands every decision to the sink.</summary>
public sealed class ContactGateTests
{
    private static readonly Instant Monday10 = TestGates.Monday10;

    [Fact]
    public async Task CheckAsync_LoadsTheTemplateByIdAndRecordsTheDecision()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);

        var decision = await test.Gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);

        Assert.True(decision.IsAllowed);
        var recorded = Assert.Single(test.Sink.Decisions);
        Assert.Same(decision, recorded.Decision);
        Assert.Equal(TestGates.Script, recorded.Request.Template);
        Assert.Equal(ContactDecisionPurpose.Check, recorded.Purpose);
        Assert.Null(recorded.AttemptId);
    }

    [Fact]
    public void InMemoryStore_HistoryWithAnOutcomeItsChannelCannotHave_RefusedNamingThePosition()
    {
        // An sms "right_party" would count as a conversation for the waiting-time rules of every later decision.
        PriorAttempt[] history = [TestRequests.Attempt(Monday10 - Duration.FromDays(2)), TestRequests.Attempt(Monday10 - Duration.FromDays(1), Channel.Sms, AttemptOutcome.RightParty)];

        var error = Assert.Throws<ArgumentException>(() => new InMemoryContactAttemptStore(history));

        Assert.Equal("history", error.ParamName);
        Assert.Contains("an outcome its channel cannot have at positions 1 (right_party on sms)", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Channels() => [.. Channel.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task CheckAsync_WhileAPermitOfAnyChannelAwaitsItsRecord_DecidesAndCountsIt(string code)
    {
        // A permit not yet recorded counts as an attempt with an outcome of its own channel (delivered for a letter).
        Assert.True(Channel.TryFromCode(code, out var channel));
        var test = new TestGate(TestPolicies.With(TestPolicies.Hours(new LocalTime(8, 0), new LocalTime(21, 0))), Monday10);
        var first = await test.Gate.AuthorizeAsync(TestRequests.On(channel, Monday10), TestContext.Current.CancellationToken);

        var (_, history) = await test.Gate.LoadAsync(TestRequests.On(channel, Monday10), TestContext.Current.CancellationToken);
        var decision = await test.Gate.CheckAsync(TestRequests.On(channel, Monday10), TestContext.Current.CancellationToken);

        Assert.True(first.Decision.IsAllowed);
        Assert.True(decision.IsAllowed);
        var pending = Assert.Single(history.Attempts);
        Assert.True(pending.Outcome.AppliesTo(channel));
        Assert.False(pending.Outcome.IsRightPartyContact);
    }

    [Fact]
    public async Task CheckAsync_AStoreReturningAnOutcomeItsChannelCannotHave_IsRefusedNamingTheStore()
    {
        var bad = TestRequests.Attempt(Monday10 - Duration.FromDays(1), Channel.Sms, AttemptOutcome.RightParty);
        var test = new TestGate(TestGates.SaudiPack(), Monday10, b => b.Attempts = new FixedAttemptStore(bad));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => test.Gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken));

        Assert.Contains("The IContactAttemptStore returned attempts about debtor 'DEB-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("0 (right_party on sms)", error.Message, StringComparison.Ordinal);
        Assert.Empty(test.Sink.Decisions);
    }

    [Fact]
    public async Task CheckAsync_ReadsOnlyTheLookbackOfHistoryAboutTheDebtorOrTheNumber()
    {
        // Ten calls in the 30 days before Monday 2026-01-12 about DEB-1, one older, and a call about another debtor to another number.
        var history = Enumerable.Range(1, 10).Select(day => TestRequests.Attempt(Monday10 - Duration.FromDays(day)))
            .Append(TestRequests.Attempt(Monday10 - Duration.FromDays(31)))
            .Append(TestRequests.Attempt(Monday10 - Duration.FromDays(1)) with { DebtorId = new DebtorId("DEB-9"), ContactPointId = new ContactPointId("CP-9") });
        var store = new InMemoryContactAttemptStore(history);
        var test = new TestGate(TestGates.SaudiPack(), Monday10, b => b.Attempts = store);

        var (_, loaded) = await test.Gate.LoadAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);
        var decision = await test.Gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);

        Assert.Equal(10, loaded.Count);
        Assert.Equal([ContactRuleCode.FrequencyCapReached], decision.Codes);
        Assert.Equal(12, store.Count);
    }

    [Fact]
    public async Task CheckAsync_RestrictionsAndHoldsComeFromTheRegistry()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        test.Restrictions.AddOptOut(TestRequests.Debtor, new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0)));
        test.Restrictions.AddHold(TestRequests.Account, new ContactHold(HoldKind.Dispute, Zones.Utc(2026, 1, 2, 0, 0)));

        var decision = await test.Gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);
        test.Restrictions.SetHolds(TestRequests.Account, []);
        var otherDebt = await test.Gate.CheckAsync(TestGates.Call(Monday10) with { AccountId = TestRequests.OtherAccount }, TestContext.Current.CancellationToken);

        Assert.Equal([ContactRuleCode.OptedOut, ContactRuleCode.DisputeOpen], decision.Codes.OrderBy(c => c.Value));
        Assert.Equal([ContactRuleCode.OptedOut], otherDebt.Codes);
    }

    [Fact]
    public async Task CheckAsync_AnnouncedHolidaysComeFromTheSource()
    {
        var announcements = new InMemoryHolidayAnnouncementSource([new AnnouncedPeriod(null, new LocalDate(2026, 1, 12), 1)]);
        var test = new TestGate(TestGates.SaudiPack(), Monday10, b => b.Holidays = announcements);

        var decision = await test.Gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);

        Assert.Equal([ContactRuleCode.PublicHoliday], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 1, 13, 9, 0), decision.NextAllowedAt);
    }

    [Fact]
    public async Task CheckAsync_AQuestionAboutAnotherInstant_DecidedAtThatInstantAndPermitsNothing()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);

        // Friday 2026-01-16 in Riyadh: a rest day without working hours, whatever the clock says.
        var decision = await test.Gate.CheckAsync(TestGates.Call(Zones.InRiyadh(2026, 1, 16, 10, 0)), TestContext.Current.CancellationToken);

        Assert.Equal([ContactRuleCode.OutsideContactWindow, ContactRuleCode.WeeklyRestDay], decision.Codes);
        Assert.Empty(test.Attempts.Permitted);
    }

    [Fact]
    public void Build_NothingButThePolicy_ListsEveryMissingSettingByName()
    {
        var builder = new ContactGateBuilder(TestGates.SaudiPack()) { DebtorLocations = new InMemoryDebtorLocationReader([]), PermitLifetime = Duration.Zero };

        var exception = Assert.Throws<InvalidOperationException>(builder.Build);

        foreach (var name in new[] { "Attempts:", "Restrictions:", "Templates:", "Holidays:", "Decisions:", "Clock:", "PhoneNumberTimeZones:", "PermitLifetime:" })
        {
            Assert.Contains(name, exception.Message, StringComparison.Ordinal);
        }

        Assert.Contains("ContactDecisionSinks.None to record nothing (tests only)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_RegistersTheGateAndUsesTheHostsSink()
    {
        var sink = new RecordingSink();
        var services = new ServiceCollection()
            .AddSingleton<IContactDecisionSink>(sink)
            .AddSingleton<IClock>(new FakeClock(Monday10))
            .AddSingleton<ITemplateCatalog>(new InMemoryTemplateCatalog([TestGates.Script]))
            .AddCollectionsContactPolicy(options => options.Policy = TestGates.SaudiPack());
        await using var provider = services.BuildServiceProvider();

        var gate = provider.GetRequiredService<ContactGate>();
        var decision = await gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);

        Assert.True(decision.IsAllowed);
        Assert.Single(sink.Decisions);
        Assert.IsType<InMemoryContactAttemptStore>(provider.GetRequiredService<IContactAttemptStore>());
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_WithTheAuditTrail_AuditsEveryDecisionWhicheverWasRegisteredFirst()
    {
        var before = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Monday10)).AddCollectionsAudit()
            .AddCollectionsContactPolicy(o => o.Policy = TestGates.SaudiPack());
        var after = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Monday10))
            .AddCollectionsContactPolicy(o => o.Policy = TestGates.SaudiPack()).AddCollectionsAudit();

        foreach (var services in new[] { before, after })
        {
            await using var provider = services.BuildServiceProvider();
            var gate = provider.GetRequiredService<ContactGate>();
            await gate.CheckAsync(TestGates.Call(Monday10), TestContext.Current.CancellationToken);
            var entries = await ReadAllAsync(provider.GetRequiredService<IAuditStore>());

            // The first decision of a version never seen in the log comes after the change to that version.
            Assert.Equal(["contact_policy.version_changed", "contact_policy.refused"], entries.Select(e => e.Action));
        }
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_NoSinkAndNoAuditTrail_FailsWhenTheGateIsResolvedUnlessUnauditedIsAllowed()
    {
        await using var forgotten = new ServiceCollection().AddCollectionsContactPolicy(o => o.Policy = TestGates.SaudiPack()).BuildServiceProvider();
        await using var allowed = new ServiceCollection().AddCollectionsContactPolicy(o => { o.Policy = TestGates.SaudiPack(); o.AllowUnauditedDecisions = true; }).BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(forgotten.GetRequiredService<ContactGate>);

        Assert.Contains("services.AddCollectionsAudit()", exception.Message, StringComparison.Ordinal);
        Assert.Contains("IContactDecisionSink", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(allowed.GetRequiredService<ContactGate>());
    }

    [Fact]
    public void AddCollectionsContactPolicy_WithoutAPolicyOrWithABadFile_FailsAtRegistration()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCollectionsContactPolicy(_ => { }));
        var exception = Assert.Throws<ContactPolicyException>(() => new ServiceCollection().AddCollectionsContactPolicy(o => o.UsePolicyJson("""{ "policy": "p" }""")));
        Assert.Contains("$.creditor: is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_FromAPolicyFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Json", "Files", "acme-sa.policy.json");
        await using var provider = new ServiceCollection().AddCollectionsContactPolicy(o => o.UsePolicyFile(path)).BuildServiceProvider();

        Assert.Equal("acme-retail-sa", provider.GetRequiredService<Collections.ContactPolicy.ContactPolicy>().Version.PolicyId.Value);
    }

    private static async Task<List<AuditEntry>> ReadAllAsync(IAuditStore store)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.ReadAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }
}

/// <summary>A store that returns the same attempts for every read (as a host's store might return what it holds, right or wrong).</summary>
internal sealed class FixedAttemptStore(params PriorAttempt[] attempts) : IContactAttemptStore
{
    public async IAsyncEnumerable<PriorAttempt> ReadAsync(DebtorId debtorId, ContactPointId contactPointId, Interval interval, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var attempt in attempts)
        {
            yield return attempt;
        }
    }

    public Task AppendAsync(PermittedAttempt attempt, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
