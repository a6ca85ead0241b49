using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Replay;

/// <summary>Replaying a recorded history: refusals by reason with examples, and a current policy compared with a proposed one.</summary>
public sealed class ContactPolicyReplayTests
{
    /// <summary>Current: every day 09:00–17:00, Friday–Saturday off, 2 calls per debtor in 7 days.</summary>
    private static readonly Collections.ContactPolicy.ContactPolicy Current = TestPolicies.With(
        TestPolicies.Hours(new LocalTime(9, 0), new LocalTime(17, 0)),
        TestPolicies.SaudiWeekend(),
        TestPolicies.CallCap(2, 7, CapScope.Debtor));

    /// <summary>Proposed: 08:00–21:00, the same rest days, 3 calls in 7 days, and an hour between attempts.</summary>
    private static readonly Collections.ContactPolicy.ContactPolicy Proposed = TestPolicies.With(
        TestPolicies.Hours(new LocalTime(8, 0), new LocalTime(21, 0)),
        TestPolicies.SaudiWeekend(),
        TestPolicies.CallCap(3, 7, CapScope.Debtor),
        new MinimumGapRule(new RuleId("gap"), TestPolicies.Creditor, ChannelSet.All, CapScope.Debtor, 60));

    /// <summary>Five calls in the week of Sunday 2026-01-11, in Riyadh, given out of order.</summary>
    private static readonly HistoricalAttempt[] Week =
    [
        Call(2026, 1, 11, 20, 0),  // Sunday night
        Call(2026, 1, 11, 10, 0),  // Sunday morning
        Call(2026, 1, 11, 10, 30), // half an hour later
        Call(2026, 1, 16, 10, 0),  // Friday
        Call(2026, 1, 12, 10, 0),  // Monday
    ];

    private static HistoricalAttempt Call(int year, int month, int day, int hour, int minute) =>
        new(TestRequests.Call(Zones.InRiyadh(year, month, day, hour, minute)), AttemptOutcome.NoAnswer);

