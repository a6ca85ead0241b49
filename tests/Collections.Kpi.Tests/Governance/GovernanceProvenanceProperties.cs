using Collections.Kpi.Governance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Reports are reproducible: the same inputs, added in any order, give the same figures and the same input hash.</summary>
public sealed class GovernanceProvenanceProperties
{
    /// <summary>The case's report with every input list (facts, periods, targets, costs, accounts) in an order drawn from a seed.</summary>
    internal static GovernanceReport BuildShuffled(int seed)
    {
        var random = new Random(seed);
        var weeks = Shuffle([Week1, Week2], seed);
        var builder = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { Baseline = GovernanceCase.Baseline };
        foreach (var week in weeks)
        {
            builder.AddPeriod(GovernanceCase.Report(week, random.Next()), AgingAt(week));
        }

        var targets = new[] { new KpiTarget(KpiId.RightPartyContactRate, 30m), new KpiTarget(KpiId.PromiseBrokenRate, 20m), new KpiTarget(KpiId.RightPartyContactsPerAgentHour, 5m) };
        var costs = new[] { (Channel.Call, Sr(1.20m)), (Channel.Sms, Sr(1.00m)) };
        builder.AddTargets(Shuffle(targets, random.Next()));
        foreach (var (channel, cost) in Shuffle(costs, random.Next()))
        {
            builder.AddChannelCost(channel, cost);
        }

        return builder.AddAccounts(Shuffle(Activities, random.Next())).Build();
    }

    [Property(MaxTest = 60)]
    public Property Input_order_never_changes_the_report_hash_or_figures() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var expected = Build();
            var shuffled = BuildShuffled(seed);
            return shuffled.Provenance.InputSha256 == expected.Provenance.InputSha256 && Describe(shuffled) == Describe(expected);
        });

    [Property(MaxTest = 40)]
    public Property Input_order_never_changes_the_recommendations() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var rules = RecommendationRuleTests.FiringRules;
            var expected = NextQuarterRecommendations.Evaluate(Build(), rules);
            var shuffled = NextQuarterRecommendations.Evaluate(BuildShuffled(seed), rules);
            return expected.Select(RecommendationRuleTests.Describe).SequenceEqual(shuffled.Select(RecommendationRuleTests.Describe));
        });

    [Fact]
    public void Same_inputs_built_twice_give_the_same_hash() =>
        Assert.Equal(Build().Provenance.InputSha256, Build().Provenance.InputSha256);
}
