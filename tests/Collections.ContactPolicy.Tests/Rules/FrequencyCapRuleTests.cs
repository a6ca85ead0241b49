using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>Rolling caps, daily limits, waiting after a conversation and minimum gaps, by hand.</summary>
public sealed class FrequencyCapRuleTests
{
    // Ten calls made Sunday 2026-01-04 07:00Z and then every day at 07:00Z up to 2026-01-13 (ten days).
    private static readonly Instant[] TenCalls = [.. Enumerable.Range(0, 10).Select(i => Zones.Utc(2026, 1, 4, 7, 0) + Duration.FromDays(i))];

    [Fact]
    public void Decide_CapReachedExactlyAtItsWindowEdge_TheOldestAttemptNoLongerCounts()
    {
        // 10 calls in 30 days; the oldest was at 2026-01-04 07:00Z. 30 × 24 h later is 2026-02-03 07:00Z: it no longer counts ((t − D, t]).
        var policy = TestPolicies.With(TestPolicies.CallCap(10, 30));
        var history = TestRequests.History(TenCalls);

        var atTheEdge = policy.Decide(TestRequests.Call(Zones.Utc(2026, 2, 3, 7, 0)), history);
        var aMinuteBefore = policy.Decide(TestRequests.Call(Zones.Utc(2026, 2, 3, 6, 59)), history);
        var aTickBefore = policy.Decide(TestRequests.Call(Zones.Utc(2026, 2, 3, 7, 0) - Duration.Epsilon), history);

        Assert.True(atTheEdge.IsAllowed);
        Assert.False(aMinuteBefore.IsAllowed);
        Assert.False(aTickBefore.IsAllowed);
        Assert.Equal(ContactRuleCode.FrequencyCapReached, aMinuteBefore.Denials.Single().Code);
        Assert.Equal(Zones.Utc(2026, 2, 3, 7, 0), aMinuteBefore.NextAllowedAt);
        Assert.Equal(
            "At most 10 attempts by Call in 30 days per debt: 10 attempts already made in the last 30 days; the cap allows another from 2026-02-03 10:00 (Asia/Riyadh, +03:00).",
            aMinuteBefore.Denials[0].Explanation.English);
        Assert.Equal(
            "الحد الأقصى 10 محاولات عبر اتصال هاتفي خلال 30 يوماً لكل دين: تم إجراء 10 محاولات خلال آخر 30 يوماً؛ يسمح الحد بمحاولة أخرى اعتباراً من 2026-02-03 10:00 (Asia/Riyadh, +03:00).",
            aMinuteBefore.Denials[0].Explanation.Arabic);
    }

