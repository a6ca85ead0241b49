using Collections.Escalation.Tests.Support;

namespace Collections.Escalation.Tests.Workflow;

/// <summary>The legal track's transitions and guards, hand case by hand case (the acceptance list first).</summary>
public sealed class EscalationStateMachineTests
{
    private static readonly LocalDate April2 = new(2026, 4, 2);
    private static readonly LocalDate May10 = new(2026, 5, 10);

    private static EscalationDecision Decide(EscalationCase current, EscalationCommand command, WrittenAuthorization? authorization = null, Instant? at = null) =>
        EscalationStateMachine.Decide(TestEscalation.Rules(), current, command, authorization, at ?? TestEscalation.NoonInRiyadh(command.On));

    private static EscalationCase Requested() =>
        TestEscalation.Apply(TestEscalation.OpenCase(), EscalationCommand.Request(new LocalDate(2026, 4, 1), TestEscalation.Agent));

    private static IEnumerable<EscalationRefusalCode> Codes(EscalationDecision decision) => decision.Refusals.Select(r => r.Code);

    [Fact]
    public void Authorize_WithoutAnAuthorization_Refused()
    {
        var command = new EscalationCommand(EscalationTrigger.Authorize, April2, TestEscalation.Agent);

        var decision = Decide(Requested(), command);

        Assert.False(decision.IsAllowed);
        Assert.Equal([EscalationRefusalCode.NoAuthorization], Codes(decision));
        Assert.Equal(
            "No prior written authorization of the creditor was given for this step: the legal track needs one on record.",
            decision.Refusals[0].Explanation.English);
        Assert.Equal(EscalationStage.Requested, decision.Case!.Stage);
    }

    [Fact]
    public void Authorize_NamingAnAuthorizationNotOnRecord_Refused()
    {
        var decision = Decide(Requested(), EscalationCommand.Authorize(April2, TestEscalation.Agent, new AuthorizationId("AUTH-9")), authorization: null);

        Assert.Equal([EscalationRefusalCode.NoAuthorization], Codes(decision));
        Assert.Equal("Written authorization AUTH-9 is not on record.", decision.Refusals[0].Explanation.English);
    }

    [Fact]
    public void Authorize_WithAnExpiredAuthorization_Refused()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.SignedOn = new LocalDate(2026, 1, 5);
        builder.ValidThrough = new LocalDate(2026, 3, 31);
        var expired = builder.Build();

        var decision = Decide(Requested(), EscalationCommand.Authorize(April2, TestEscalation.Agent, expired.Id), expired);

