using Collections.TestKit;

namespace Collections.Kpi.Tests.Support;

/// <summary>Named starting points and small helpers shared by the KPI tests.</summary>
internal static class TestData
{
    public static readonly Currency Sar = Currency.SaudiRiyal;

    public static readonly AgingBucketSet Buckets = AgingBucketSet.Default;

    /// <summary>The roll state of a generated state index (the bucket count is paid).</summary>
    public static RollState State(AgingBucketSet buckets, int index) =>
        index == buckets.Count ? RollState.Paid : RollState.InBucket(buckets.Buckets[index]);

    /// <summary>The state of a default bucket by label, or paid.</summary>
    public static RollState State(string label) =>
        label == "paid" ? RollState.Paid : RollState.InBucket(Buckets.Buckets.Single(b => b.Label == label));

    public static AgingBucket Bucket(string label) => Buckets.Buckets.Single(b => b.Label == label);

    public static Money Sr(decimal amount) => Money.Of(amount, Sar);

    public static RollRateAccumulator Accumulate(AgingBucketSet buckets, IEnumerable<KpiGenerators.TransitionSample> samples)
    {
        var accumulator = new RollRateAccumulator(buckets, Sar, RollRateUnit.Account);
        foreach (var s in samples)
        {
            var balance = Money.FromMinorUnits(s.BalanceMinorUnits, Sar);
            switch (s.Kind)
            {
                case KpiGenerators.TransitionKind.Both:
                    accumulator.Add(State(buckets, s.From), State(buckets, s.To), balance);
                    break;
                case KpiGenerators.TransitionKind.Entered:
                    accumulator.AddEntered(State(buckets, s.To), balance);
                    break;
                default:
                    accumulator.AddLeft(State(buckets, s.From), balance);
                    break;
            }
        }

        return accumulator;
    }

    /// <summary>Whether two matrices hold the same cells, entered and left counts and balances.</summary>
    public static bool SameCells(RollRateMatrix left, RollRateMatrix right) =>
        left.Currency == right.Currency
        && left.Unit == right.Unit
        && left.States.SequenceEqual(right.States)
        && left.States.All(from =>
            left.Entered(from) == right.Entered(from)
            && left.Left(from) == right.Left(from)
            && left.States.All(to => left.Cell(from, to) == right.Cell(from, to)));
}
