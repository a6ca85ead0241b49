using System.Globalization;
using Collections.Kpi.Governance;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Each recommendation rule fires on <see cref="GovernanceCase"/> with the values worked out by hand, and stays
/// silent on its mirror case.</summary>
public sealed class RecommendationRuleTests
{
    private static readonly GovernanceReport Report = Build();

    public static RecommendationRule RollRise(decimal rise = 2m, decimal accounts = 4m) =>
        RecommendationRule.Create("roll", RecommendationKind.RollRateRise, Thresholds(("minimumRisePoints", rise), ("minimumAccounts", accounts)));

    public static RecommendationRule ChannelCost(decimal gap = 0.25m, decimal share = 0.5m, decimal attempts = 3m) =>
        RecommendationRule.Create("channel", RecommendationKind.ChannelCost, Thresholds(("minimumGap", gap), ("shareOfSpendToMove", share), ("minimumAttempts", attempts)));

    public static RecommendationRule AgentKept(decimal gap = 10m, decimal due = 2m) =>
        RecommendationRule.Create("agent", RecommendationKind.AgentPromiseKept, Thresholds(("minimumGapPoints", gap), ("minimumPromisesDue", due)));

    public static RecommendationRule TemplateKept(decimal gap = 10m, decimal due = 1m) =>
        RecommendationRule.Create("template", RecommendationKind.TemplatePromiseKept, Thresholds(("minimumGapPoints", gap), ("minimumPromisesDue", due)));

    public static RecommendationRule Escalation(decimal days = 90m, decimal attempts = 6m) =>
        RecommendationRule.Create("escalation", RecommendationKind.EscalationReady, Thresholds(("daysPastDueAbove", days), ("minimumAttemptsWithoutKeptPromise", attempts)));

    public static RecommendationRuleSet FiringRules { get; } =
        RecommendationRuleSet.Create("test", [RollRise(), ChannelCost(), AgentKept(), TemplateKept(), Escalation()]);

    public static string Describe(Recommendation r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.RuleId} {r.Subject.Kind} {r.Subject.Label} [{string.Join(",", r.Subject.Accounts)}] {r.Effect.Code} {r.Effect.Count} {r.Effect.Amount} | {string.Join("; ", r.Evidence.Select(e => $"{e.Code} {e.Kpi} {e.Value} {e.Rate}"))} | {r.Text.English} | {r.Estimate.Arabic}");

    private static Recommendation[] Run(RecommendationRule rule, GovernanceReport? report = null, GovernanceReport? previous = null) =>
        [.. NextQuarterRecommendations.Evaluate(report ?? Report, RecommendationRuleSet.Create("test", [rule]), previous)];

