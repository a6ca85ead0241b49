using BenchmarkDotNet.Attributes;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;

namespace Collections.Benchmarks.Kpi;

/// <summary>Roll-rate matrices for the five month pairs of six monthly snapshots per account.</summary>
[MemoryDiagnoser]
public class SnapshotRollRateBenchmarks
{
    private AccountSnapshot[] _snapshots = [];

    /// <summary>Accounts in the portfolio (each with up to six snapshots).</summary>
    [Params(10_000, 100_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup() => _snapshots = KpiBenchmarkData.Snapshots(Accounts);

    /// <summary>Plain LINQ: group by period, join consecutive periods on the account, group by (from, to).</summary>
    [Benchmark(Baseline = true)]
    public long PlainLinq()
    {
        var buckets = AgingBucketSet.Default;
        int StateOf(AccountSnapshot s) => s.DaysPastDue.Value > 0 ? buckets.IndexOf(s.DaysPastDue) : s.Balance.IsPositive ? 0 : buckets.Count;
        var periods = _snapshots.GroupBy(s => s.Period).OrderBy(g => g.Key).Select(g => g.ToDictionary(s => s.AccountId)).ToList();
        long total = 0;
        for (var k = 1; k < periods.Count; k++)
        {
            var cells = periods[k - 1].Values
                .Join(periods[k].Values, s => s.AccountId, s => s.AccountId, (from, to) => (From: StateOf(from), To: StateOf(to), Balance: Math.Max(0, from.Balance.MinorUnits)))
                .GroupBy(x => (x.From, x.To))
                .Select(g => (g.Key, Count: g.Count(), Balance: g.Sum(x => x.Balance)))
                .ToList();
            var entered = periods[k].Keys.Except(periods[k - 1].Keys).Count();
            var left = periods[k - 1].Keys.Except(periods[k].Keys).Count();
            total += cells.Sum(c => c.Count) + entered + left;
        }

        return total;
    }

    /// <summary>The library: <see cref="SnapshotRollRates.Calculate(IEnumerable{AccountSnapshot}, AgingBucketSet?)"/>.</summary>
    [Benchmark]
    public long SnapshotRollRatesCalculate()
    {
        long total = 0;
        foreach (var transition in SnapshotRollRates.Calculate(_snapshots))
        {
            var matrix = transition.MatrixFor(KpiBenchmarkData.Sar);
            total += matrix.Total.Count + matrix.TotalEntered.Count + matrix.TotalLeft.Count;
        }

        return total;
    }
}