    [Fact]
    public void Run_AWeekOfCalls_RefusalsByReasonCountingEveryAttemptMadeBefore()
    {
        var report = ContactPolicyReplay.Run(Current, Week);

        // In time order: Sun 10:00 allowed; Sun 10:30 allowed (one call before); Sun 20:00 after hours and the third call;
        // Mon 10:00 the fourth (the refused night call was still made, so it counts); Fri 10:00 a rest day and over the cap.
        Assert.Equal([true, true, false, false, false], report.Decisions.Select(d => d.Verdict.IsAllowed));
        Assert.Equal(Zones.InRiyadh(2026, 1, 11, 10, 0), report.First);
        Assert.Equal((5, 2, 3), (report.Attempts, report.Allowed, report.Refused));
        Assert.Equal(new Rate(3, 5), report.RefusedRate);
        Assert.Equal(
            [(ContactRuleCode.FrequencyCapReached, 3), (ContactRuleCode.OutsideContactWindow, 1), (ContactRuleCode.WeeklyRestDay, 1)],
            report.ByCode.Select(c => (c.Code, c.Count)));
        var night = Assert.Single(report.ByCode.Single(c => c.Code == ContactRuleCode.OutsideContactWindow).Examples);
        Assert.Equal(Zones.InRiyadh(2026, 1, 11, 20, 0), night.Attempt.Request.At);
        Assert.Equal("hours", night.Denial.RuleId.Value);
        Assert.Contains("2026-01-11 20:00 (Asia/Riyadh, +03:00)", night.Denial.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("خارج ساعات الاتصال المعتمدة", night.Denial.Explanation.Arabic, StringComparison.Ordinal);
        Assert.Equal(Current.Sha256, report.PolicySha256);
    }

    [Fact]
    public void Run_ExamplesPerCode_TheFirstInTime()
    {
        var report = ContactPolicyReplay.Run(Current, Week, new ContactReplayOptions { ExamplesPerCode = 2 });

        var cap = report.ByCode.Single(c => c.Code == ContactRuleCode.FrequencyCapReached);
        Assert.Equal(3, cap.Count);
        Assert.Equal([Zones.InRiyadh(2026, 1, 11, 20, 0), Zones.InRiyadh(2026, 1, 12, 10, 0)], cap.Examples.Select(e => e.Attempt.Request.At));
        Assert.All(cap.Examples, e => Assert.Equal(ContactRuleCode.FrequencyCapReached, e.Denial.Code));
    }

    [Fact]
    public void Compare_CurrentAndProposed_NewlyRefusedAndNewlyAllowedWithTheirReasons()
    {
        var comparison = ContactPolicyReplay.Compare(Current, Proposed, Week);

        // Proposed, in time order: Sun 10:00 allowed; 10:30 within the hour; 20:00 inside the longer hours and the third call;
        // Mon 10:00 the fourth call; Fri a rest day.
        Assert.Equal([true, false, true, false, false], comparison.Proposed.Decisions.Select(d => d.Verdict.IsAllowed));
        var refused = Assert.Single(comparison.NewlyRefused.ByCode);
        Assert.Equal((1, ContactRuleCode.MinimumGap), (comparison.NewlyRefused.Count, refused.Code));
        Assert.Equal(Zones.InRiyadh(2026, 1, 11, 10, 30), Assert.Single(refused.Examples).Attempt.Request.At);
        Assert.Equal(1, comparison.NewlyAllowed.Count);
        Assert.Equal([ContactRuleCode.OutsideContactWindow, ContactRuleCode.FrequencyCapReached], comparison.NewlyAllowed.ByCode.Select(c => c.Code).OrderBy(c => c.Value));
        Assert.Equal(
            [(ContactRuleCode.OutsideContactWindow, 1, 0), (ContactRuleCode.WeeklyRestDay, 1, 1), (ContactRuleCode.FrequencyCapReached, 3, 2), (ContactRuleCode.MinimumGap, 0, 1)],
            comparison.CodeChanges.Select(c => (c.Code, c.Current, c.Proposed)));
    }

    [Fact]
    public void Run_PolicyEffectiveAfterTheHistory_AppliedAsIfInForce()
    {
        var builder = Decisions.ContactPolicyGeneratorsExtensions.ToBuilder(Current);
        builder.ApprovedOn = new LocalDate(2026, 6, 1);
        builder.EffectiveFrom = new LocalDate(2026, 7, 1);

        var report = ContactPolicyReplay.Run(builder.Build(), Week);

        Assert.Equal([true, true, false, false, false], report.Decisions.Select(d => d.Verdict.IsAllowed));
        Assert.DoesNotContain(report.ByCode, c => c.Code == ContactRuleCode.PolicyNotInForce);
    }

    [Fact]
    public void DecisionRecords_EveryAttemptsFullDecisionInTimeOrder_ForAnAuditSink()
    {
        var records = ContactPolicyReplay.DecisionRecords(Current, Week).ToList();
        var report = ContactPolicyReplay.Run(Current, Week);

        Assert.Equal(report.Decisions.Select(d => d.Verdict.IsAllowed), records.Select(r => r.Decision.IsAllowed));
        Assert.Equal(report.Decisions.Select(d => d.Verdict.NextAllowedAt), records.Select(r => r.Decision.NextAllowedAt));
        Assert.All(records, r => Assert.Equal(ContactDecisionPurpose.Replay, r.Purpose));
        Assert.Equal(["hours", "call-cap"], records[2].Decision.Denials.Select(d => d.RuleId.Value));
    }

    [Fact]
    public void Run_EmptyHistory_NothingRefusedAndTheRateIsNotApplicable()
    {
        var report = ContactPolicyReplay.Run(Current, []);

        Assert.Equal((0, 0, 0), (report.Attempts, report.Allowed, report.Refused));
        Assert.False(report.RefusedRate.IsDefined);
        Assert.Null(report.First);
        Assert.Empty(report.ByCode);
    }

    [Fact]
    public void Run_BadInput_RefusedNamingThePositionOrTheSetting()
    {
        var exception = Assert.Throws<ArgumentException>(() => ContactPolicyReplay.Run(Current, [Week[0], null!, Week[1]]));
        var examples = Assert.Throws<ArgumentOutOfRangeException>(() => new ContactReplayOptions { ExamplesPerCode = 101 });
        var zoneless = Assert.Throws<ArgumentException>(() => new HistoricalAttempt(
            new ContactRequest(TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile, Channel.Call, Zones.Utc(2026, 1, 1, 0, 0)), AttemptOutcome.NoAnswer));

        Assert.Contains("position(s) 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Examples per code must be 0 to 100", examples.Message, StringComparison.Ordinal);
        Assert.Contains("candidate time zones", zoneless.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ReportsProgressOverBothReplays()
    {
        var seen = new List<ContactReplayProgress>();

        ContactPolicyReplay.Compare(Current, Proposed, Week, new ContactReplayOptions { Progress = new SynchronousProgress(seen.Add) });

        Assert.Equal(new ContactReplayProgress(10, 10), seen[^1]);
        Assert.Equal(seen.Select(p => p.Done).Order(), seen.Select(p => p.Done));
    }

    private sealed class SynchronousProgress(Action<ContactReplayProgress> report) : IProgress<ContactReplayProgress>
    {
        public void Report(ContactReplayProgress value) => report(value);
    }
}