        Assert.Equal([EscalationRefusalCode.AuthorizationExpired], Codes(decision));
    }

    [Fact]
    public void Authorize_WithARevokedAuthorization_Refused()
    {
        var revoked = TestEscalation.Authorization().Revoke(new AuthorizationRevocation(April2, "Synthetic Signer", "creditor changed its mind"));

        var decision = Decide(Requested(), EscalationCommand.Authorize(April2, TestEscalation.Agent, revoked.Id), revoked);

        Assert.Equal([EscalationRefusalCode.AuthorizationRevoked], Codes(decision));
    }

    [Fact]
    public void Authorize_AccountOutsideTheScope_Refused()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.Scope = AuthorizationScope.ForAccounts([TestEscalation.OtherAccount]);
        var other = builder.Build();

        var decision = Decide(Requested(), EscalationCommand.Authorize(April2, TestEscalation.Agent, other.Id), other);

        Assert.Equal([EscalationRefusalCode.AuthorizationOutsideScope], Codes(decision));
        Assert.Equal("الحساب ACC-1 خارج نطاق التفويض AUTH-1: الحسابات المدرجة: ACC-2.", decision.Refusals[0].Explanation.Arabic);
    }

    [Fact]
    public void Authorize_InsideTheScope_Accepted_AndRecordsTheAuthorizationAndItsHash()
    {
        var authorization = TestEscalation.Authorization();

        var decision = Decide(Requested(), EscalationCommand.Authorize(April2, TestEscalation.Agent, authorization.Id), authorization);

        Assert.True(decision.IsAllowed);
        Assert.Equal(EscalationStage.Authorized, decision.Case!.Stage);
        Assert.Equal(authorization.Id, decision.Case.AuthorizationId);
        Assert.Equal(authorization.DocumentSha256, decision.Step!.AuthorizationSha256);
        Assert.True(decision.Authorization!.IsValid);
    }

    [Fact]
    public void File_AfterTheAuthorizationExpired_Refused_EvenThoughTheCaseIsAuthorized()
    {
        var builder = TestEscalation.AuthorizationBuilder();
        builder.ValidThrough = new LocalDate(2026, 4, 30);
        var authorization = builder.Build();
        var authorized = TestEscalation.AuthorizedCase(authorization);

        var decision = Decide(authorized, TestEscalation.Filing(May10), authorization);

        Assert.Equal([EscalationRefusalCode.AuthorizationExpired], Codes(decision));
        Assert.Equal(EscalationStage.Authorized, decision.Case!.Stage);
    }

    [Fact]
    public void File_AfterTheAuthorizationWasRevoked_Refused()
    {
        var authorization = TestEscalation.Authorization();
        var authorized = TestEscalation.AuthorizedCase(authorization);
        var revoked = authorization.Revoke(new AuthorizationRevocation(new LocalDate(2026, 5, 1), "Synthetic Signer", "settlement talks"));

        var decision = Decide(authorized, TestEscalation.Filing(May10), revoked);

        Assert.Equal([EscalationRefusalCode.AuthorizationRevoked], Codes(decision));
    }

    [Fact]
    public void File_WithAnotherAuthorizationThanTheCases_Refused()
    {
        var authorized = TestEscalation.AuthorizedCase();
        var other = TestEscalation.Authorization("AUTH-2");

        var decision = Decide(authorized, TestEscalation.Filing(May10), other);

        Assert.Equal([EscalationRefusalCode.AuthorizationMismatch], Codes(decision));
        Assert.Equal("The case is authorized under AUTH-1, not AUTH-2 (or that authorization's document changed since).", decision.Refusals[0].Explanation.English);
    }

    [Fact]
    public void File_WithoutDocumentOrReference_EveryMissingPieceListed()
    {
        var authorization = TestEscalation.Authorization();
        var command = new EscalationCommand(EscalationTrigger.File, May10, TestEscalation.Lawyer) { Reference = " " };

        var decision = Decide(TestEscalation.AuthorizedCase(authorization), command, authorization);

        Assert.Equal([EscalationRefusalCode.DocumentRequired, EscalationRefusalCode.ReferenceRequired], Codes(decision));
        Assert.Equal("'File the claim' needs the SHA-256 of the statement of claim as filed.", decision.Refusals[0].Explanation.English);
        Assert.Equal("تتطلب خطوة «قيد الدعوى» قيمة التجزئة SHA-256 لصحيفة الدعوى كما قُيّدت.", decision.Refusals[0].Explanation.Arabic);
    }

    [Fact]
    public void File_WithTheDefaultHash_CountsAsNoDocument()
    {
        var authorization = TestEscalation.Authorization();
        var command = TestEscalation.Filing(May10) with { Document = default(DocumentHash) };

        Assert.Equal([EscalationRefusalCode.DocumentRequired], Codes(Decide(TestEscalation.AuthorizedCase(authorization), command, authorization)));
    }

    [Fact]
    public void File_WithAValidAuthorization_Filed_WithTheCourtReferenceAndCost()
    {
        var authorization = TestEscalation.Authorization();

        var decision = Decide(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);

        Assert.True(decision.IsAllowed);
        var filed = decision.Case!;
        Assert.Equal(EscalationStage.Filed, filed.Stage);
        Assert.Equal("RYD-2026-001234", filed.CourtReference);
        Assert.Equal(TestEscalation.Sar(500m), filed.Costs);
        Assert.Equal(authorization.Id, decision.Step!.AuthorizationId);
        Assert.Equal(4, filed.Version);
        Assert.Equal([EscalationTrigger.Open, EscalationTrigger.Request, EscalationTrigger.Authorize, EscalationTrigger.File], filed.Steps.Select(s => s.Trigger));
    }

    [Fact]
    public void TheWholeTrack_ToClosed_CostsSummed()
    {
        var authorization = TestEscalation.Authorization();
        var filed = TestEscalation.Apply(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);
        var judgment = TestEscalation.Apply(filed, EscalationCommand.RecordJudgment(new LocalDate(2026, 7, 1), TestEscalation.Lawyer, TestEscalation.HashOf("judgment"), TestEscalation.Sar(250m)));
        var enforcement = TestEscalation.Apply(judgment, EscalationCommand.Enforce(new LocalDate(2026, 7, 15), TestEscalation.Lawyer, TestEscalation.HashOf("enforcement request"), TestEscalation.Sar(120.50m)));
        var closed = TestEscalation.Apply(enforcement, EscalationCommand.Close(new LocalDate(2026, 9, 1), TestEscalation.Lawyer, "paid in full under enforcement"));

        Assert.Equal(EscalationStage.Closed, closed.Stage);
        Assert.Equal(TestEscalation.Sar(870.50m), closed.Costs);
        Assert.Empty(EscalationStateMachine.PermittedTriggers(closed.Stage));
    }

    [Fact]
    public void AClosedCase_NeverLeavesClosed()
    {
        var authorization = TestEscalation.Authorization();
        var filed = TestEscalation.Apply(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);
        var judgment = TestEscalation.Apply(filed, EscalationCommand.RecordJudgment(new LocalDate(2026, 7, 1), TestEscalation.Lawyer, TestEscalation.HashOf("judgment")));
        var closed = TestEscalation.Apply(judgment, EscalationCommand.Close(new LocalDate(2026, 7, 2), TestEscalation.Lawyer, "paid voluntarily after the judgment"));

        var decision = Decide(closed, EscalationCommand.Withdraw(new LocalDate(2026, 7, 3), TestEscalation.Agent, "try"));

        Assert.Equal([EscalationRefusalCode.CaseFinal], Codes(decision));
        Assert.Equal("Case ESC-1 is 'Closed': a final case never moves again.", decision.Refusals[0].Explanation.English);
        Assert.Null(decision.To);
        Assert.Same(closed, decision.Case);
    }

    [Fact]
    public void File_FromQualified_NotPermitted_AndTheAnswerSaysWhatIs()
    {
        var decision = Decide(TestEscalation.OpenCase(), TestEscalation.Filing(TestEscalation.AsOf));

        Assert.Equal([EscalationRefusalCode.NotPermittedFromStage], Codes(decision));
        Assert.Equal(
            "'File the claim' is not permitted while the case is at 'Qualified'; permitted now: Request the creditor's written authorization, Withdraw the escalation, Creditor recalls the account.",
            decision.Refusals[0].Explanation.English);
    }

    [Theory]
    [InlineData("withdraw")]
    [InlineData("recall")]
    public void WithdrawAndRecall_FromEveryOpenStage(string trigger)
    {
        var code = EscalationTrigger.FromName(trigger);
        foreach (var stage in EscalationStage.OpenStages)
        {
            var transition = EscalationStateMachine.Transitions.Single(t => t.Trigger == code && t.From == stage);
            Assert.True(transition.To.IsFinal);
            Assert.Contains(EscalationGuard.Reason, transition.Guards);
        }

        var decision = Decide(TestEscalation.OpenCase(), new EscalationCommand(code, TestEscalation.AsOf, TestEscalation.Agent));
        Assert.Equal([EscalationRefusalCode.ReasonRequired], Codes(decision));
    }

    [Fact]
    public void Step_DatedBeforeThePreviousStep_OrAfterTodayInRiyadh_Refused()
    {
        var opened = TestEscalation.OpenCase();
        var nearMidnight = (new LocalDate(2026, 4, 1) + new LocalTime(23, 30)).InZoneStrictly(TestEscalation.Riyadh).ToInstant();

        var before = Decide(opened, EscalationCommand.Request(new LocalDate(2026, 3, 30), TestEscalation.Agent));
        var tomorrow = Decide(opened, EscalationCommand.Request(new LocalDate(2026, 4, 2), TestEscalation.Agent), at: nearMidnight);
        var today = Decide(opened, EscalationCommand.Request(new LocalDate(2026, 4, 1), TestEscalation.Agent), at: nearMidnight);

        Assert.Equal([EscalationRefusalCode.DateBeforePreviousStep], Codes(before));
        Assert.Equal([EscalationRefusalCode.DateInFuture], Codes(tomorrow));
        Assert.Equal("The step is dated 2026-04-02, after today (2026-04-01) in the creditor's time zone Asia/Riyadh.", tomorrow.Refusals[0].Explanation.English);
        Assert.True(today.IsAllowed);
    }

    [Fact]
    public void Step_CostInAnotherCurrency_Refused()
    {
        var command = EscalationCommand.Request(new LocalDate(2026, 4, 1), TestEscalation.Agent) with { Cost = Money.Of(10m, Currency.UsDollar) };

        Assert.Equal([EscalationRefusalCode.CostCurrencyMismatch], Codes(Decide(TestEscalation.OpenCase(), command)));
    }

    [Fact]
    public void Command_NegativeCost_OrOpeningByCommand_IsACallerBug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EscalationCommand.Request(TestEscalation.AsOf, TestEscalation.Agent) with { Cost = TestEscalation.Sar(-1m) });
        Assert.Throws<ArgumentException>(() => new EscalationCommand(EscalationTrigger.Open, TestEscalation.AsOf, TestEscalation.Agent));
    }

    [Fact]
    public void Suspend_WhileTheAuthorizationHolds_Refused_AndAfterItsRevocation_BackToRequested()
    {
        var authorization = TestEscalation.Authorization();
        var authorized = TestEscalation.AuthorizedCase(authorization);
        var revoked = authorization.Revoke(new AuthorizationRevocation(new LocalDate(2026, 5, 1), "Synthetic Signer", "settled"));

        var stillValid = Decide(authorized, EscalationCommand.Suspend(new LocalDate(2026, 4, 20), TestEscalation.Agent, "check"), authorization);
        var suspended = Decide(authorized, EscalationCommand.Suspend(May10, TestEscalation.Agent, "revoked"), revoked);

        Assert.Equal([EscalationRefusalCode.AuthorizationStillValid], Codes(stillValid));
        Assert.True(suspended.IsAllowed);
        Assert.Equal(EscalationStage.Requested, suspended.Case!.Stage);
        Assert.Null(suspended.Case.AuthorizationId);
    }

    [Fact]
    public void Open_NotQualified_RefusedWithEveryUnmetRule()
    {
        var decision = EscalationStateMachine.Open(
            TestEscalation.Rules(), TestEscalation.CaseId, TestEscalation.Qualifying(daysPastDue: 30, dispute: true), TestEscalation.Agent, TestEscalation.NoonInRiyadh(TestEscalation.AsOf));

        Assert.False(decision.IsAllowed);
        Assert.Null(decision.Case);
        Assert.Equal([EscalationRefusalCode.NotQualified, EscalationRefusalCode.NotQualified], Codes(decision));
        Assert.Equal("30 days past due, not above the creditor's threshold of 90.", decision.Refusals[0].Explanation.English);
    }

    [Fact]
    public void Open_EvidenceDatedTomorrowInRiyadh_Refused()
    {
        var decision = EscalationStateMachine.Open(
            TestEscalation.Rules(), TestEscalation.CaseId, TestEscalation.Qualifying(), TestEscalation.Agent, TestEscalation.NoonInRiyadh(TestEscalation.AsOf.PlusDays(-1)));

        Assert.Equal([EscalationRefusalCode.DateInFuture], Codes(decision));
    }

    [Fact]
    public void Restore_TheStepsOfAStoredCase_GivesTheSameCase_AndRefusesAPathOutsideTheTable()
    {
        var authorization = TestEscalation.Authorization();
        var filed = TestEscalation.Apply(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);

        var restored = EscalationCase.Restore(filed.Id, filed.Qualification, filed.Steps);
        Assert.Equal(filed.Stage, restored.Stage);
        Assert.Equal(filed.AuthorizationId, restored.AuthorizationId);
        Assert.Equal(filed.Costs, restored.Costs);

        var skipped = filed.Steps.RemoveAt(2).Select((s, i) => new EscalationStep(i + 1, s.Trigger, s.From, s.To, s.On, s.At, s.Actor)
        {
            Document = s.Document, Reference = s.Reference, AuthorizationId = s.AuthorizationId, AuthorizationSha256 = s.AuthorizationSha256,
        });
        var exception = Assert.Throws<ArgumentException>(() => EscalationCase.Restore(filed.Id, filed.Qualification, skipped));
        Assert.Contains("steps[2]: 'file' from authorized to filed is not a transition of the table after requested", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transitions_EveryOpenStageCanBeLeft_AndEveryFinalStageCannot()
    {
        foreach (var stage in EscalationStage.All)
        {
            Assert.Equal(stage.IsOpen, EscalationStateMachine.PermittedTriggers(stage).Count > 0);
        }

        Assert.Single(EscalationStateMachine.Transitions, t => t.From is null);
        Assert.All(EscalationStateMachine.Transitions, t => Assert.Contains(EscalationGuard.Dated, t.Guards));
        Assert.Equal(
            EscalationStateMachine.Transitions.Length,
            EscalationStateMachine.Transitions.Select(t => (t.Trigger, t.From)).Distinct().Count());
    }

    [Fact]
    public void OnlyAuthorizingAndFiling_RelyOnAValidAuthorization()
    {
        Assert.Equal(
            [EscalationTrigger.Authorize, EscalationTrigger.File],
            EscalationStateMachine.Transitions.Where(t => t.Guards.Contains(EscalationGuard.ValidAuthorization)).Select(t => t.Trigger));
        Assert.Equal(
            [EscalationStage.Authorized],
            EscalationStateMachine.Transitions.Where(t => t.To == EscalationStage.Filed).Select(t => t.From));
    }
}
