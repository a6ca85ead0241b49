using Collections.ContactPolicy.InMemory;
using NodaTime.Testing;

namespace Collections.ContactPolicy.Tests.Support;

/// <summary>A gate over in-memory ports with a fake clock, a recording sink and a recording gateway; vary it through the builder.</summary>
internal sealed class TestGate
{
    public TestGate(Collections.ContactPolicy.ContactPolicy policy, Instant now, Action<ContactGateBuilder>? configure = null)
        : this(ContactPolicySchedule.Of(policy), now, configure)
    {
    }

    public TestGate(ContactPolicySchedule policies, Instant now, Action<ContactGateBuilder>? configure = null)
    {
        Clock = new FakeClock(now);
        var builder = new ContactGateBuilder(policies)
        {
            Attempts = new InMemoryContactAttemptStore(),
            Restrictions = Restrictions,
            Templates = new InMemoryTemplateCatalog([TestGates.Script]),
            Holidays = InMemoryHolidayAnnouncementSource.None,
            Decisions = Sink,
            Clock = Clock,
        };
        configure?.Invoke(builder);
        _attempts = builder.Attempts as InMemoryContactAttemptStore;
        Gate = builder.Build();
    }

    private readonly InMemoryContactAttemptStore? _attempts;

    public FakeClock Clock { get; }

    /// <summary>The attempt store the gate uses (the one the configuration set, if it did), when it is an in-memory one.</summary>
    public InMemoryContactAttemptStore Attempts => _attempts ?? throw new InvalidOperationException("This test gate was configured with another attempt store.");

    public InMemoryContactRestrictionRegistry Restrictions { get; } = new();

    public RecordingSink Sink { get; } = new();

    public RecordingGateway Gateway { get; } = new();

    public ContactGate Gate { get; }
}

/// <summary>Named starting points for gate tests.</summary>
internal static class TestGates
{
    /// <summary>An Arabic call script with every field the Saudi pack requires.</summary>
    public static readonly MessageTemplate Script = new(new TemplateId("call-ar"), Channel.Call, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);

    /// <summary>Monday 2026-01-12 10:00 in Riyadh.</summary>
    public static readonly Instant Monday10 = Zones.InRiyadh(2026, 1, 12, 10, 0);

    /// <summary>The Saudi pack with the call script approved and opt-outs honoured.</summary>
    public static Collections.ContactPolicy.ContactPolicy SaudiPack(string version = "1")
    {
        var templates = (ApprovedTemplatesRule)RulePacks.SaudiSama2025[new RuleId("sa-sama-2025/templates")];
        var builder = TestPolicies.Builder()
            .AddPack(RulePacks.SaudiSama2025)
            .Replace(new ApprovedTemplatesRule(templates.Id, templates.Source, templates.Channels, [new ApprovedTemplate(Script.Id, Channel.Call, "ar")], templates.RequiredFields, "ar"))
            .Add(TestPolicies.Honour(ContactRestriction.OptOut));
        builder.Version = version;
        return builder.Build();
    }

    /// <summary>A call with the script, to the debtor's mobile about ACC-1.</summary>
    public static ContactRequest Call(Instant at, params DateTimeZone[] zones) => TestRequests.Call(at, zones) with { TemplateId = Script.Id };
}

/// <summary>Keeps every decision and version change the gate records.</summary>
internal sealed class RecordingSink : IContactDecisionSink
{
    private readonly Lock _lock = new();

    public List<ContactDecisionRecord> Decisions { get; } = [];

    public List<ContactPolicyChange> Changes { get; } = [];

    public Task RecordAsync(ContactDecisionRecord record, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Decisions.Add(record);
        }

        return Task.CompletedTask;
    }

    public Task RecordVersionChangeAsync(ContactPolicyChange change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Changes.Add(change);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A channel gateway that keeps every permit it is given and answers with a fixed outcome (or throws).</summary>
internal sealed class RecordingGateway : IContactChannelGateway
{
    private readonly Lock _lock = new();

    public List<ContactPermit> Sent { get; } = [];

    /// <summary>The outcome to answer; by default the channel's first (no_answer for a call, failed for a message).</summary>
    public AttemptOutcome? Outcome { get; set; }

    public Exception? Failure { get; set; }

    public Task<AttemptOutcome> SendAsync(ContactPermit permit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            Sent.Add(permit);
        }

        return Failure is null ? Task.FromResult(Outcome ?? FirstOutcomeOf(permit.Channel)) : Task.FromException<AttemptOutcome>(Failure);
    }

    /// <summary>An outcome the channel can have (AttemptOutcome.AppliesTo): the gate refuses any other.</summary>
    public static AttemptOutcome FirstOutcomeOf(Channel channel) => AttemptOutcome.All.First(o => o.AppliesTo(channel));
}
