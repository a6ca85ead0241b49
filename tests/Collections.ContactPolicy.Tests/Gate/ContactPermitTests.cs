using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>Compliance enforced: attempts are made and recorded only under a permit the gate issued after an allowing decision — one attempt per permit, on its contact point and channel, started while it is valid.</summary>
public sealed class ContactPermitTests
{
    private static readonly Instant Monday10 = TestGates.Monday10;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContactAsync_Refused_NeverReachesTheGatewayAndAnswersWhyAndWhenNext()
    {
        // Friday 2026-01-16 10:00 in Riyadh: a rest day, no working hours; next allowed Sunday 09:00.
        var friday = Zones.InRiyadh(2026, 1, 16, 10, 0);
        var test = new TestGate(TestGates.SaudiPack(), friday);

        var result = await test.Gate.ContactAsync(TestGates.Call(friday), test.Gateway, Token);

        Assert.False(result.WasMade);
        Assert.Null(result.Permit);
        Assert.Equal([ContactRuleCode.OutsideContactWindow, ContactRuleCode.WeeklyRestDay], result.Decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 1, 18, 9, 0), result.Decision.NextAllowedAt);
        Assert.Empty(test.Gateway.Sent);
        Assert.Empty(test.Attempts.Permitted);
        var recorded = Assert.Single(test.Sink.Decisions);
        Assert.Equal(ContactDecisionPurpose.Attempt, recorded.Purpose);
        Assert.Null(recorded.AttemptId);
    }

    [Fact]
    public async Task ContactAsync_Allowed_SendsWithThePermitAndRecordsTheOutcome()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        test.Gateway.Outcome = AttemptOutcome.RightParty;

        var result = await test.Gate.ContactAsync(TestGates.Call(Monday10), test.Gateway, Token);

        Assert.True(result.WasMade);
        var permit = Assert.Single(test.Gateway.Sent);
        Assert.Same(result.Permit, permit);
        Assert.Equal((TestRequests.Mobile, Channel.Call, TestGates.Script.Id), (permit.ContactPointId, permit.Channel, permit.Template!.Id));
        var stored = Assert.Single(test.Attempts.Permitted);
        Assert.Same(result.Attempt, stored);
        Assert.Equal(new PriorAttempt(Monday10, Channel.Call, AttemptOutcome.RightParty, TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile), stored.Attempt);
        Assert.Equal(permit.AttemptId, stored.AttemptId);
        Assert.Equal(permit.AttemptId, Assert.Single(test.Sink.Decisions).AttemptId);
        Assert.True(permit.IsUsed);
    }

    [Fact]
    public async Task AuthorizeAsync_DecidesAtTheClocksInstant_NotTheRequests()
    {
        // The request says Monday 10:00; the clock says Friday: an attempt is decided when it is made.
        var friday = Zones.InRiyadh(2026, 1, 16, 10, 0);
        var test = new TestGate(TestGates.SaudiPack(), friday);

        var authorization = await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token);

        Assert.False(authorization.IsAllowed);
        Assert.Equal(friday, authorization.Decision.RequestedAt);
        Assert.Equal([ContactRuleCode.OutsideContactWindow, ContactRuleCode.WeeklyRestDay], authorization.Decision.Codes);
    }

    [Fact]
    public async Task RecordAttemptAsync_AMessageOutcomeOnACall_RefusedNamingBoth_PermitStillUnused()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => test.Gate.RecordAttemptAsync(permit, AttemptOutcome.Delivered, Token));
        var refusedAttempt = await Assert.ThrowsAsync<ArgumentException>(() => test.Gate.RecordAttemptAsync(
            permit, new PriorAttempt(Monday10, Channel.Call, AttemptOutcome.Read, TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile), Token));

        Assert.Equal("outcome", refused.ParamName);
        Assert.StartsWith("Outcome delivered is not an outcome of channel call", refused.Message, StringComparison.Ordinal);
        Assert.Equal("attempt", refusedAttempt.ParamName);
        Assert.Empty(test.Attempts.Permitted);
        Assert.False(permit.IsUsed);
        await test.Gate.RecordAttemptAsync(permit, AttemptOutcome.RightParty, Token); // the permit still records the real outcome
        Assert.Single(test.Attempts.Permitted);
    }

    [Fact]
    public async Task RecordAttemptAsync_TheSamePermitTwice_RefusedTheSecondTimeAndNothingMoreStored()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;

        await test.Gate.RecordAttemptAsync(permit, AttemptOutcome.NoAnswer, Token);
        var again = await Assert.ThrowsAsync<ContactPermitException>(() => test.Gate.RecordAttemptAsync(permit, AttemptOutcome.RightParty, Token));

        Assert.Equal(ContactPermitProblem.AlreadyUsed, again.Problem);
        Assert.Contains("one permit, one attempt", again.Message, StringComparison.Ordinal);
        Assert.Single(test.Attempts.Permitted);
    }

    [Theory]
    [InlineData("contact point", "contact point: the permit is for 'CP-MOBILE', not 'CP-OTHER'")]
    [InlineData("channel", "channel: the permit is for 'call', not 'sms'")]
    [InlineData("account", "account: the permit is for 'ACC-1', not 'ACC-2'")]
    public async Task RecordAttemptAsync_AnotherContactPointChannelOrDebt_RefusedNamingTheField(string field, string expected)
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;
        var allowed = new PriorAttempt(Monday10, Channel.Call, AttemptOutcome.NoAnswer, TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile);
        var other = field switch
        {
            "contact point" => allowed with { ContactPointId = new ContactPointId("CP-OTHER") },
            "channel" => allowed with { Channel = Channel.Sms, Outcome = AttemptOutcome.Delivered },
            _ => allowed with { AccountId = TestRequests.OtherAccount },
        };

        var exception = await Assert.ThrowsAsync<ContactPermitException>(() => test.Gate.RecordAttemptAsync(permit, other, Token));

        Assert.Equal(ContactPermitProblem.DoesNotMatch, exception.Problem);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Empty(test.Attempts.Permitted);
        Assert.False(permit.IsUsed);

        // The permit still covers the attempt it was issued for.
        await test.Gate.RecordAttemptAsync(permit, allowed, Token);
        Assert.Single(test.Attempts.Permitted);
    }

    [Fact]
    public async Task RecordAttemptAsync_AttemptStartedAfterThePermitExpired_Refused()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;
        test.Clock.Advance(Duration.FromMinutes(10));
        var late = new PriorAttempt(Monday10 + Duration.FromMinutes(2), Channel.Call, AttemptOutcome.NoAnswer, TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile);

        var exception = await Assert.ThrowsAsync<ContactPermitException>(() => test.Gate.RecordAttemptAsync(permit, late, Token));

        // Lifetime two minutes: a start at 10:02:00 is one tick too late.
        Assert.Equal(Monday10 + Duration.FromMinutes(2), permit.ExpiresAt);
        Assert.Equal(ContactPermitProblem.Expired, exception.Problem);
        Assert.Contains("until before 2026-01-12T07:02:00Z", exception.Message, StringComparison.Ordinal);
        Assert.True(permit.IsValidAt(Monday10 + Duration.FromSeconds(119)));
        Assert.False(permit.IsValidAt(Monday10 + Duration.FromMinutes(2)));
    }

    [Fact]
    public async Task RecordAttemptAsync_AfterTheRecordingDeadline_RefusedAsTooLate()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;

        test.Clock.Advance(Duration.FromMinutes(62));
        var exception = await Assert.ThrowsAsync<ContactPermitException>(() => test.Gate.RecordAttemptAsync(permit, AttemptOutcome.NoAnswer, Token));

        // Expires 10:02, to be recorded by 11:02 (one hour later).
        Assert.Equal(Monday10 + Duration.FromMinutes(62), permit.RecordBy);
        Assert.Equal(ContactPermitProblem.TooLateToRecord, exception.Problem);
        Assert.Empty(test.Attempts.Permitted);
    }

    [Fact]
    public async Task RecordAttemptAsync_PermitIssuedByAnotherGate_Refused()
    {
        var first = new TestGate(TestGates.SaudiPack(), Monday10);
        var second = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await first.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;

        var exception = await Assert.ThrowsAsync<ContactPermitException>(() => second.Gate.RecordAttemptAsync(permit, AttemptOutcome.NoAnswer, Token));

        Assert.Equal(ContactPermitProblem.IssuedByAnotherGate, exception.Problem);
        Assert.Empty(second.Attempts.Permitted);
    }

    [Fact]
    public async Task AuthorizeAsync_IssuedAMinuteBeforeTheWindowCloses_ExpiresWhenItCloses()
    {
        // Sunday–Thursday 09:00–17:00 in Riyadh: a permit issued at 16:59:30 is valid until 17:00:00, not 17:01:30.
        var late = Zones.InRiyadh(2026, 1, 12, 16, 59) + Duration.FromSeconds(30);
        var test = new TestGate(TestGates.SaudiPack(), late);

        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(late), Token)).Permit!;

        Assert.Equal(Zones.InRiyadh(2026, 1, 12, 17, 0), permit.ExpiresAt);
    }

    [Fact]
    public async Task AuthorizeAsync_AnOptOutRecordedToTakeEffectInAMinute_ThePermitExpiresThen()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        test.Restrictions.AddOptOut(TestRequests.Debtor, new ChannelOptOut(Channel.Call, Monday10 + Duration.FromSeconds(45)));

        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;

        Assert.Equal(Monday10 + Duration.FromSeconds(45), permit.ExpiresAt);
    }

    [Fact]
    public async Task AuthorizeAsync_APermitNotYetRecorded_CountsTowardsTheCap()
    {
        // A daily limit of one call: two agents asking at once cannot both call.
        var policy = TestPolicies.With(new DailyLimitRule(new RuleId("daily"), TestPolicies.Creditor, ChannelSet.Of(Channel.Call), CapScope.Debtor, 1));
        var test = new TestGate(policy, Monday10);

        var first = await test.Gate.AuthorizeAsync(TestRequests.Call(Monday10), Token);
        var second = await test.Gate.AuthorizeAsync(TestRequests.Call(Monday10), Token);
        test.Clock.Advance(Duration.FromMinutes(63));
        var afterTheDeadline = await test.Gate.AuthorizeAsync(TestRequests.Call(Monday10), Token);

        Assert.True(first.IsAllowed);
        Assert.Equal([ContactRuleCode.DailyLimitReached], second.Decision.Codes);

        // The first permit was never recorded: past its recording deadline it no longer counts (no attempt was made on it).
        Assert.True(afterTheDeadline.IsAllowed);
    }

    [Fact]
    public async Task AuthorizeAsync_ManyAtOnceForOneDebtor_NoMoreThanTheCapArePermitted()
    {
        var policy = TestPolicies.With(TestPolicies.CallCap(3, 7, CapScope.Debtor));
        var test = new TestGate(policy, Monday10);

        var authorizations = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => test.Gate.AuthorizeAsync(TestRequests.Call(Monday10), Token), Token)));

        Assert.Equal(3, authorizations.Count(a => a.IsAllowed));
        Assert.Equal(20, test.Sink.Decisions.Count);
    }

    [Fact]
    public async Task ContactAsync_GatewayFails_NothingRecordedAndTheHostMayRecordWhatHappened()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        test.Gateway.Failure = new IOException("provider unreachable");

        await Assert.ThrowsAsync<IOException>(() => test.Gate.ContactAsync(TestGates.Call(Monday10), test.Gateway, Token));
        var permit = Assert.Single(test.Gateway.Sent);
        Assert.Empty(test.Attempts.Permitted);
        await test.Gate.RecordAttemptAsync(permit, AttemptOutcome.Disconnected, Token);

        Assert.Equal(AttemptOutcome.Disconnected, Assert.Single(test.Attempts.Permitted).Attempt.Outcome);
    }

    [Fact]
    public async Task RecordAttemptAsync_StartedWithinThePermit_KeepsTheHostsInstant()
    {
        var test = new TestGate(TestGates.SaudiPack(), Monday10);
        var permit = (await test.Gate.AuthorizeAsync(TestGates.Call(Monday10), Token)).Permit!;
        test.Clock.Advance(Duration.FromMinutes(15));
        var dialled = Monday10 + Duration.FromSeconds(40);

        var recorded = await test.Gate.RecordAttemptAsync(
            permit, new PriorAttempt(dialled, Channel.Call, AttemptOutcome.RightParty, TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile), Token);

        Assert.Equal(dialled, recorded.Attempt.At);
        Assert.Equal(Monday10 + Duration.FromMinutes(15), recorded.RecordedAt);
        Assert.Equal(permit.Decision.PolicyVersion, recorded.PolicyVersion);
        Assert.Equal(TestGates.Script.Id, recorded.TemplateId);
    }
}
