using Collections.Kpi.Governance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>The report's pooled sections are the one-pass figures over the whole span: pooling the weeks sums numerators and
/// denominators, exactly as one accumulator over all four weeks counts them.</summary>
public sealed class GovernancePoolingProperties
{
    private static readonly LocalDate First = new(2026, 3, 1); // a Sunday

    private static readonly KpiDimension[] Breakdowns = [KpiDimension.Agent, KpiDimension.Template];

    private static readonly AttemptOutcome[] CallOutcomes = [AttemptOutcome.NoAnswer, AttemptOutcome.Busy, AttemptOutcome.ThirdParty, AttemptOutcome.RightParty];

    private static Arbitrary<(KpiAttempt[] Attempts, KpiPromiseDue[] Promises)> Facts() =>
        (from attempts in Gen.ArrayOf(
             from day in Gen.Choose(0, 27)
             from channel in Gen.Elements(Channel.Call, Channel.Visit, Channel.Sms)
             from outcome in Gen.Choose(0, 3)
             from agent in Gen.Choose(0, 3)
             from template in Gen.Choose(0, 2)
             from productive in Gen.Elements(true, false)
             select Attempt(day, channel, outcome, agent, template, productive))
         from promises in Gen.ArrayOf(
             from due in Gen.Choose(0, 27)
             from promised in Gen.Choose(1, 500)
             from paid in Gen.Choose(0, 600)
             from agent in Gen.Choose(0, 3)
             from template in Gen.Choose(0, 2)
             select new KpiPromiseDue(0, First.PlusDays(due - 10), First.PlusDays(due), promised * 100L, paid * 100L)
             {
                 Channel = Channel.Call, Agent = (ushort)agent, Template = (ushort)template,
             })
         select (attempts, promises)).ToArbitrary();

    private static KpiAttempt Attempt(int day, Channel channel, int outcome, int agent, int template, bool productive)
    {
        var result = channel == Channel.Sms ? AttemptOutcome.Delivered : CallOutcomes[outcome];
        return new KpiAttempt(day % 5, channel, result, First.PlusDays(day))
        {
            Agent = (ushort)agent,
            Template = (ushort)template,
            Results = result.IsRightPartyContact && productive ? ContactResults.Promise : ContactResults.None,
        };
    }

    private static KpiCodebook Codebook()
    {
        var codes = new KpiCodebookBuilder();
        foreach (var agent in new[] { "a1", "a2", "a3" })
        {
            codes.Code(KpiDimension.Agent, agent);
        }

        codes.Code(KpiDimension.Template, "t1");
        codes.Code(KpiDimension.Template, "t2");
        return codes.Build();
    }

    [Property(MaxTest = 100)]
    public Property Pooled_channel_and_promise_kept_figures_equal_one_pass_over_the_whole_span() =>
        Prop.ForAll(Facts(), facts =>
        {
            var builder = new GovernanceReportBuilder(new CreditorId("bank-1"), GovernancePeriodKind.Weekly, Sar, Codebook())
                .AddChannelCost(Channel.Call, Sr(1.20m)).AddChannelCost(Channel.Visit, Sr(30m)).AddChannelCost(Channel.Sms, Sr(0.10m));
            foreach (var week in GovernancePeriod.Cut(GovernancePeriodKind.Weekly, new DateInterval(First, First.PlusDays(27)), IsoDayOfWeek.Sunday))
            {
                var accumulator = new KpiAccumulator(KpiScope.Create(week.Interval, Sar, Buckets, Breakdowns));
                accumulator.Add(facts.Attempts.Where(a => week.Interval.Contains(a.Day)).ToArray());
                accumulator.Add(facts.Promises.Where(p => week.Interval.Contains(p.DueOn)).ToArray());
                builder.AddPeriod(accumulator.ToReport());
            }

            var report = builder.Build();
            var whole = new KpiAccumulator(KpiScope.Create(new DateInterval(First, First.PlusDays(27)), Sar, Buckets, Breakdowns))
                .Add(facts.Attempts).Add(facts.Promises).ToReport();

            var channels = report.Pooled.Channels.All(c =>
                c.RightPartyContactRate.Rate == whole.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(c.Channel)).Rate
                && c.ChannelContactRate.Rate == whole.Figure(KpiId.ChannelContactRate, KpiBreakdownKey.For(c.Channel)).Rate
                && c.Cost == Money.FromMinorUnits(c.UnitCost!.Value.MinorUnits * (long)whole.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(c.Channel)).Rate.Denominator, Sar));
            var agents = report.Pooled.PromiseKeptByAgent.Select(l => l.KeptRate.Rate)
                .SequenceEqual(whole.Breakdown(KpiId.PromiseKeptRate, KpiDimension.Agent).Select(f => f.Rate));
            var templates = report.Pooled.PromiseKeptByTemplate.Select(l => l.KeptAmountRate.Rate)
                .SequenceEqual(whole.Breakdown(KpiId.PromiseKeptAmountRate, KpiDimension.Template).Select(f => f.Rate));
            var pool = report.Pooled.PromiseKept.Rate == whole.Figure(KpiId.PromiseKeptRate).Rate;
            return channels && agents && templates && pool;
        });
}
