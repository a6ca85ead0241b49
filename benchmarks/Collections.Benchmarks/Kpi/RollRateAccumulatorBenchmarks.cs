using BenchmarkDotNet.Attributes;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;

namespace Collections.Benchmarks.Kpi;

/// <summary>Counting transitions into a matrix: one accumulator, eight merged shards, and a LINQ group-by.</summary>
[MemoryDiagnoser]
public class RollRateAccumulatorBenchmarks
{
    private (RollState From, RollState To, Money Balance)[] _transitions = [];

    /// <summary>Transitions counted.</summary>
    [Params(100_000, 1_000_000)]
    public int Transitions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var states = AgingBucketSet.Default.Buckets.Select(RollState.InBucket).Append(RollState.Paid).ToArray();
        _transitions = [.. Enumerable.Range(0, Transitions).Select(_ =>
            (states[random.Next(states.Length)], states[random.Next(states.Length)], Money.FromMinorUnits(random.Next(-1_000, 5_000_000), KpiBenchmarkData.Sar)))];
    }

    /// <summary>Plain LINQ: group by (from, to), count and sum the positive balances.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLinqGroupBy() =>
        _transitions.GroupBy(t => (t.From, t.To)).Select(g => (g.Key, g.Count(), g.Sum(t => Math.Max(0, t.Balance.MinorUnits)))).Count();

    /// <summary>One <see cref="RollRateAccumulator"/> over everything.</summary>
    [Benchmark]
    public long OneAccumulator()
    {
        var accumulator = new RollRateAccumulator(AgingBucketSet.Default, KpiBenchmarkData.Sar, RollRateUnit.Account);
        foreach (var (from, to, balance) in _transitions)
        {
            accumulator.Add(from, to, balance);
        }

        return accumulator.ToMatrix().Total.Count;
    }

    /// <summary>Eight shards accumulated apart, then merged (as a host would per partition).</summary>
    [Benchmark]
    public long EightShardsMerged()
    {
        var shards = Enumerable.Range(0, 8).Select(_ => new RollRateAccumulator(AgingBucketSet.Default, KpiBenchmarkData.Sar, RollRateUnit.Account)).ToArray();
        for (var i = 0; i < _transitions.Length; i++)
        {
            var (from, to, balance) = _transitions[i];
            shards[i & 7].Add(from, to, balance);
        }

        var merged = new RollRateAccumulator(AgingBucketSet.Default, KpiBenchmarkData.Sar, RollRateUnit.Account);
        foreach (var shard in shards)
        {
            merged.Merge(shard);
        }

        return merged.ToMatrix().Total.Count;
    }
}
