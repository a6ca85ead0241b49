using Collections.ContactPolicy;
using Collections.ContactPolicy.InMemory;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.Escalation.InMemory;
using Collections.Escalation.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Collections.Escalation.Tests.Workflow;

/// <summary>The workflow over its ports: load → decide → store → audit → legal hold; authorizations recorded with their documents and revoked.</summary>
public sealed class EscalationWorkflowTests
{
    private static readonly CancellationToken Token = TestContext.Current.CancellationToken;

    private sealed class Host
    {
        public Host(ILegalHoldRegistry? holds = null)
        {
            Clock = new FakeClock(TestEscalation.NoonInRiyadh(TestEscalation.AsOf));
            Audit = new AuditTrail(AuditStore, Clock);
            Holds = holds ?? new InMemoryLegalHoldRegistry();
            Workflow = new EscalationWorkflow(EscalationRuleSet.Of(TestEscalation.Rules()), Cases, Authorizations, Documents, Audit, Holds, Clock);
        }

        public FakeClock Clock { get; }

        public InMemoryEscalationCaseStore Cases { get; } = new();

        public InMemoryAuthorizationStore Authorizations { get; } = new();

        public InMemoryAuthorizationDocumentStore Documents { get; } = new();

        public InMemoryAuditStore AuditStore { get; } = new();

        public AuditTrail Audit { get; }

        public ILegalHoldRegistry Holds { get; }

        public EscalationWorkflow Workflow { get; }

        public LocalDate Today => Clock.GetCurrentInstant().InZone(TestEscalation.Riyadh).Date;

        public void GoTo(LocalDate date) => Clock.Reset(TestEscalation.NoonInRiyadh(date));

        public async Task<WrittenAuthorization> RecordAsync(WrittenAuthorization? authorization = null)
        {
            var auth = authorization ?? TestEscalation.Authorization();
            var recording = await Workflow.RecordAuthorizationAsync(auth, new MemoryStream(TestEscalation.Document(auth.Id.Value)), TestEscalation.Agent, Token);
            Assert.True(recording.IsRecorded);
            return auth;
        }