    [Fact]
    public void Decide_CapOfTwoReached_ArabicDualsInTheirCase()
    {
        // 2 calls in 2 days: "at most" takes the nominative dual (محاولتان); "made" (تم إجراء) and "in" (خلال) the genitive
        // (محاولتين، يومين). Calls at 2026-01-04 and 2026-01-05 07:00Z; the first stops counting 2026-01-06 07:00Z (10:00 Riyadh).
        var policy = TestPolicies.With(TestPolicies.CallCap(2, 2));

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 5, 9, 0)), TestRequests.History(TenCalls[..2]));

        Assert.Equal(
            "At most 2 attempts by Call in 2 days per debt: 2 attempts already made in the last 2 days; the cap allows another from 2026-01-06 10:00 (Asia/Riyadh, +03:00).",
            decision.Denials[0].Explanation.English);
        Assert.Equal(
            "الحد الأقصى محاولتان عبر اتصال هاتفي خلال يومين لكل دين: تم إجراء محاولتين خلال آخر يومين؛ يسمح الحد بمحاولة أخرى اعتباراً من 2026-01-06 10:00 (Asia/Riyadh, +03:00).",
            decision.Denials[0].Explanation.Arabic);
    }

    [Fact]
    public void Decide_CapWithNineCalls_AllowsTheTenth()
    {
        var policy = TestPolicies.With(TestPolicies.CallCap(10, 30));

        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 14, 7, 0)), TestRequests.History(TenCalls[..9])).IsAllowed);
        Assert.False(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 14, 7, 0)), TestRequests.History(TenCalls)).IsAllowed);
    }

    [Fact]
    public void Decide_CapInTheSaudiPolicy_NextAllowedFallsInsideTheWindowAfterTheEdge()
    {
        // Saudi test policy (Sunday–Thursday 09:00–17:00 Riyadh). The cap lifts at Tuesday 2026-02-03 07:00Z = 10:00 Riyadh, inside the window.
        var decision = TestPolicies.Saudi().Decide(TestRequests.Call(Zones.InRiyadh(2026, 2, 2, 9, 0)), TestRequests.History(TenCalls));

        Assert.Equal([ContactRuleCode.FrequencyCapReached], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 2, 3, 10, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_CapLiftingAtNight_NextAllowedIsTheNextWindow()
    {
        // Same calls at 15:00Z (18:00 Riyadh): the cap lifts 2026-02-03 15:00Z, after hours; next window Wednesday 09:00.
        var evening = TestRequests.History([.. TenCalls.Select(c => c + Duration.FromHours(8))]);

        var decision = TestPolicies.Saudi().Decide(TestRequests.Call(Zones.InRiyadh(2026, 2, 3, 9, 0)), evening);

        Assert.Equal(Zones.InRiyadh(2026, 2, 4, 9, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_CapPerDebt_CallsAboutAnotherDebtDoNotCount_PerDebtorTheyDo()
    {
        var otherDebt = ContactHistory.Of(TenCalls.Select(c => TestRequests.Attempt(c) with { AccountId = TestRequests.OtherAccount }));
        var at = TestRequests.Call(Zones.Utc(2026, 1, 20, 7, 0));

        Assert.True(TestPolicies.With(TestPolicies.CallCap(10, 30, CapScope.Debt)).Decide(at, otherDebt).IsAllowed);
        Assert.False(TestPolicies.With(TestPolicies.CallCap(10, 30, CapScope.Debtor)).Decide(at, otherDebt).IsAllowed);
    }

    [Fact]
    public void Decide_CapOnCalls_SmsAttemptsNeitherCountNorAreLimited()
    {
        var policy = TestPolicies.With(TestPolicies.CallCap(1, 7));
        var sms = ContactHistory.Of([TestRequests.Attempt(Zones.Utc(2026, 1, 5, 7, 0), Channel.Sms, AttemptOutcome.Delivered)]);

        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 6, 7, 0)), sms).IsAllowed);
        Assert.True(policy.Decide(TestRequests.On(Channel.Sms, Zones.Utc(2026, 1, 6, 7, 0)), TestRequests.History(Zones.Utc(2026, 1, 5, 7, 0))).IsAllowed);
    }

    [Fact]
    public void Decide_DailyLimitInTheDebtorsLocalDay_LiftsAtLocalMidnight()
    {
        // At most 2 calls per local day. Calls at 2026-01-05 06:00Z and 12:00Z (09:00 and 15:00 Riyadh).
        var policy = TestPolicies.With(new DailyLimitRule(new RuleId("daily"), TestPolicies.Creditor, ChannelSet.All, CapScope.Debtor, 2));
        var history = TestRequests.History(Zones.Utc(2026, 1, 5, 6, 0), Zones.Utc(2026, 1, 5, 12, 0));

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 5, 18, 0)), history);

        Assert.Equal([ContactRuleCode.DailyLimitReached], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 1, 6, 0, 0), decision.NextAllowedAt); // 2026-01-05 21:00Z
        // 21:30Z on the 5th is already the 6th in Riyadh.
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 5, 21, 30)), history).IsAllowed);
    }

    [Fact]
    public void Decide_CallAfterAConversation_WaitsSevenTimes24Hours()
    {
        // A right-party call on Monday 2026-01-05 13:00Z; no call about the debt for 7 days: allowed again 2026-01-12 13:00Z.
        var policy = TestPolicies.With(new ConversationWaitRule(
            new RuleId("wait"), TestPolicies.Creditor, ChannelSet.Of(Channel.Call), CapScope.Debt, 7, ChannelSet.Of(Channel.Call)));
        var history = ContactHistory.Of([TestRequests.Attempt(Zones.Utc(2026, 1, 5, 13, 0), outcome: AttemptOutcome.RightParty)]);

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 8, 13, 0)), history);

        Assert.Equal([ContactRuleCode.WaitingAfterConversation], decision.Codes);
        Assert.Equal(Zones.Utc(2026, 1, 12, 13, 0), decision.NextAllowedAt);
        Assert.True(policy.Decide(TestRequests.On(Channel.Sms, Zones.Utc(2026, 1, 8, 13, 0)), history).IsAllowed); // SMS not restricted
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 8, 13, 0)) with { AccountId = TestRequests.OtherAccount }, history).IsAllowed);
        Assert.True(policy.Decide(
            TestRequests.Call(Zones.Utc(2026, 1, 8, 13, 0)),
            ContactHistory.Of([TestRequests.Attempt(Zones.Utc(2026, 1, 5, 13, 0), outcome: AttemptOutcome.Voicemail)])).IsAllowed);
    }

    [Fact]
    public void Decide_MinimumGapBetweenAttempts_AllowedExactlyOneGapLater()
    {
        var policy = TestPolicies.With(new MinimumGapRule(new RuleId("gap"), TestPolicies.Creditor, ChannelSet.All, CapScope.ContactPoint, 120));
        var history = TestRequests.History(Zones.Utc(2026, 1, 5, 7, 0));

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 5, 8, 30)), history);

        Assert.Equal(Zones.Utc(2026, 1, 5, 9, 0), decision.NextAllowedAt);
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 5, 9, 0)), history).IsAllowed);
    }
}
