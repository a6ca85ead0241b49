using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Decisions;

/// <summary>The policy as a whole: versions, effective dates, the builder's checks, denials listed together, the search horizon.</summary>
public sealed class ContactPolicyTests
{
    [Fact]
    public void Decide_BeforeTheEffectiveDate_RefusedUntilItStartsInTheCreditorsZone()
    {
        var builder = TestPolicies.Builder();
        builder.EffectiveFrom = new LocalDate(2026, 2, 1);
        var policy = builder.Add(TestPolicies.Hours(new LocalTime(9, 0), new LocalTime(17, 0))).Build();

        var decision = policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 31, 10, 0)), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.PolicyNotInForce], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 2, 1, 9, 0), decision.NextAllowedAt); // the start of the day, then the first window
        Assert.Equal(Zones.InRiyadh(2026, 2, 1, 0, 0), decision.Denials[0].LiftsAt);
        Assert.Equal("test-policy/effective-from", decision.Denials[0].RuleId.Value);
    }

    [Fact]
    public void Decide_SeveralRulesRefuse_EveryOneIsListedInPolicyOrder()
    {
        var policy = TestPolicies.Saudi();
        var request = TestRequests.Call(Zones.InRiyadh(2026, 3, 20, 20, 0)) with
        {
            Restrictions = ContactRestrictions.None with { Holds = [new ContactHold(HoldKind.Dispute, Zones.Utc(2026, 3, 1, 0, 0), Zones.Utc(2026, 3, 25, 0, 0))] },
        };

        // Friday 2026-03-20 (1 Shawwal 1447): outside hours, rest day, Eid al-Fitr, and a dispute until 2026-03-25 00:00Z.
        var decision = policy.Decide(request, ContactHistory.Empty);

        Assert.Equal(
            [ContactRuleCode.OutsideContactWindow, ContactRuleCode.WeeklyRestDay, ContactRuleCode.PublicHoliday, ContactRuleCode.DisputeOpen],
            decision.Codes);
        // The dispute ends Wednesday 2026-03-25 03:00 Riyadh; the window opens at 09:00.
        Assert.Equal(Zones.InRiyadh(2026, 3, 25, 9, 0), decision.NextAllowedAt);
        Assert.Equal(
            "Refused: Outside contact hours, Weekly rest day, Public holiday, Open dispute; next allowed at 2026-03-25 06:00Z (test-policy v1).",
            decision.Summary.English);
    }

    [Theory]
    [InlineData(2026, 3, 19, 2026, 3, 23)] // Eid al-Fitr 1447: Thursday 19 to Sunday 22 March; Monday 23 at 09:00
    [InlineData(2026, 5, 26, 2026, 5, 31)] // Eid al-Adha 1447: Tuesday 26 to Friday 29 May, then Saturday; Sunday 31 at 09:00
    [InlineData(2027, 3, 9, 2027, 3, 14)]  // Eid al-Fitr 1448: Tuesday 9 to Friday 12 March, then Saturday; Sunday 14
    [InlineData(2027, 5, 15, 2027, 5, 19)] // Eid al-Adha 1448: Saturday 15 to Tuesday 18 May; Wednesday 19
    public void Decide_OnTheFirstDayOfEid_NextAllowedTheFirstWorkingDayAfter(int year, int month, int day, int nextYear, int nextMonth, int nextDay)
    {
        var decision = TestPolicies.Saudi().Decide(TestRequests.Call(Zones.InRiyadh(year, month, day, 10, 0)), ContactHistory.Empty);

        Assert.Contains(ContactRuleCode.PublicHoliday, decision.Codes);
        Assert.Equal(Zones.InRiyadh(nextYear, nextMonth, nextDay, 9, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_AnnouncedEidOneDayLater_TheComputedFirstDayIsAWorkingDay()
    {
        // Announced: Eid al-Fitr 1447 holiday 2026-03-20..23 instead of the computed 03-19..22.
        var announced = new AnnouncedPeriod(new PeriodId("eid_al_fitr"), new LocalDate(2026, 3, 20), 4);
        var policy = TestPolicies.Saudi();

        var thursday = policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 3, 19, 10, 0)) with { AnnouncedPeriods = [announced] }, ContactHistory.Empty);
        var monday = policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 3, 23, 10, 0)) with { AnnouncedPeriods = [announced] }, ContactHistory.Empty);

        Assert.True(thursday.IsAllowed); // 30 Ramadan by the announcement: Ramadan hours 10:00–15:00
        Assert.Equal([ContactRuleCode.PublicHoliday], monday.Codes);
        Assert.Contains("as announced", monday.Denials[0].Explanation.English, StringComparison.Ordinal);
        Assert.Equal(Zones.InRiyadh(2026, 3, 24, 9, 0), monday.NextAllowedAt);
    }

    [Fact]
    public void Decide_NoWindowWithin400Days_SaysBeyondTheSearchHorizon()
    {
        // Windows only on Mondays, Mondays all rest days: never allowed, but only timed rules refuse.
        var policy = TestPolicies.With(
            TestPolicies.Hours(new LocalTime(9, 0), new LocalTime(17, 0), [IsoDayOfWeek.Monday]),
            new WeeklyRestDaysRule(new RuleId("rest"), TestPolicies.Creditor, ChannelSet.All, [IsoDayOfWeek.Monday]));

        var decision = policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 5, 10, 0)), ContactHistory.Empty);

        Assert.Equal(NextAllowedKind.BeyondSearchHorizon, decision.NextAllowed);
        Assert.Null(decision.NextAllowedAt);
        Assert.Contains("not allowed within the next 400 days", decision.Summary.English, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoryLookback_IsTheLongestRuleWindow()
    {
        Assert.Equal(Duration.FromDays(30), TestPolicies.Saudi().HistoryLookback);
        Assert.Equal(Duration.Zero, TestPolicies.With(TestPolicies.SaudiWeekend()).HistoryLookback);
    }

    [Fact]
    public void Build_MissingVersionFieldsAndBadRules_ListsEveryViolation()
    {
        var builder = new ContactPolicyBuilder(new PolicyId("p"), new CreditorId("c"))
        {
            ApprovedOn = new LocalDate(2026, 2, 1),
            EffectiveFrom = new LocalDate(2026, 1, 1),
        };
        builder.Add(TestPolicies.CallCap(0, 7)).Add(TestPolicies.CallCap(3, 0)).Add(new AllowedChannelsRule(new RuleId("channels"), TestPolicies.Creditor, []));

        var exception = Assert.Throws<ContactPolicyException>(builder.Build);

        Assert.Equal(
            [
                "version: a version label is required",
                "approvedBy: who approved the policy is required",
                "effectiveFrom: the policy cannot take effect (2026-01-01) before it is approved (2026-02-01)",
                "rules[0].maxAttempts: a cap must allow at least 1 attempt (got 0); to stop contact on a channel, leave it out of allowed_channels",
                "rules[1].id: rule id 'call-cap' is already used by rules[0]",
                "rules[1].days: the window must be 1 to 366 days (got 0)",
                "rules[2].channels: at least one channel must be allowed (to stop all contact, use do_not_contact)",
            ],
            exception.Violations.Select(v => v.ToString()));
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Build_NegativeValues_MessagesUseTheInvariantMinusSign()
    {
        var builder = TestPolicies.Builder().Add(TestPolicies.CallCap(-1, -7));

        var exception = Assert.Throws<ContactPolicyException>(builder.Build);

        Assert.Contains("rules[0].maxAttempts: a cap must allow at least 1 attempt (got -1)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("rules[0].days: the window must be 1 to 366 days (got -7)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_ReplaceAndRemove_ByRuleId()
    {
        var builder = TestPolicies.Builder().AddPack(RulePacks.SaudiSama2025);
        var hours = new ContactWindowRule(
            new RuleId("sa-sama-2025/working-hours"), TestPolicies.Creditor, ChannelSet.All, ContactWindow.OnDays(TestPolicies.SundayToThursday, new LocalTime(8, 0), new LocalTime(16, 0)));

        builder.Replace(hours).Remove(new RuleId("sa-sama-2025/templates"));

        Assert.Same(hours, builder.Rules[2]);
        Assert.DoesNotContain(builder.Rules, r => r.Id.Value == "sa-sama-2025/templates");
        Assert.Throws<ArgumentException>(() => builder.Replace(TestPolicies.CallCap(1, 1)));
        Assert.Throws<ArgumentException>(() => builder.Remove(new RuleId("nothing")));
    }

    [Fact]
    public void ContactHistory_IncompleteAttempt_IsRefusedNamingItsPosition()
    {
        var exception = Assert.Throws<ArgumentException>(() => ContactHistory.Of([TestRequests.Attempt(Zones.Utc(2026, 1, 1, 0, 0)), default]));

        Assert.Contains("incomplete at positions 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContactHistory_AnOutcomeItsChannelCannotHave_IsRefusedNamingPositionAndPair()
    {
        var at = Zones.Utc(2026, 1, 1, 0, 0);

        var exception = Assert.Throws<ArgumentException>(() => ContactHistory.Of(
            [TestRequests.Attempt(at), TestRequests.Attempt(at, Channel.Sms, AttemptOutcome.RightParty), TestRequests.Attempt(at, Channel.Call, AttemptOutcome.Delivered)]));

        Assert.Equal("attempts", exception.ParamName);
        Assert.Contains("an outcome its channel cannot have at positions 1 (right_party on sms), 2 (delivered on call)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContactRequest_WithoutTimeZones_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => TestRequests.Call(Zones.Utc(2026, 1, 1, 0, 0)) with { TimeZones = [] });
        Assert.Throws<ArgumentException>(() => new ContactRequest(TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile, Channel.Call, Instant.MinValue, []));
    }

    [Fact]
    public void Explain_SaudiTestPolicy_DescribesEveryRuleWithItsSource()
    {
        var explanation = TestPolicies.Saudi().Explain();

        Assert.Equal(TestPolicies.Saudi().Rules.Length, explanation.Rules.Length);
        Assert.Equal("Creditor CRED-1; version 1, approved by Compliance officer on 2025-01-01, in force from 2025-01-01 (Asia/Riyadh).", explanation.Header.English);
        var hours = explanation.Rules.Single(r => r.Id.Value == "hours").Text;
        Assert.Contains("Sunday, Monday, Tuesday, Wednesday, Thursday: 09:00–17:00", hours.English, StringComparison.Ordinal);
        Assert.Contains("21:00–01:00 (next day)", hours.English, StringComparison.Ordinal);
        Assert.Contains("الأحد، الاثنين، الثلاثاء، الأربعاء، الخميس: 09:00–17:00", hours.Arabic, StringComparison.Ordinal);
        var markdown = TestPolicies.Saudi().Explain().ToMarkdown(Language.Arabic);
        Assert.Contains("المصدر: تعليمات اختبار (تعليمات الجهة الدائنة)", markdown, StringComparison.Ordinal);
    }
}
