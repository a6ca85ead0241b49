using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Kpis.KpiComparison;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>The merge laws of <see cref="KpiAccumulator"/> and the round trip of its partial state, on generated facts of
/// every kind (accounts, attempts, promises, payments, complaints, agent time) with every breakdown counted.</summary>
public sealed class KpiAccumulatorProperties
{
    /// <summary>A sample and a partition of its facts into 1–6 parts (each account's fact lands in exactly one part).</summary>
    private static Arbitrary<(KpiFactSample Sample, int Parts, int[] PartOf)> Partitioned(int minParts = 1, int maxParts = 6) =>
        (from sample in KpiFactGenerators.Samples()
         from parts in Gen.Choose(minParts, maxParts)
         from partOf in Gen.ArrayOf(Gen.Choose(0, parts - 1), sample.Count)
         select (sample, parts, partOf)).ToArbitrary();

    private static KpiFactSample[] Split((KpiFactSample Sample, int Parts, int[] PartOf) x) =>
        [.. Enumerable.Range(0, x.Parts).Select(p => x.Sample.Where(i => x.PartOf[i] == p))];

    [Property(MaxTest = 200)]
    public Property Merge_is_associative() =>
        Prop.ForAll(Partitioned(3, 3), x =>
        {
            var parts = Split(x);
            var leftFirst = Accumulate(parts[0]).Merge(Accumulate(parts[1])).Merge(Accumulate(parts[2]));
            var rightFirst = Accumulate(parts[0]).Merge(Accumulate(parts[1]).Merge(Accumulate(parts[2])));
            return SameState(leftFirst, rightFirst);
        });

    [Property(MaxTest = 200)]
    public Property Merge_is_commutative() =>
        Prop.ForAll(Partitioned(2, 2), x =>
        {
            var parts = Split(x);
            return SameState(Accumulate(parts[0]).Merge(Accumulate(parts[1])), Accumulate(parts[1]).Merge(Accumulate(parts[0])));
        });

