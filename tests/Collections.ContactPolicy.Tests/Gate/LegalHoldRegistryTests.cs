using Collections.ContactPolicy.InMemory;
using Collections.ContactPolicy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>The in-memory restriction registry is also Core's legal-hold port: a hold placed through the port is seen by the gate.</summary>
public sealed class LegalHoldRegistryTests
{
    private static readonly Instant Monday10 = Zones.InRiyadh(2026, 1, 12, 10, 0);
    private static readonly Instant Monday11 = Zones.InRiyadh(2026, 1, 12, 11, 0);

    private static Collections.ContactPolicy.ContactPolicy Policy() =>
        TestPolicies.With(TestPolicies.Hours(new LocalTime(8, 0), new LocalTime(20, 0), TestPolicies.EveryDay), TestPolicies.Honour(ContactRestriction.LegalHold));

    /// <summary>The registry seen only as Core's port, as the escalation workflow sees it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "The test goes through the port on purpose.")]
    private static ILegalHoldRegistry Port(InMemoryContactRestrictionRegistry registry) => registry;

    [Fact]
    public async Task A_hold_placed_through_the_port_refuses_contact_until_it_is_lifted()
    {
        var registry = new InMemoryContactRestrictionRegistry();
        var holds = Port(registry);
        var gate = new ContactGateBuilder(Policy())
        {
            Attempts = new InMemoryContactAttemptStore(),
            Restrictions = registry,
            Templates = new InMemoryTemplateCatalog([]),
            Holidays = InMemoryHolidayAnnouncementSource.None,
            Decisions = ContactDecisionSinks.None,
            Clock = new FakeClock(Monday10),
        }.Build();
        var token = TestContext.Current.CancellationToken;

        await holds.PlaceAsync(TestRequests.Account, "case-7", Monday10 - Duration.FromHours(1), token);
        var held = await gate.CheckAsync(TestRequests.Call(Monday10), token);
        await holds.LiftAsync(TestRequests.Account, "case-7", Monday11, token);
        var afterLift = await gate.CheckAsync(TestRequests.Call(Monday11), token);
        var beforeLift = await gate.CheckAsync(TestRequests.Call(Monday10), token);

        Assert.Equal([ContactRuleCode.LegalHold], held.Codes);
        Assert.Equal(NextAllowedKind.WhenHoldLifted, held.NextAllowed);
        Assert.True(afterLift.IsAllowed);
        Assert.Equal([ContactRuleCode.LegalHold], beforeLift.Codes);
        Assert.Equal(Monday11, beforeLift.NextAllowedAt);
    }

    [Fact]
    public async Task Placing_twice_under_one_reference_keeps_one_hold_and_lifting_another_reference_changes_nothing()
    {
        var registry = new InMemoryContactRestrictionRegistry();
        var holds = Port(registry);
        var token = TestContext.Current.CancellationToken;

        await holds.PlaceAsync(TestRequests.Account, "case-7", Monday10, token);
        await holds.PlaceAsync(TestRequests.Account, "case-7", Monday11, token);
        await holds.LiftAsync(TestRequests.Account, "case-8", Monday11, token);
        var restrictions = await registry.ReadAsync(TestRequests.Debtor, TestRequests.Account, TestRequests.Mobile, token);

        Assert.Equal([new ContactHold(HoldKind.LegalHold, Monday10)], restrictions.Holds);
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_registers_one_registry_as_both_ports()
    {
        await using var provider = new ServiceCollection()
            .AddCollectionsContactPolicy(o =>
            {
                o.Policy = Policy();
                o.AllowUnauditedDecisions = true;
            })
            .BuildServiceProvider();

        var registry = provider.GetRequiredService<IContactRestrictionRegistry>();

        Assert.IsType<InMemoryContactRestrictionRegistry>(registry);
        Assert.Same(registry, provider.GetRequiredService<ILegalHoldRegistry>());
        await provider.GetRequiredService<ILegalHoldRegistry>().PlaceAsync(TestRequests.Account, "case-7", Monday10, TestContext.Current.CancellationToken);
        var decision = await provider.GetRequiredService<ContactGate>().CheckAsync(TestRequests.Call(Monday11), TestContext.Current.CancellationToken);
        Assert.Equal([ContactRuleCode.LegalHold], decision.Codes);
    }

    [Fact]
    public async Task AddCollectionsContactPolicy_leaves_the_legal_hold_port_to_a_host_with_its_own_registry()
    {
        var own = new InMemoryContactRestrictionRegistry();
        await using var provider = new ServiceCollection()
            .AddSingleton<IContactRestrictionRegistry>(own)
            .AddCollectionsContactPolicy(o => o.Policy = Policy())
            .BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IContactRestrictionRegistry>());
        Assert.Null(provider.GetService<ILegalHoldRegistry>());
    }
}