        public async Task<EscalationCase> AuthorizedAsync(WrittenAuthorization authorization)
        {
            Assert.True((await Workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token)).IsAllowed);
            GoTo(new LocalDate(2026, 4, 1));
            Assert.True((await Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Request(Today, TestEscalation.Agent), Token)).IsAllowed);
            GoTo(new LocalDate(2026, 4, 2));
            var decision = await Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Authorize(Today, TestEscalation.Agent, authorization.Id), Token);
            Assert.True(decision.IsAllowed);
            return decision.Case!;
        }

        public async Task<IReadOnlyList<AuditEntry>> LogAsync()
        {
            var entries = new List<AuditEntry>();
            await foreach (var entry in AuditStore.ReadAsync(cancellationToken: Token))
            {
                entries.Add(entry);
            }

            return entries;
        }
    }

    [Fact]
    public async Task TheWholeTrack_EveryTransitionAudited_AndTheLogVerifies()
    {
        var host = new Host();
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        host.GoTo(new LocalDate(2026, 5, 10));
        var refused = await host.Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.RecordJudgment(host.Today, TestEscalation.Lawyer, TestEscalation.HashOf("judgment")), Token);
        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);
        host.GoTo(new LocalDate(2026, 7, 1));
        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.RecordJudgment(host.Today, TestEscalation.Lawyer, TestEscalation.HashOf("judgment")), Token);
        host.GoTo(new LocalDate(2026, 7, 2));
        var closed = await host.Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Close(host.Today, TestEscalation.Lawyer, "paid after the judgment"), Token);

        Assert.False(refused.IsAllowed);
        Assert.Equal(EscalationStage.Closed, closed.Case!.Stage);
        var log = await host.LogAsync();
        Assert.Equal(
            ["escalation.authorization_recorded", "escalation.step", "escalation.step", "escalation.step", "escalation.refused", "escalation.step", "escalation.step", "escalation.step"],
            log.Select(e => e.Action));
        Assert.All(log.Skip(1), e => Assert.Equal("account:ACC-1", e.Subject));
        Assert.Equal("creditor:ACME", log[0].Subject);
        var verification = await host.Audit.VerifyAsync(cancellationToken: Token);
        Assert.True(verification.IsIntact);
        Assert.Equal(8, verification.EntriesRead);
    }

    [Fact]
    public async Task TheFilingsAuditPayload_NamesTheStagesTheAuthorizationAndItsDocument()
    {
        var host = new Host();
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        host.GoTo(new LocalDate(2026, 5, 10));

        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);

        var entry = (await host.LogAsync())[^1];
        Assert.Equal("escalation.step", entry.Action);
        Assert.Equal("user:lawyer-2", entry.Actor);
        Assert.Equal(
            "{\"authorization\":\"AUTH-1\",\"authorization_sha256\":\"" + authorization.DocumentSha256.Hex + "\",\"case\":\"ESC-1\",\"cost_minor_units\":50000,\"creditor\":\"ACME\",\"currency\":\"SAR\",\"document_sha256\":\""
            + TestEscalation.HashOf("statement of claim").Hex + "\",\"from\":\"authorized\",\"on\":\"2026-05-10\",\"reference\":\"RYD-2026-001234\",\"to\":\"filed\",\"trigger\":\"file\"}",
            entry.Payload);
    }

    [Fact]
    public async Task ARefusal_IsAuditedWithItsReasonCodes()
    {
        var host = new Host();
        await host.Workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token);

        var decision = await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);

        Assert.False(decision.IsAllowed);
        var entry = (await host.LogAsync())[^1];
        Assert.Equal("escalation.refused", entry.Action);
        Assert.Equal("{\"case\":\"ESC-1\",\"creditor\":\"ACME\",\"from\":\"qualified\",\"on\":\"2026-03-31\",\"reasons\":[\"not_permitted_from_stage\"],\"to\":null,\"trigger\":\"file\"}", entry.Payload);
    }

    [Fact]
    public async Task Open_NotQualified_OrASecondCaseForTheAccount_RefusedAndAudited()
    {
        var host = new Host();

        var notQualified = await host.Workflow.OpenAsync(new EscalationCaseId("ESC-0"), TestEscalation.Qualifying(dispute: true), TestEscalation.Agent, Token);
        var opened = await host.Workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token);
        var second = await host.Workflow.OpenAsync(new EscalationCaseId("ESC-2"), TestEscalation.Qualifying(), TestEscalation.Agent, Token);

        Assert.Equal([EscalationRefusalCode.NotQualified], notQualified.Refusals.Select(r => r.Code));
        Assert.True(opened.IsAllowed);
        Assert.Equal([EscalationRefusalCode.CaseAlreadyOpen], second.Refusals.Select(r => r.Code));
        Assert.Equal("Account ACC-1 already has an open escalation case, ESC-1 (Qualified).", second.Refusals[0].Explanation.English);
        Assert.Equal(["escalation.refused", "escalation.step", "escalation.refused"], (await host.LogAsync()).Select(e => e.Action));
        await Assert.ThrowsAsync<ArgumentException>(() => host.Workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token));
    }

    [Fact]
    public async Task TheLegalHold_PlacedWhenFiled_LiftedWhenClosed()
    {
        var holds = new InMemoryLegalHoldRegistry();
        var host = new Host(holds);
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        Assert.Empty(holds.HoldsOn(TestEscalation.Account));

        host.GoTo(new LocalDate(2026, 5, 10));
        var filedAt = host.Clock.GetCurrentInstant();
        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);
        Assert.True(holds.IsHeld(TestEscalation.Account, filedAt));
        Assert.False(holds.IsHeld(TestEscalation.Account, filedAt - Duration.Epsilon));

        host.GoTo(new LocalDate(2026, 6, 1));
        var withdrawnAt = host.Clock.GetCurrentInstant();
        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Withdraw(host.Today, TestEscalation.Agent, "settled in full"), Token);

        Assert.Equal([new LegalHoldPeriod("escalation:ESC-1", filedAt, withdrawnAt)], holds.HoldsOn(TestEscalation.Account));
    }

    [Fact]
    public async Task TheLegalHold_FromAuthorizedWhenTheCreditorSaysSo()
    {
        var holds = new InMemoryLegalHoldRegistry();
        var host = new Host(holds);
        var workflow = new EscalationWorkflow(
            EscalationRuleSet.Of(TestEscalation.Rules(EscalationStage.Authorized)), host.Cases, host.Authorizations, host.Documents, host.Audit, holds, host.Clock);
        var authorization = await host.RecordAsync();
        await workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token);
        await workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Request(host.Today, TestEscalation.Agent), Token);
        host.GoTo(new LocalDate(2026, 4, 2));

        await workflow.AdvanceAsync(TestEscalation.CaseId, EscalationCommand.Authorize(host.Today, TestEscalation.Agent, authorization.Id), Token);

        Assert.True(holds.IsHeld(TestEscalation.Account, host.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task TheLegalHold_IsSeenByTheContactGate_ThroughTheContactPolicysRegistry()
    {
        var registry = new InMemoryContactRestrictionRegistry();
        var host = new Host(registry);
        var policy = new ContactPolicyBuilder(new PolicyId("acme"), TestEscalation.Acme) { Version = "1", ApprovedBy = "Compliance", ApprovedOn = new LocalDate(2026, 1, 1), EffectiveFrom = new LocalDate(2026, 1, 1) }
            .Add(new RestrictionRule(new RuleId("legal-hold"), RuleSource.CreditorInstruction("Hold contact on the legal track", "إيقاف التواصل في المسار القانوني"), ChannelSet.All, ContactRestriction.LegalHold))
            .Build();
        var gate = new ContactGateBuilder(policy)
        {
            Attempts = new InMemoryContactAttemptStore(),
            Restrictions = registry,
            Templates = new InMemoryTemplateCatalog([]),
            Holidays = InMemoryHolidayAnnouncementSource.None,
            Decisions = ContactDecisionSinks.None,
            Clock = host.Clock,
        }.Build();
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        host.GoTo(new LocalDate(2026, 5, 10));
        ContactRequest Call() => new(TestEscalation.Account, TestEscalation.Debtor, new ContactPointId("CP-1"), Channel.Call, host.Clock.GetCurrentInstant(), [TestEscalation.Riyadh]);

        var before = await gate.CheckAsync(Call(), Token);
        await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);
        var after = await gate.CheckAsync(Call(), Token);

        Assert.True(before.IsAllowed);
        Assert.False(after.IsAllowed);
        Assert.Equal([ContactRuleCode.LegalHold], after.Denials.Select(d => d.Code));
    }

    [Fact]
    public async Task Revoke_SuspendsTheAuthorizedCase_WhichThenCannotBeFiled_AndLeavesFiledCasesAlone()
    {
        var host = new Host();
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        host.GoTo(new LocalDate(2026, 5, 1));

        var outcome = await host.Workflow.RevokeAuthorizationAsync(
            authorization.Id, new AuthorizationRevocation(host.Today, "Synthetic Signer", "settlement negotiations"), TestEscalation.Agent, Token);
        var filing = await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);

        Assert.True(outcome.Authorization.IsRevoked);
        var suspension = Assert.Single(outcome.Suspended);
        Assert.Equal(EscalationStage.Requested, suspension.Case!.Stage);
        Assert.Equal("Authorization AUTH-1 revoked from 2026-05-01: settlement negotiations", suspension.Step!.Reason);
        Assert.Empty(outcome.AlreadyFiled);
        Assert.Equal([EscalationRefusalCode.NotPermittedFromStage], filing.Refusals.Select(r => r.Code));
        Assert.True((await host.Authorizations.FindAsync(authorization.Id, Token))!.IsRevoked);
        Assert.Equal(["escalation.authorization_revoked", "escalation.step", "escalation.refused"], (await host.LogAsync()).TakeLast(3).Select(e => e.Action));
    }

    [Fact]
    public async Task Revoke_AfterFiling_ListsTheFiledCase_AndARevocationFromALaterDate_WaitsForIt()
    {
        var host = new Host();
        var authorization = await host.RecordAsync();
        await host.AuthorizedAsync(authorization);
        host.GoTo(new LocalDate(2026, 4, 20));

        var later = await host.Workflow.RevokeAuthorizationAsync(
            authorization.Id, new AuthorizationRevocation(new LocalDate(2026, 5, 1), "Synthetic Signer", "end of the mandate"), TestEscalation.Agent, Token);
        var filingBefore = await host.Workflow.AdvanceAsync(TestEscalation.CaseId, TestEscalation.Filing(host.Today), Token);
        var again = await host.Workflow.RevokeAuthorizationAsync(
            authorization.Id, new AuthorizationRevocation(new LocalDate(2026, 4, 25), "Synthetic Signer", "ignored: already revoked"), TestEscalation.Agent, Token);

        Assert.Empty(later.Suspended);
        Assert.Single(later.NotYetEffective);
        Assert.True(filingBefore.IsAllowed);
        Assert.Single(again.AlreadyFiled);
        Assert.Equal(new LocalDate(2026, 5, 1), again.Authorization.Revocation!.RevokedOn);
    }

    [Fact]
    public async Task RecordAuthorization_WithAnotherDocumentThanItsHashNames_RefusedAndAudited()
    {
        var host = new Host();
        var authorization = TestEscalation.Authorization();

        var recording = await host.Workflow.RecordAuthorizationAsync(authorization, new MemoryStream(TestEscalation.Document("a different scan")), TestEscalation.Agent, Token);

        Assert.False(recording.IsRecorded);
        Assert.Equal([EscalationRefusalCode.DocumentHashMismatch], recording.Refusals.Select(r => r.Code));
        Assert.Null(await host.Authorizations.FindAsync(authorization.Id, Token));
        Assert.Equal(0, host.Documents.Count);
        Assert.Equal("escalation.refused", (await host.LogAsync()).Single().Action);
    }

    [Fact]
    public async Task RecordAuthorization_StoresTheSignedDocumentUnderItsHash_Once()
    {
        var host = new Host();
        var authorization = await host.RecordAsync();
        await host.RecordAsync(TestEscalation.Authorization());   // the same authorization, built again: recorded once

        await using var stored = await host.Documents.OpenReadAsync(authorization.DocumentSha256, Token);
        Assert.NotNull(stored);
        Assert.Equal(authorization.DocumentSha256, await DocumentHash.OfAsync(stored, Token));
        Assert.Single(await host.LogAsync());
        var other = TestEscalation.AuthorizationBuilder();
        other.SignerName = "Someone Else";
        await Assert.ThrowsAsync<ArgumentException>(() => host.Workflow.RecordAuthorizationAsync(other.Build(), new MemoryStream(TestEscalation.Document("AUTH-1")), TestEscalation.Agent, Token));
    }

    [Fact]
    public async Task Advance_AnUnknownCase_NamesIt()
    {
        var exception = await Assert.ThrowsAsync<KeyNotFoundException>(() => new Host().Workflow.AdvanceAsync(new EscalationCaseId("ESC-404"), EscalationCommand.Request(TestEscalation.AsOf, TestEscalation.Agent), Token));

        Assert.Contains("ESC-404", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCollectionsEscalation_WithTheContactPolicy_OneRegistryHoldsAndGates()
    {
        var clock = new FakeClock(TestEscalation.NoonInRiyadh(TestEscalation.AsOf));
        var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddCollectionsContactPolicy(o => o.Policy = new ContactPolicyBuilder(new PolicyId("acme"), TestEscalation.Acme) { Version = "1", ApprovedBy = "Compliance", ApprovedOn = new LocalDate(2026, 1, 1), EffectiveFrom = new LocalDate(2026, 1, 1) }
                .Add(new RestrictionRule(new RuleId("legal-hold"), RuleSource.CreditorInstruction("Hold", "إيقاف"), ChannelSet.All, ContactRestriction.LegalHold))
                .Build())
            .AddCollectionsEscalation(o => o.AddRules(TestEscalation.Rules(EscalationStage.Qualified)));
        await using var provider = services.BuildServiceProvider();

        var workflow = provider.GetRequiredService<EscalationWorkflow>();
        await workflow.OpenAsync(TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, Token);
        var decision = await provider.GetRequiredService<ContactGate>().CheckAsync(
            new ContactRequest(TestEscalation.Account, TestEscalation.Debtor, new ContactPointId("CP-1"), Channel.Call, clock.GetCurrentInstant(), [TestEscalation.Riyadh]), Token);

        Assert.Equal([ContactRuleCode.LegalHold], decision.Denials.Select(d => d.Code));
        Assert.IsType<InMemoryEscalationCaseStore>(provider.GetRequiredService<IEscalationCaseStore>());
        // One audit trail for both packages: the escalation step, then the gate's refusal (after it announced its policy version).
        var actions = new List<string>();
        await foreach (var entry in provider.GetRequiredService<IAuditStore>().ReadAsync(cancellationToken: Token))
        {
            actions.Add(entry.Action);
        }

        Assert.Equal([AuditAction.EscalationStep.Code, AuditAction.ContactPolicyVersionChanged.Code, AuditAction.ContactPolicyRefused.Code], actions);
    }

    [Fact]
    public async Task AddCollectionsEscalation_WithoutALegalHoldRegistry_SaysWhatToRegister()
    {
        await using var provider = new ServiceCollection().AddCollectionsEscalation(o => o.AddRules(TestEscalation.Rules())).BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(provider.GetRequiredService<EscalationWorkflow>);

        Assert.Contains("AddCollectionsContactPolicy", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCollectionsEscalation(_ => { }));
    }
}