    [Property(MaxTest = 200)]
    public Property Merging_with_the_empty_accumulator_changes_nothing() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), sample =>
        {
            var alone = Accumulate(sample);
            var emptyOnTheRight = Accumulate(sample).Merge(new KpiAccumulator(KpiFactGenerators.Scope));
            var emptyOnTheLeft = new KpiAccumulator(KpiFactGenerators.Scope).Merge(Accumulate(sample));
            return SameState(alone, emptyOnTheRight) && SameState(alone, emptyOnTheLeft)
                && SameFigures(alone.ToReport(), emptyOnTheLeft.ToReport());
        });

    [Property(MaxTest = 200)]
    public Property Any_partition_merged_equals_one_pass() =>
        Prop.ForAll(Partitioned(), x =>
        {
            var onePass = Accumulate(x.Sample);
            var merged = Split(x).Select(Accumulate).Aggregate(new KpiAccumulator(KpiFactGenerators.Scope), (total, part) => total.Merge(part));
            return SameState(onePass, merged) && SameFigures(onePass.ToReport(), merged.ToReport());
        });

    [Property(MaxTest = 200)]
    public Property The_account_capacity_changes_no_count_and_no_saved_state() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), Gen.Choose(0, 130).ToArbitrary(), (sample, capacity) =>
        {
            // Generated account indexes are 0–47: capacities below, at and above them.
            var grown = Accumulate(sample);
            var sized = sample.AddTo(new KpiAccumulator(KpiFactGenerators.Scope, capacity));
            return SameState(grown, sized) && SameFigures(grown.ToReport(), sized.ToReport());
        });

    [Property(MaxTest = 200)]
    public Property Partitions_of_any_account_capacity_merge_to_one_pass() =>
        Prop.ForAll(Partitioned(), Gen.Choose(0, 130).ArrayOf(7).ToArbitrary(), (x, capacities) =>
        {
            var parts = Split(x).Select((part, p) => part.AddTo(new KpiAccumulator(KpiFactGenerators.Scope, capacities[p])));
            var merged = parts.Aggregate(new KpiAccumulator(KpiFactGenerators.Scope, capacities[6]), (total, part) => total.Merge(part));
            var onePass = Accumulate(x.Sample);
            return SameState(onePass, merged) && SameFigures(onePass.ToReport(), merged.ToReport());
        });

    [Property(MaxTest = 200)]
    public Property A_cleared_accumulator_counts_like_a_new_one() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), KpiFactGenerators.Samples().ToArbitrary(), Gen.Choose(0, 130).ToArbitrary(), (before, after, capacity) =>
        {
            var reused = before.AddTo(new KpiAccumulator(KpiFactGenerators.Scope, capacity));
            var reportBefore = reused.ToReport();
            var stateBefore = reused.SaveState();
            reused.Clear();
            var cleared = reused.SaveState();
            after.AddTo(reused);
            var fresh = Accumulate(after);
            return SameState(fresh, reused) && SameFigures(fresh.ToReport(), reused.ToReport())
                && cleared.AsSpan().SequenceEqual(new KpiAccumulator(KpiFactGenerators.Scope).SaveState())
                && SameFigures(reportBefore, KpiAccumulator.LoadState(stateBefore).ToReport());
        });

    [Property(MaxTest = 200)]
    public Property Serialised_partial_state_round_trips() =>
        Prop.ForAll(Partitioned(), x =>
        {
            var partials = Split(x).Select(p => Accumulate(p).SaveState()).ToList();
            var loaded = partials.Select(bytes => KpiAccumulator.LoadState(bytes)).ToList();
            var roundTripped = loaded.Zip(partials).All(pair => pair.First.SaveState().AsSpan().SequenceEqual(pair.Second));
            var merged = loaded.Aggregate(new KpiAccumulator(KpiFactGenerators.Scope), (total, part) => total.Merge(part));
            var onePass = Accumulate(x.Sample);
            return roundTripped && SameState(onePass, merged) && SameFigures(onePass.ToReport(), merged.ToReport());
        });

    [Property(MaxTest = 100)]
    public Property The_order_of_facts_does_not_matter() =>
        Prop.ForAll(
            (from sample in KpiFactGenerators.Samples()
             from seed in Gen.Choose(0, int.MaxValue)
             select (sample, seed)).ToArbitrary(),
            x =>
            {
                var random = new Random(x.seed);
                var shuffled = new KpiFactSample(
                    [.. x.sample.Accounts.OrderBy(_ => random.Next())], [.. x.sample.Attempts.OrderBy(_ => random.Next())],
                    [.. x.sample.Promises.OrderBy(_ => random.Next())], [.. x.sample.Payments.OrderBy(_ => random.Next())],
                    [.. x.sample.Complaints.OrderBy(_ => random.Next())], [.. x.sample.AgentTimes.OrderBy(_ => random.Next())]);
                var oneByOne = new KpiAccumulator(KpiFactGenerators.Scope);
                foreach (var a in shuffled.Attempts)
                {
                    oneByOne.Add(a);
                }

                oneByOne.Add(shuffled.Accounts).Add(shuffled.Promises).Add(shuffled.Payments).Add(shuffled.Complaints).Add(shuffled.AgentTimes);
                return SameState(Accumulate(x.sample), oneByOne);
            });

    [Property(MaxTest = 100)]
    public Property Overall_rates_pool_the_breakdown_rates_never_average_them() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), sample =>
        {
            var report = Accumulate(sample).ToReport();
            var pooledKpis = new[]
            {
                (KpiId.RightPartyContactRate, KpiDimension.Agent), (KpiId.ContactRate, KpiDimension.Channel), (KpiId.ChannelContactRate, KpiDimension.Template),
                (KpiId.PromiseKeptRate, KpiDimension.Agent), (KpiId.PromiseKeptAmountRate, KpiDimension.Channel), (KpiId.ContactCoverage, KpiDimension.Segment),
                (KpiId.ResolutionRate, KpiDimension.Creditor), (KpiId.LiquidationRate, KpiDimension.Placement), (KpiId.CureRate, KpiDimension.Segment),
                (KpiId.AverageHandleTime, KpiDimension.AgingBucket), (KpiId.PayingAccountsRate, KpiDimension.AgingBucket),
            };
            return pooledKpis.All(k =>
            {
                var pooled = Enumerable.Range(0, 9)
                    .Select(code => report.Figure(k.Item1, KpiBreakdownKey.For(k.Item2, code)).Rate)
                    .Aggregate(new Rate(0, 0), (sum, r) => sum.Pool(r));
                return pooled == report.Figure(k.Item1).Rate;
            });
        });

    [Property(MaxTest = 100)]
    public Property Every_share_of_a_population_lies_between_none_and_all() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), sample =>
            AllFigures(Accumulate(sample).ToReport())
                .Where(f => f.Unit == KpiUnit.Percent && f.Id != KpiId.LiquidationRate) // liquidation compares amounts: it can pass 100%
                .All(f => f.Rate.Numerator >= 0 && f.Rate.Numerator <= f.Rate.Denominator));

    [Property(MaxTest = 100)]
    public Property Facts_outside_the_period_change_no_figure() =>
        Prop.ForAll(KpiFactGenerators.Samples().ToArbitrary(), sample =>
        {
            var scope = KpiFactGenerators.Scope;
            bool Inside(LocalDate day) => scope.Period.Contains(day);
            var inside = sample with
            {
                Attempts = [.. sample.Attempts.Where(a => Inside(a.Day))],
                Promises = [.. sample.Promises.Where(p => Inside(p.DueOn))],
                Payments = [.. sample.Payments.Where(p => Inside(p.ValueDate))],
                Complaints = [.. sample.Complaints.Where(c => Inside(c.Day))],
                AgentTimes = [.. sample.AgentTimes.Where(t => Inside(t.Day))],
            };
            return AllFigures(Accumulate(sample).ToReport()).SequenceEqual(AllFigures(Accumulate(inside).ToReport()));
        });
}
