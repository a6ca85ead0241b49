using Collections.ContactPolicy.InMemory;
using Collections.ContactPolicy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>The gate loads history, restrictions, templates and announcements through the ports, decides, and hands every decision to the sink.</summary>
public sealed class ContactGateTests
{
    private static readonly MessageTemplate Script = new(new TemplateId("call-ar"), Channel.Call, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);

    private static readonly Instant Monday10 = Zones.InRiyadh(2026, 1, 12, 10, 0);

    private sealed class RecordingSink : IContactDecisionSink
    {
        public List<(ContactRequest Request, ContactDecision Decision)> Recorded { get; } = [];

        public Task RecordAsync(ContactRequest request, ContactDecision decision, CancellationToken cancellationToken = default)
        {
            Recorded.Add((request, decision));
            return Task.CompletedTask;
        }
    }

    private static Collections.ContactPolicy.ContactPolicy Policy()
    {
        var templates = (ApprovedTemplatesRule)RulePacks.SaudiSama2025[new RuleId("sa-sama-2025/templates")];
        return TestPolicies.Builder()
            .AddPack(RulePacks.SaudiSama2025)
            .Replace(new ApprovedTemplatesRule(templates.Id, templates.Source, templates.Channels, [new ApprovedTemplate(Script.Id, Channel.Call, "ar")], templates.RequiredFields, "ar"))
            .Add(TestPolicies.Honour(ContactRestriction.OptOut))
            .Build();
    }

    [Fact]
    public async Task CheckAsync_LoadsTheTemplateByIdAndRecordsTheDecision()
    {
        var sink = new RecordingSink();
        var gate = new ContactGate(Policy(), new InMemoryContactAttemptStore(), new InMemoryContactRestrictionRegistry(),
            new InMemoryTemplateCatalog([Script]), InMemoryHolidayAnnouncementSource.None, sink);

        var decision = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id }, TestContext.Current.CancellationToken);

        Assert.True(decision.IsAllowed);
        var (request, recorded) = Assert.Single(sink.Recorded);
        Assert.Same(decision, recorded);
        Assert.Equal(Script, request.Template);
    }

    [Fact]
    public async Task CheckAsync_ReadsOnlyTheLookbackOfHistoryAboutTheDebtorOrTheNumber()
    {
        // Ten calls in the 30 days before Monday 2026-01-12 about DEB-1, one older, and calls about another debtor to another number.
        var store = new InMemoryContactAttemptStore();
        foreach (var day in Enumerable.Range(1, 10))
        {
            await store.AppendAsync(TestRequests.Attempt(Monday10 - Duration.FromDays(day)), TestContext.Current.CancellationToken);
        }

        await store.AppendAsync(TestRequests.Attempt(Monday10 - Duration.FromDays(31)), TestContext.Current.CancellationToken);
        await store.AppendAsync(TestRequests.Attempt(Monday10 - Duration.FromDays(1)) with { DebtorId = new DebtorId("DEB-9"), ContactPointId = new ContactPointId("CP-9") }, TestContext.Current.CancellationToken);
        var gate = new ContactGate(Policy(), store, new InMemoryContactRestrictionRegistry(), new InMemoryTemplateCatalog([Script]), InMemoryHolidayAnnouncementSource.None);

        var (_, history) = await gate.LoadAsync(TestRequests.Call(Monday10), TestContext.Current.CancellationToken);
        var decision = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id }, TestContext.Current.CancellationToken);

        Assert.Equal(10, history.Count);
        Assert.Equal([ContactRuleCode.FrequencyCapReached], decision.Codes);
        Assert.Equal(12, store.Count);
    }

    [Fact]
    public async Task CheckAsync_RestrictionsAndHoldsComeFromTheRegistry()
    {
        var registry = new InMemoryContactRestrictionRegistry();
        registry.AddOptOut(TestRequests.Debtor, new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0)));
        registry.AddHold(TestRequests.Account, new ContactHold(HoldKind.Dispute, Zones.Utc(2026, 1, 2, 0, 0)));
        var gate = new ContactGate(Policy(), new InMemoryContactAttemptStore(), registry, new InMemoryTemplateCatalog([Script]), InMemoryHolidayAnnouncementSource.None);

        var decision = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id }, TestContext.Current.CancellationToken);
        registry.SetHolds(TestRequests.Account, []);
        var otherDebt = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id, AccountId = TestRequests.OtherAccount }, TestContext.Current.CancellationToken);

        Assert.Equal([ContactRuleCode.OptedOut, ContactRuleCode.DisputeOpen], decision.Codes.OrderBy(c => c.Value));
        Assert.Equal([ContactRuleCode.OptedOut], otherDebt.Codes);
    }

    [Fact]
    public async Task CheckAsync_AnnouncedHolidaysComeFromTheSource()
    {
        var announcements = new InMemoryHolidayAnnouncementSource([new AnnouncedPeriod(null, new LocalDate(2026, 1, 12), 1)]);
        var gate = new ContactGate(Policy(), new InMemoryContactAttemptStore(), new InMemoryContactRestrictionRegistry(), new InMemoryTemplateCatalog([Script]), announcements);

        var decision = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id }, TestContext.Current.CancellationToken);

        Assert.Equal([ContactRuleCode.PublicHoliday], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 1, 13, 9, 0), decision.NextAllowedAt);
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_RegistersTheGateAndUsesTheHostsSink()
    {
        var sink = new RecordingSink();
        var services = new ServiceCollection()
            .AddSingleton<IContactDecisionSink>(sink)
            .AddSingleton<ITemplateCatalog>(new InMemoryTemplateCatalog([Script]))
            .AddCollectionsContactPolicy(options => options.Policy = Policy());
        await using var provider = services.BuildServiceProvider();

        var gate = provider.GetRequiredService<ContactGate>();
        var decision = await gate.CheckAsync(TestRequests.Call(Monday10) with { TemplateId = Script.Id }, TestContext.Current.CancellationToken);

        Assert.True(decision.IsAllowed);
        Assert.Single(sink.Recorded);
        Assert.IsType<InMemoryContactAttemptStore>(provider.GetRequiredService<IContactAttemptStore>());
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
}
