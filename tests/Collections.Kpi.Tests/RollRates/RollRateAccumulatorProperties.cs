using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.RollRates;

public sealed class RollRateAccumulatorProperties
{
    private static Arbitrary<(AgingBucketSet Buckets, KpiGenerators.TransitionSample[] Samples)> BucketsAndSamples() =>
        (from buckets in CollectionsGenerators.BucketSet()
         from samples in KpiGenerators.Transitions(buckets.Count)
         select (buckets, samples)).ToArbitrary();

    private static Arbitrary<(AgingBucketSet Buckets, KpiGenerators.TransitionSample[] A, KpiGenerators.TransitionSample[] B, KpiGenerators.TransitionSample[] C)> ThreeShards() =>
        (from buckets in CollectionsGenerators.BucketSet()
         from a in KpiGenerators.Transitions(buckets.Count)
         from b in KpiGenerators.Transitions(buckets.Count)
         from c in KpiGenerators.Transitions(buckets.Count)
         select (buckets, a, b, c)).ToArbitrary();

    [Property]
    public Property Rows_sum_to_the_accounts_in_the_from_bucket() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            return Enumerable.Range(0, input.Buckets.Count + 1).All(from =>
            {
                var inRow = input.Samples.Where(s => s.Kind == KpiGenerators.TransitionKind.Both && s.From == from).ToList();
                var row = matrix.RowTotal(State(input.Buckets, from));
                var cells = matrix.States.Select(to => matrix.Cell(State(input.Buckets, from), to)).ToList();
                return row.Count == inRow.Count
                    && row.Balance.MinorUnits == inRow.Sum(s => Math.Max(s.BalanceMinorUnits, 0))
                    && cells.Sum(c => c.Count) == row.Count
                    && cells.Sum(c => c.Balance.MinorUnits) == row.Balance.MinorUnits;
            });
        });

    [Property]
    public Property Every_cell_counts_exactly_the_transitions_between_its_two_states() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            var states = Enumerable.Range(0, input.Buckets.Count + 1).ToList();
            return states.All(f => states.All(t =>
                matrix.Cell(State(input.Buckets, f), State(input.Buckets, t)).Count == input.Samples.Count(s => s.Kind == KpiGenerators.TransitionKind.Both && s.From == f && s.To == t)));
        });

    [Property]
    public Property Accounts_in_only_one_period_are_counted_apart_never_dropped() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            var entered = input.Samples.Where(s => s.Kind == KpiGenerators.TransitionKind.Entered).ToList();
            var left = input.Samples.Where(s => s.Kind == KpiGenerators.TransitionKind.Left).ToList();
            return matrix.Total.Count + matrix.TotalEntered.Count + matrix.TotalLeft.Count == input.Samples.Length
                && Enumerable.Range(0, input.Buckets.Count + 1).All(i =>
                    matrix.Entered(State(input.Buckets, i)) is var e && matrix.Left(State(input.Buckets, i)) is var l
                    && e.Count == entered.Count(s => s.To == i)
                    && e.Balance.MinorUnits == entered.Where(s => s.To == i).Sum(s => Math.Max(s.BalanceMinorUnits, 0))
                    && l.Count == left.Count(s => s.From == i)
                    && l.Balance.MinorUnits == left.Where(s => s.From == i).Sum(s => Math.Max(s.BalanceMinorUnits, 0)));
        });

    [Property]
    public Property Merge_is_associative() =>
        Prop.ForAll(ThreeShards(), input =>
        {
            var leftFirst = Accumulate(input.Buckets, input.A).Merge(Accumulate(input.Buckets, input.B)).Merge(Accumulate(input.Buckets, input.C));
            var rightFirst = Accumulate(input.Buckets, input.A).Merge(Accumulate(input.Buckets, input.B).Merge(Accumulate(input.Buckets, input.C)));
            return SameCells(leftFirst.ToMatrix(), rightFirst.ToMatrix());
        });

    [Property]
    public Property Merge_is_commutative() =>
        Prop.ForAll(ThreeShards(), input =>
            SameCells(
                Accumulate(input.Buckets, input.A).Merge(Accumulate(input.Buckets, input.B)).ToMatrix(),
                Accumulate(input.Buckets, input.B).Merge(Accumulate(input.Buckets, input.A)).ToMatrix()));

    [Property]
    public Property An_empty_accumulator_is_the_identity_of_Merge() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var alone = Accumulate(input.Buckets, input.Samples).ToMatrix();
            var emptyOnTheRight = Accumulate(input.Buckets, input.Samples).Merge(new RollRateAccumulator(input.Buckets, Sar, RollRateUnit.Account)).ToMatrix();
            var emptyOnTheLeft = new RollRateAccumulator(input.Buckets, Sar, RollRateUnit.Account).Merge(Accumulate(input.Buckets, input.Samples)).ToMatrix();
            return SameCells(alone, emptyOnTheRight) && SameCells(alone, emptyOnTheLeft);
        });

    [Property]
    public Property Splitting_the_input_into_partitions_and_merging_equals_one_pass() =>
        Prop.ForAll(
            (from input in BucketsAndSamples().Generator
             from partitionCount in Gen.Choose(1, 6)
             from assignment in Gen.ArrayOf(Gen.Choose(0, partitionCount - 1), input.Samples.Length)
             select (input.Buckets, input.Samples, partitionCount, assignment)).ToArbitrary(),
            x =>
            {
                var onePass = Accumulate(x.Buckets, x.Samples).ToMatrix();
                var merged = Enumerable.Range(0, x.partitionCount)
                    .Select(p => Accumulate(x.Buckets, x.Samples.Where((_, i) => x.assignment[i] == p)))
                    .Aggregate(new RollRateAccumulator(x.Buckets, Sar, RollRateUnit.Account), (acc, part) => acc.Merge(part))
                    .ToMatrix();
                return SameCells(onePass, merged);
            });

    [Property]
    public Property Cure_rate_numerator_never_exceeds_its_denominator() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            var rates = input.Buckets.Buckets.Skip(1).Select(matrix.CureRate).Append(matrix.CureRate());
            return rates.All(r => r.Numerator >= 0 && r.Numerator <= r.Denominator);
        });

    [Property]
    public Property Overall_cure_rate_pools_the_per_bucket_cure_rates() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            var pooled = input.Buckets.Buckets.Skip(1).Select(matrix.CureRate).Aggregate(new Rate(0, 0), (sum, r) => sum.Pool(r));
            return pooled == matrix.CureRate();
        });

    [Property]
    public Property Shares_of_an_occurring_from_state_sum_to_one() =>
        Prop.ForAll(BucketsAndSamples(), input =>
        {
            var matrix = Accumulate(input.Buckets, input.Samples).ToMatrix();
            return matrix.FromStates.All(from => matrix.States.Sum(to => matrix.Share(from, to).Numerator) == matrix.RowTotal(from).Count
                && matrix.States.Sum(to => matrix.Share(from, to).Value!.Value) is var sum && Math.Abs(sum - 1m) < 0.000000000001m);
        });
}
