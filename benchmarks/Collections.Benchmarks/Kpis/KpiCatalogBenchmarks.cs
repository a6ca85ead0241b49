using BenchmarkDotNet.Attributes;
using Collections.Core;
using Collections.Kpi;
using Collections.TestKit;

namespace Collections.Benchmarks.Kpis;

/// <summary>
/// The full KPI catalog over a month of 1,000,000 accounts and 10,000,000 attempts with promises, payments, complaints and
/// agent time (the seeded <see cref="KpiFactGenerator"/>): one <see cref="KpiAccumulator"/> on one thread, two partitions on
/// two threads merged, and a plain LINQ implementation of the same KPIs. Every method ends with the catalog's figures.
/// </summary>
[MemoryDiagnoser]
public class KpiCatalogBenchmarks
{
    private KpiDataSet _data = null!;
    private KpiScope _scope = null!;
    private (byte Channel, byte Outcome)[] _plain = [];
    private KpiAccumulator _reusedOne = null!;
    private KpiAccumulator[] _reusedParts = [];

    /// <summary>Attempts (accounts are a tenth of them).</summary>
    [Params(10_000_000)]
    public int Attempts { get; set; }

    /// <summary>Breakdowns counted beside the whole and the channel: none, or segment, aging bucket and agent.</summary>
    [Params("none", "segment+bucket+agent")]
    public string Breakdowns { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        KpiDimension[] breakdowns = Breakdowns == "none" ? [] : [KpiDimension.Segment, KpiDimension.AgingBucket, KpiDimension.Agent];
        _data = KpiFactGenerator.Generate(new KpiDataShape(Accounts: Attempts / 10, Attempts: Attempts), seed: 20261204, breakdowns);
        _scope = _data.Scope;
        _plain = [.. _data.Attempts.Select(a => ((byte)a.Channel.Value, (byte)a.Outcome.Value))];

        _reusedOne = new KpiAccumulator(_scope, _data.Accounts.Length);
        _reusedParts = [new KpiAccumulator(_scope, _data.Accounts.Length), new KpiAccumulator(_scope, _data.Accounts.Length)];

        // The compared implementations must agree before anything is timed (the reused ones on their second run, after a clear).
        var one = OneAccumulator();
        var two = TwoPartitions();
        var linq = PlainLinq();
        _ = OneAccumulatorReused();
        _ = TwoPartitionsReused();
        var oneReused = OneAccumulatorReused();
        var twoReused = TwoPartitionsReused();
        foreach (var figure in one.Figures())
        {
            if (figure.Rate != two.Figure(figure.Id).Rate || figure.Rate != linq[figure.Id.Code]
                || figure.Rate != oneReused.Figure(figure.Id).Rate || figure.Rate != twoReused.Figure(figure.Id).Rate)
            {
                throw new InvalidOperationException($"Implementations disagree on {figure.Id.Code}: {figure.Rate}, {two.Figure(figure.Id).Rate}, {linq[figure.Id.Code]}.");
            }
        }

        foreach (var channel in Channel.All)
        {
            if (one.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(channel)).Rate != linq["rpc_rate/" + channel.Code])
            {
                throw new InvalidOperationException($"Implementations disagree on the RPC rate of {channel.Code}.");
            }
        }

        Console.WriteLine($"// {_data.Accounts.Length:N0} accounts, {_data.Attempts.Length:N0} attempts, {_data.Promises.Length:N0} promises, {_data.Payments.Length:N0} payments, {_data.Complaints.Length:N0} complaints, {_data.AgentTimes.Length:N0} agent days; RPC rate {one.Figure(KpiId.RightPartyContactRate).Format(2, System.Globalization.CultureInfo.InvariantCulture)}");
    }

    /// <summary>Plain LINQ: the same KPIs overall and the RPC and channel contact rates per channel.</summary>
    [Benchmark(Baseline = true)]
    public Dictionary<string, Rate> PlainLinq() =>
        PlainLinqKpis.Compute(_scope, _data.Accounts, _data.Attempts, _data.Promises, _data.Payments, _data.Complaints, _data.AgentTimes);

    /// <summary>The machine's yardstick, not a KPI implementation: a hand-written loop counting the 10M attempts by channel
    /// and outcome over a plain (channel, outcome) byte array (about 25 ms on this machine when it is quiet).</summary>
    [Benchmark]
    public long HandLoopByChannelAndOutcome()
    {
        Span<long> counts = stackalloc long[8 * 32];
        foreach (var (channel, outcome) in _plain)
        {
            counts[(channel * 32) + outcome]++;
        }

        return counts[(Channel.Call.Value * 32) + AttemptOutcome.RightParty.Value];
    }

    /// <summary>One accumulator on the calling thread, then every figure of the catalog. Like the partitions, it is sized for
    /// the month's account indexes up front.</summary>
    [Benchmark]
    public KpiReport OneAccumulator()
    {
        var report = _data.AddTo(new KpiAccumulator(_scope, _data.Accounts.Length)).ToReport();
        _ = report.Figures();
        return report;
    }

    /// <summary>Two partitions (each half of every kind of fact) on two threads, merged, then every figure. Each partition is
    /// sized for all the month's account indexes, as a host would from its codebook, so no array is reallocated in the
    /// merge.</summary>
    [Benchmark]
    public KpiReport TwoPartitions()
    {
        var parts = new KpiAccumulator[2];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => parts[p] = AddHalf(new KpiAccumulator(_scope, _data.Accounts.Length), p));
        var report = parts[0].Merge(parts[1]).ToReport();
        _ = report.Figures();
        return report;
    }

    /// <summary>One accumulator kept from run to run and cleared at the start of each, as a host counting period after
    /// period would: the same work as <see cref="OneAccumulator"/> without allocating the per-account arrays.</summary>
    [Benchmark]
    public KpiReport OneAccumulatorReused()
    {
        var report = _data.AddTo(_reusedOne.Clear()).ToReport();
        _ = report.Figures();
        return report;
    }

    /// <summary>Two partitions kept from run to run and cleared at the start of each (the clearing is timed, on each
    /// partition's thread), merged, then every figure.</summary>
    [Benchmark]
    public KpiReport TwoPartitionsReused()
    {
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p => AddHalf(_reusedParts[p].Clear(), p));
        var report = _reusedParts[0].Merge(_reusedParts[1]).ToReport();
        _ = report.Figures();
        return report;
    }

    private KpiAccumulator AddHalf(KpiAccumulator accumulator, int half) =>
        accumulator.Add(Half(_data.Accounts, half)).Add(Half(_data.Attempts, half)).Add(Half(_data.Promises, half))
            .Add(Half(_data.Payments, half)).Add(Half(_data.Complaints, half)).Add(Half(_data.AgentTimes, half));

    private static ReadOnlySpan<T> Half<T>(T[] facts, int half) =>
        half == 0 ? facts.AsSpan(0, facts.Length / 2) : facts.AsSpan(facts.Length / 2);
}
