using Collections.Kpi.Governance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Governance.RecommendationRuleTests;

namespace Collections.Kpi.Tests.Governance;

/// <summary>The recommendation rules as properties over <see cref="GovernanceCase"/> with generated baselines and thresholds.</summary>
public sealed class RecommendationProperties
{
    private static readonly GovernanceReport Report = Build();

    /// <summary>A percentage with one decimal, 0.0–100.0.</summary>
    private static Gen<decimal> Points => Gen.Choose(0, 1000).Select(x => x / 10m);

    private static int Count(RecommendationRule rule, GovernanceReport? report = null) =>
        NextQuarterRecommendations.Evaluate(report ?? Report, RecommendationRuleSet.Create("p", [rule])).Length;

    [Property(MaxTest = 60)]
    public Property A_segment_is_flagged_exactly_when_its_forward_roll_rate_rose_by_more_than_the_threshold() =>
        Prop.ForAll((from baseline in Points from threshold in Points select (baseline, threshold)).ToArbitrary(), x =>
        {
            // Both segments roll at 50% over the two weeks, on 4 accounts at risk each.
            var report = Builder(KpiBaseline.Create("b", [new KpiBaselineValue(KpiId.ForwardRollRate, x.baseline)])).Build();
            var expected = 50m - x.baseline > x.threshold ? 2 : 0;
            return Count(RollRise(x.threshold), report) == expected;
        });

    [Property(MaxTest = 60)]
    public Property An_expected_effects_count_is_the_two_decimal_figure_its_estimate_shows() =>
        Prop.ForAll(Gen.Choose(0, 349).Select(n => n / 7m).ToArbitrary(), baseline =>
        {
            // A baseline of n/7 has 28 digits, so 4 accounts × (50 − baseline) / 100 does not end after two decimals.
            var report = Builder(KpiBaseline.Create("b", [new KpiBaselineValue(KpiId.ForwardRollRate, baseline)])).Build();
            var effect = NextQuarterRecommendations.Evaluate(report, RecommendationRuleSet.Create("p", [RollRise(0m)]))[0];
            var count = effect.Effect.Count;
            var shown = count.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            return count == Math.Round(4m * (50m - baseline) / 100m, 2, MidpointRounding.AwayFromZero)
                && effect.Estimate.English.Contains("= " + shown + " accounts kept from rolling", StringComparison.Ordinal);
        });

    [Property(MaxTest = 100)]
    public Property An_agent_is_flagged_exactly_when_the_pool_beats_it_by_more_than_the_threshold() =>
        Prop.ForAll(Points.ToArbitrary(), threshold =>
        {
            // Pool 50%; fahad 0% on 2 due, noura 100%: only fahad can be flagged, when 50 > threshold.
            return Count(AgentKept(threshold)) == (50m > threshold ? 1 : 0);
        });

    [Property(MaxTest = 100)]
    public Property Raising_a_threshold_never_adds_a_recommendation() =>
        Prop.ForAll((from a in Points from b in Points from d1 in Gen.Choose(0, 200) from d2 in Gen.Choose(0, 200) select (a, b, d1, d2)).ToArbitrary(), x =>
        {
            var (low, high) = (Math.Min(x.a, x.b), Math.Max(x.a, x.b));
            var (few, many) = (Math.Min(x.d1, x.d2), Math.Max(x.d1, x.d2));
            return Count(RollRise(high)) <= Count(RollRise(low))
                && Count(AgentKept(high)) <= Count(AgentKept(low))
                && Count(TemplateKept(high)) <= Count(TemplateKept(low))
                && Count(ChannelCost(high / 100m)) <= Count(ChannelCost(low / 100m))
                && Count(Escalation(many)) <= Count(Escalation(few))
                && Escalated(many) <= Escalated(few);
        });

    [Property(MaxTest = 60)]
    public Property An_account_is_ripe_for_escalation_only_above_the_days_with_enough_attempts_no_kept_promise_and_no_dispute() =>
        Prop.ForAll((from days in Gen.Choose(0, 200) from attempts in Gen.Choose(1, 12) select (days, attempts)).ToArbitrary(), x =>
        {
            var found = NextQuarterRecommendations.Evaluate(Report, RecommendationRuleSet.Create("p", [Escalation(x.days, x.attempts)]));
            var expected = Activities
                .Where(a => a.DaysPastDue.Value > x.days && a.Attempts >= x.attempts && a.PromisesKept == 0 && !a.HasOpenDispute)
                .Select(a => a.Account)
                .ToList();
            var listed = found.SelectMany(r => r.Subject.Accounts).ToList();
            return listed.SequenceEqual(expected) && found.Length == (expected.Count > 0 ? 1 : 0);
        });

    private static int Escalated(decimal days) =>
        NextQuarterRecommendations.Evaluate(Report, RecommendationRuleSet.Create("p", [Escalation(days)])).Sum(r => r.Subject.Accounts.Length);
}