    private static Dictionary<string, decimal> Thresholds(params (string Name, decimal Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void RollRateRise_BothSegmentsFortyPointsAboveTheBaseline_LargerBalanceFirst()
    {
        var found = Run(RollRise());

        Assert.Equal(["late", "early"], found.Select(r => r.Subject.Label));
        var late = found[0];
        Assert.Equal(RecommendationSubjectKind.Segment, late.Subject.Kind);
        Assert.Equal("accounts_kept_from_rolling", late.Effect.Code);
        Assert.Equal(1.6m, late.Effect.Count);          // 4 accounts at risk × (50% − 10%)
        Assert.Equal(Sr(2_400m), late.Effect.Amount);   // 6,000.00 × 40%
        Assert.Equal(Sr(1_120m), found[1].Effect.Amount); // 2,800.00 × 40%
        Assert.Equal(["current", "reference_baseline", "accounts_at_risk", "balance_at_risk"], late.Evidence.Select(e => e.Code));
        Assert.Equal((KpiId.ForwardRollRate, 50m, new Rate(2, 4)), (late.Evidence[0].Kpi, late.Evidence[0].Value, late.Evidence[0].Rate!.Value));
        Assert.Equal(10m, late.Evidence[1].Value);
        Assert.Equal(
            "Segment “late”: the forward roll rate rose from 10% (baseline) to 50%, up 40 percentage points, over 4 accounts at risk of rolling. Review the segment's treatment next quarter: earlier contact and more right-party contact before the next bucket.",
            late.Text.English);
        Assert.StartsWith("If the forward roll rate returns to 10%: 4 accounts at risk × 40 points = 1.6 accounts kept from rolling, and their start balance at risk 6,000.00 SAR × 40% = 2,400.00 SAR kept from rolling.", late.Estimate.English, StringComparison.Ordinal);
        Assert.Contains("خط الأساس", late.Text.Arabic, StringComparison.Ordinal);
        Assert.Contains("2,400.00 SAR", late.Estimate.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void RollRateRise_ComparedWithAnEqualPreviousQuarter_Silent()
    {
        Assert.Empty(Run(RollRise(), previous: Report));
    }

    [Fact]
    public void RollRateRise_PreviousQuarterLower_ComparedWithItRatherThanTheBaseline()
    {
        var previousWeek1Only = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { Baseline = GovernanceCase.Baseline }
            .AddPeriod(GovernanceCase.Report(Week1)).Build();

        // The previous report's segments roll at 50% too (1 of 2 each): no rise.
        Assert.Empty(Run(RollRise(), previous: previousWeek1Only));
    }

    [Fact]
    public void RollRateRise_FewerAccountsAtRiskThanTheMinimum_Silent()
    {
        Assert.Empty(Run(RollRise(accounts: 5m)));
    }

    [Fact]
    public void RollRateRise_NoBaselineAndNoPreviousQuarter_Silent()
    {
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).Build();

        Assert.Empty(Run(RollRise(), report));
    }

    /// <summary>One week: call 10 attempts (4 RPC, 2 productive) at 2.00; visit 4 attempts (3 RPC, 1 productive) at the
    /// given unit cost; SMS 5 delivered at 0.10.</summary>
    private static GovernanceReport ChannelWeek(decimal visitCost)
    {
        var day = Week1.Start;
        var attempts = new List<KpiAttempt>();
        for (var i = 0; i < 10; i++)
        {
            var outcome = i < 4 ? AttemptOutcome.RightParty : AttemptOutcome.NoAnswer;
            attempts.Add(new KpiAttempt(i % 4, Channel.Call, outcome, day) { Results = i < 2 ? ContactResults.Promise : ContactResults.None });
        }

        for (var i = 0; i < 4; i++)
        {
            var outcome = i < 3 ? AttemptOutcome.RightParty : AttemptOutcome.NoAnswer;
            attempts.Add(new KpiAttempt(i, Channel.Visit, outcome, day) { Results = i == 0 ? ContactResults.PaymentPlan : ContactResults.None });
        }

        for (var i = 0; i < 5; i++)
        {
            attempts.Add(new KpiAttempt(i % 4, Channel.Sms, AttemptOutcome.Delivered, day));
        }

        var accumulator = new KpiAccumulator(KpiScope.Create(Week1.Interval, Sar, Buckets)).Add([.. attempts]);
        return new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook)
            .AddPeriod(accumulator.ToReport())
            .AddChannelCost(Channel.Call, Sr(2.00m))
            .AddChannelCost(Channel.Visit, Sr(visitCost))
            .AddChannelCost(Channel.Sms, Sr(0.10m))
            .Build();
    }

    [Fact]
    public void ChannelCost_VisitsTenTimesDearerPerProductiveContact_HalfTheirSpendMovesToCalls()
    {
        // Call: 2 productive / 20.00 = 100 per 1,000 SAR; visit: 1 / 100.00 = 10 per 1,000 SAR (90% fewer).
        var found = Run(ChannelCost(), ChannelWeek(25.00m)).Single();

        Assert.Equal((RecommendationSubjectKind.Channel, "visit"), (found.Subject.Kind, found.Subject.Label));
        Assert.Equal("extra_productive_contacts", found.Effect.Code);
        Assert.Equal(Sr(50.00m), found.Effect.Amount);   // 50% of 100.00
        Assert.Equal(4.5m, found.Effect.Count);         // 50.00 × (2/20.00 − 1/100.00)
        Assert.Equal(["current", "productive_per_cost", "best", "best_productive_per_cost", "attempts", "cost"], found.Evidence.Select(e => e.Code));
        Assert.Equal((KpiId.ChannelContactRate, 25m, new Rate(1, 4)), (found.Evidence[0].Kpi, found.Evidence[0].Value, found.Evidence[0].Rate!.Value));
        Assert.Equal(0.01m, found.Evidence[1].Value);
        Assert.Equal(new Rate(2, 20.00m), found.Evidence[3].Rate);
        Assert.Equal((4m, 100.00m), (found.Evidence[4].Value, found.Evidence[5].Value));
        Assert.Equal(
            "Channel “Field visit”: 10 productive contacts per 1,000 SAR spent, 90% fewer than Call (100 per 1,000 SAR). Move 50% of its spend (50.00 SAR) to Call next quarter.",
            found.Text.English);
        Assert.StartsWith("Spend moved 50.00 SAR (= 50% of 100.00 SAR) ÷ 1,000 × (100 − 10) productive contacts per 1,000 SAR = 4.5 extra productive contacts", found.Estimate.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ChannelCost_VisitsAsProductivePerRiyalAsCalls_Silent()
    {
        // Visit at 2.00: 1 / 8.00 = 125 per 1,000 SAR; the worst is now call (100), only 20% fewer: not above 25%.
        Assert.Empty(Run(ChannelCost(), ChannelWeek(2.00m)));
    }

    [Fact]
    public void ChannelCost_MessageChannelsWithoutRightPartyContacts_NotCompared()
    {
        // The case's SMS never reach the right party (a message outcome never is an RPC): with calls alone there is nothing to compare.
        Assert.Empty(Run(ChannelCost()));
    }

    [Fact]
    public void ChannelCost_FewerAttemptsThanTheMinimum_Silent()
    {
        Assert.Empty(Run(ChannelCost(attempts: 5m), ChannelWeek(25.00m)));
    }

    [Fact]
    public void AgentPromiseKept_FahadFiftyPointsBelowThePool_OneMorePromiseKept()
    {
        var found = Run(AgentKept()).Single();

        Assert.Equal((RecommendationSubjectKind.Agent, "fahad"), (found.Subject.Kind, found.Subject.Label));
        Assert.Equal(1m, found.Effect.Count);                 // 2 due × (50% − 0%)
        Assert.Equal(Sr(128.57m), found.Effect.Amount);       // 500.00 × (250/700 − 10%) = 128.571…
        Assert.Equal((0m, new Rate(0, 2)), (found.Evidence[0].Value, found.Evidence[0].Rate!.Value));
        Assert.Equal((50m, new Rate(2, 4)), (found.Evidence[1].Value, found.Evidence[1].Rate!.Value));
        Assert.Equal(
            "Agent “fahad”: promise-kept rate 0% on 2 promises falling due, 50 percentage points below the pool (50%). Review it next quarter: coaching and call review for an agent, the wording for a template.",
            found.Text.English);
        Assert.StartsWith("موظف التحصيل «fahad»:", found.Text.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentPromiseKept_GapEqualToTheThreshold_Silent()
    {
        Assert.Empty(Run(AgentKept(gap: 50m)));
    }

    [Fact]
    public void AgentPromiseKept_FewerPromisesDueThanTheMinimum_Silent()
    {
        Assert.Empty(Run(AgentKept(due: 3m)));
    }

    [Fact]
    public void TemplatePromiseKept_PtpArBelowThePool_HalfAPromiseMoreKept()
    {
        var found = Run(TemplateKept()).Single();

        Assert.Equal((RecommendationSubjectKind.Template, "ptp-ar"), (found.Subject.Kind, found.Subject.Label));
        Assert.Equal(0.5m, found.Effect.Count);            // 1 due × 50%
        Assert.Equal(Sr(107.14m), found.Effect.Amount);    // 300.00 × (250/700 − 0%) = 107.142…
    }

    [Fact]
    public void TemplatePromiseKept_FewerPromisesDueThanTheMinimum_Silent()
    {
        Assert.Empty(Run(TemplateKept(due: 2m)));
    }

    [Fact]
    public void EscalationReady_OnlyTheUndisputedAccountAbove90DaysWithoutAKeptPromise()
    {
        // A0 is exactly 90 days past due (not above), A1 has an open dispute, A3 kept a promise: only A2.
        var found = Run(Escalation()).Single();

        Assert.Equal(RecommendationSubjectKind.Accounts, found.Subject.Kind);
        Assert.Equal([new AccountId("A2")], found.Subject.Accounts);
        Assert.Equal(("accounts_to_escalate", 1m, Sr(2_000m)), (found.Effect.Code, found.Effect.Count, found.Effect.Amount));
        Assert.Equal(
            "Accounts ripe for legal escalation: 1 (more than 90 days past due, 6 or more attempts and no promise kept this quarter, no open dispute), balance 2,000.00 SAR. Consider them for legal escalation, each only with the creditor's prior written authorization.",
            found.Text.English);
        Assert.Contains("تفويض كتابي مسبق", found.Text.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalationReady_TheAccountKeptAPromise_Silent()
    {
        var activities = Activities.Select(a => a.Account.Value == "A2" ? a with { PromisesKept = 1 } : a);
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).AddAccounts(activities).Build();

        Assert.Empty(Run(Escalation(), report));
    }

    [Fact]
    public void EscalationReady_ACreditBalance_AcceptedAndCarried_NeverEscalated()
    {
        // A2 overpaid: it is owed SAR 150.00 (a credit balance, kept as unapplied credit), so there is nothing to take to court.
        var activities = Activities.Select(a => a.Account.Value == "A2" ? a with { Balance = Sr(-150m) } : a);
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).AddAccounts(activities).Build();

        Assert.Equal(Sr(-150m), report.Accounts.Single(a => a.Account.Value == "A2").Balance);
        Assert.Empty(Run(Escalation(), report));
    }

    [Fact]
    public void Every_recommendation_text_and_estimate_has_its_placeholders_filled_in_both_languages()
    {
        var found = NextQuarterRecommendations.Evaluate(Report, FiringRules)
            .Concat(Run(RollRise(), previous: new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook)
                .AddPeriod(new KpiAccumulator(KpiScope.Create(Week1.Interval, Sar, Buckets, Breakdowns)).Add(Week1Accounts[0]).Add(Week1Accounts[3]).ToReport()).Build()))
            .Concat(Run(ChannelCost(), ChannelWeek(25.00m)))
            .ToList();

        Assert.Equal(8, found.Count); // 5 with the firing rules, 2 segments against a previous quarter that did not roll, 1 channel
        Assert.Contains(found, r => r.Evidence.Any(e => e.Code == "reference_previous"));
        Assert.All(found, r =>
        {
            foreach (var text in new[] { r.Text.English, r.Text.Arabic, r.Estimate.English, r.Estimate.Arabic })
            {
                Assert.DoesNotContain('{', text);
                Assert.DoesNotContain('}', text);
            }

            Assert.All(r.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Title.Arabic)));
            Assert.False(string.IsNullOrWhiteSpace(r.Effect.Title.Arabic));
        });
    }

    [Fact]
    public void Evaluate_RulesInRuleSetOrder()
    {
        var found = NextQuarterRecommendations.Evaluate(Report, FiringRules);

        Assert.Equal(["roll", "roll", "agent", "template", "escalation"], found.Select(r => r.RuleId));
    }

    [Fact]
    public void Evaluate_PreviousReportOfAnotherCreditor_Refused()
    {
        var other = new GovernanceReportBuilder(new CreditorId("bank-2"), GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(
            new KpiAccumulator(KpiScope.Create(Week1.Interval, Sar, Buckets)).ToReport()).Build();

        var error = Assert.Throws<ArgumentException>(() => NextQuarterRecommendations.Evaluate(Report, FiringRules, other));

        Assert.Equal("previous", error.ParamName);
        Assert.StartsWith("The previous report cannot be compared with this one: it is for creditor bank-2, this one for bank-1 (creditor mismatch).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PreviousReportInAnotherCurrency_Refused()
    {
        var dollars = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Currency.UsDollar, Codebook).AddPeriod(
            new KpiAccumulator(KpiScope.Create(Week1.Interval, Currency.UsDollar, Buckets)).ToReport()).Build();

        var error = Assert.Throws<ArgumentException>(() => NextQuarterRecommendations.Evaluate(Report, FiringRules, dollars));

        Assert.Equal("previous", error.ParamName);
        Assert.Contains("it is in USD, this one in SAR (currency mismatch)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MonthlyPreviousReportForAWeeklyOne_RefusedAsPeriodKindMismatch()
    {
        // A monthly forward roll rate is naturally higher than a weekly one: compared, it would show a fall that is not there.
        var monthly = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook).AddPeriod(
            new KpiAccumulator(KpiScope.Create(new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), Sar, Buckets)).ToReport()).Build();

        var weeklyAgainstMonthly = Assert.Throws<ArgumentException>(() => NextQuarterRecommendations.Evaluate(Report, FiringRules, monthly));
        var monthlyAgainstWeekly = Assert.Throws<ArgumentException>(() => NextQuarterRecommendations.Evaluate(monthly, FiringRules, Report));

        Assert.Equal("previous", weeklyAgainstMonthly.ParamName);
        Assert.Contains("it is monthly, this one weekly: roll rates over periods of different length are not comparable (period kind mismatch)", weeklyAgainstMonthly.Message, StringComparison.Ordinal);
        Assert.Contains("it is weekly, this one monthly", monthlyAgainstWeekly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PreviousReportWithMondayWeeks_StillComparedAsWeekly()
    {
        var mondayWeeks = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { FirstDayOfWeek = IsoDayOfWeek.Monday }
            .AddPeriod(new KpiAccumulator(KpiScope.Create(new DateInterval(new LocalDate(2026, 2, 23), new LocalDate(2026, 3, 1)), Sar, Buckets, Breakdowns)).ToReport())
            .Build();

        // The previous report has no segments, so each segment is compared with the baseline, as without a previous report.
        Assert.Equal(Run(RollRise()).Select(Describe), Run(RollRise(), previous: mondayWeeks).Select(Describe));
    }

    [Fact]
    public void Evaluate_DefaultRules_OnlyTheEscalationRuleFiresOnThisSmallCase()
    {
        var found = NextQuarterRecommendations.Evaluate(Report);

        Assert.Equal(["accounts-ripe-for-escalation"], found.Select(r => r.RuleId));
    }
}
