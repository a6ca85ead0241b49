using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>Disputes and legal holds, opt-outs, do-not-contact and cease-communication.</summary>
public sealed class RestrictionRuleTests
{
    private static readonly Collections.ContactPolicy.ContactPolicy Saudi = TestPolicies.Saudi();

    // A dispute about ACC-1 opened Monday 2026-01-05 08:00Z (11:00 Riyadh).
    private static readonly Instant Opened = Zones.Utc(2026, 1, 5, 8, 0);

    private static ContactRequest WithHolds(ContactRequest request, params ContactHold[] holds) =>
        request with { Restrictions = request.Restrictions with { Holds = [.. holds] } };

    [Fact]
    public void Decide_DisputeOpen_RefusedUntilResolvedWithNoInstant()
    {
        var request = WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 6, 10, 0)), new ContactHold(HoldKind.Dispute, Opened));

        var decision = Saudi.Decide(request, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.DisputeOpen], decision.Codes);
        Assert.Equal(NextAllowedKind.WhenHoldLifted, decision.NextAllowed);
        Assert.Null(decision.NextAllowedAt);
        Assert.Equal(DenialKind.UntilHoldLifted, decision.Denials[0].Kind);
        Assert.Equal("A dispute about debt ACC-1 has been open since 2026-01-05 11:00 (Asia/Riyadh, +03:00): no reminders until it is resolved.", decision.Denials[0].Explanation.English);
    }

    [Fact]
    public void Decide_DisputeOpenedAndResolved_AllowedAgainFromTheResolution()
    {
        // Resolved Wednesday 2026-01-07 12:00Z (15:00 Riyadh, inside the window).
        var resolved = new ContactHold(HoldKind.Dispute, Opened, Zones.Utc(2026, 1, 7, 12, 0));

        var before = Saudi.Decide(WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 5, 10, 0)), resolved), ContactHistory.Empty);
        var during = Saudi.Decide(WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 6, 10, 0)), resolved), ContactHistory.Empty);
        var after = Saudi.Decide(WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 7, 15, 0)), resolved), ContactHistory.Empty);

        Assert.True(before.IsAllowed);
        Assert.Equal([ContactRuleCode.DisputeOpen], during.Codes);
        Assert.Equal(Zones.Utc(2026, 1, 7, 12, 0), during.NextAllowedAt);
        Assert.True(after.IsAllowed);
    }

    [Fact]
    public void Decide_DisputeResolvedAfterHours_NextAllowedIsTheNextWindow()
    {
        var resolved = new ContactHold(HoldKind.Dispute, Opened, Zones.Utc(2026, 1, 7, 15, 0)); // 18:00 Riyadh

        var during = Saudi.Decide(WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 6, 10, 0)), resolved), ContactHistory.Empty);

        Assert.Equal(Zones.InRiyadh(2026, 1, 8, 9, 0), during.NextAllowedAt);
    }

    [Fact]
    public void Decide_DisputeFreezesEveryChannelAboutTheDebtOnly()
    {
        var hold = new ContactHold(HoldKind.Dispute, Opened);
        var at = Zones.InRiyadh(2026, 1, 6, 10, 0);

        Assert.False(Saudi.Decide(WithHolds(TestRequests.On(Channel.Sms, at), hold), ContactHistory.Empty).IsAllowed);
        Assert.False(Saudi.Decide(WithHolds(TestRequests.On(Channel.Letter, at), hold), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_LegalHold_RefusedWithItsOwnCode()
    {
        var request = WithHolds(TestRequests.Call(Zones.InRiyadh(2026, 1, 6, 10, 0)), new ContactHold(HoldKind.LegalHold, Opened));

        Assert.Equal([ContactRuleCode.LegalHold], Saudi.Decide(request, ContactHistory.Empty).Codes);
    }

    [Fact]
    public void Decide_OptedOutOfSms_SmsNeverAllowedCallsStillAre()
    {
        var at = Zones.InRiyadh(2026, 1, 6, 10, 0);
        var restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Sms, Zones.Utc(2026, 1, 1, 0, 0))] };

        var sms = Saudi.Decide(TestRequests.On(Channel.Sms, at) with { Restrictions = restrictions }, ContactHistory.Empty);
        var call = Saudi.Decide(TestRequests.Call(at) with { Restrictions = restrictions }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.OptedOut], sms.Codes);
        Assert.Equal(NextAllowedKind.Never, sms.NextAllowed);
        Assert.Null(sms.NextAllowedAt);
        Assert.True(call.IsAllowed);
    }

    [Fact]
    public void Decide_OptOutOfOneNumber_AnotherNumberStillAllowed()
    {
        var at = Zones.InRiyadh(2026, 1, 6, 10, 0);
        var restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0), TestRequests.Mobile)] };

        Assert.False(Saudi.Decide(TestRequests.Call(at) with { Restrictions = restrictions }, ContactHistory.Empty).IsAllowed);
        Assert.True(Saudi.Decide(TestRequests.Call(at) with { Restrictions = restrictions, ContactPointId = new ContactPointId("CP-LANDLINE") }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_OptOutRecordedLater_AllowedBeforeButTheNextAllowedSearchStopsAtIt()
    {
        // Friday 2026-01-09 (rest day); the debtor opts out of calls on Saturday: next allowed would be Sunday, but never is.
        var restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 10, 12, 0))] };

        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 9, 10, 0)) with { Restrictions = restrictions }, ContactHistory.Empty);

        Assert.Equal(NextAllowedKind.Never, decision.NextAllowed);
        Assert.True(Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 8, 10, 0)) with { Restrictions = restrictions }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_DoNotContactAndCeaseCommunication_NeverAllowed()
    {
        var at = Zones.InRiyadh(2026, 1, 6, 10, 0);
        var doNotContact = ContactRestrictions.None with { DoNotContactSince = Zones.Utc(2026, 1, 2, 0, 0) };
        var cease = ContactRestrictions.None with { CeaseCommunicationSince = Zones.Utc(2026, 1, 2, 0, 0) };

        var first = Saudi.Decide(TestRequests.Call(at) with { Restrictions = doNotContact }, ContactHistory.Empty);
        var second = Saudi.Decide(TestRequests.On(Channel.Email, at) with { Restrictions = cease }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.DoNotContact], first.Codes);
        Assert.Equal(NextAllowedKind.Never, first.NextAllowed);
        Assert.Equal([ContactRuleCode.CeaseCommunication], second.Codes);
        Assert.Equal(NextAllowedKind.Never, second.NextAllowed);
        Assert.Equal("طلب المدين بتاريخ 2026-01-02 03:00 (Asia/Riyadh, +03:00) إيقاف التواصل.", second.Denials[0].Explanation.Arabic);
    }

    [Fact]
    public void Decide_PolicyWithoutRestrictionRules_DoesNotReadRestrictions()
    {
        // Restrictions are facts; the policy decides which it honours. A policy with only hours ignores an opt-out.
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(9, 0), new LocalTime(17, 0)));
        var restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0))] };

        Assert.True(policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 6, 10, 0)) with { Restrictions = restrictions }, ContactHistory.Empty).IsAllowed);
    }
}
