using BenchmarkDotNet.Attributes;
using Collections.Aging;
using Collections.Core;

namespace Collections.Benchmarks.Aging;

/// <summary>
/// Aging of 10,000,000 open items as of one date: the batch API (<see cref="AgingAccumulator"/> on one core,
/// <see cref="BatchAging.Age"/> on two) against a plain LINQ implementation (the baseline) and
/// <see cref="PortfolioAging.AgeItems"/> over <see cref="ReceivableItem"/> objects. All give the same item counts and
/// balances per bucket and currency (checked once in the global setup).
/// </summary>
[MemoryDiagnoser]
public class AgingBenchmarks
{
    private AgingBenchmarkData.PlainItem[] _plain = [];
    private OpenItemColumns _columns = OpenItemColumns.Empty;
    private ReceivableItem[] _items = [];

    /// <summary>Items aged per operation.</summary>
    [Params(10_000_000)]
    public int Items { get; set; }

    /// <summary>How many currencies the items are spread over (1 = SAR only; 3 = SAR, AED, KWD).</summary>
    [Params(1, 3)]
    public int Currencies { get; set; }

    [GlobalSetup(Targets = [nameof(Linq), nameof(Accumulator_one_core), nameof(BatchAging_two_cores)])]
    public void SetUpColumns()
    {
        _plain = AgingBenchmarkData.Generate(Items, Currencies, accounts: Items / 5);
        _columns = AgingBenchmarkData.ToColumns(_plain);
        var linq = Linq();
        var batch = Accumulator_one_core();
        var expected = batch.Lines.Where(l => l.Items > 0).Select(l => (l.Currency, l.Bucket.Index, l.Items, l.Balance.MinorUnits))
            .Concat(batch.Credits.Select(c => (c.Currency, -1, c.Items, c.Amount.MinorUnits)))
            .OrderBy(x => (x.Currency.Code, x.Item2)).ToList();
        var actual = linq.Where(l => l.Cell != -2).Select(l => (l.Currency, l.Cell, l.Items, l.MinorUnits)).OrderBy(x => (x.Currency.Code, x.Cell)).ToList();
        if (!expected.SequenceEqual(actual))
        {
            throw new InvalidOperationException("The batch path and the LINQ baseline disagree.");
        }
    }

    [GlobalSetup(Target = nameof(PortfolioAging_AgeItems))]
    public void SetUpItems()
    {
        _plain = AgingBenchmarkData.Generate(Items, Currencies, accounts: Items / 5);
        _items = AgingBenchmarkData.ToReceivableItems(_plain);
        _plain = [];
    }

    /// <summary>The plain LINQ way: DPD per item, bucket per item, group by currency and cell, count and sum.</summary>
    [Benchmark(Baseline = true)]
    public List<(Currency Currency, int Cell, long Items, long MinorUnits)> Linq()
    {
        var asOf = AgingBenchmarkData.AsOf;
        var buckets = AgingBucketSet.Default;
        return _plain
            .Select(i => (i.Currency, i.MinorUnits, Cell: i.MinorUnits > 0 ? buckets.IndexOf(DaysPastDue.Between(i.DueOn, asOf)) : i.MinorUnits < 0 ? -1 : -2))
            .GroupBy(x => (x.Currency, x.Cell))
            .Select(g => (g.Key.Currency, g.Key.Cell, g.LongCount(), g.Sum(x => x.MinorUnits)))
            .ToList();
    }

    /// <summary>The batch API on the calling thread.</summary>
    [Benchmark]
    public AgingTotals Accumulator_one_core() =>
        new AgingAccumulator(AgingBenchmarkData.AsOf).Add(_columns).ToTotals();

    /// <summary>The batch API split in two partitions aged on two cores and merged.</summary>
    [Benchmark]
    public AgingTotals BatchAging_two_cores() =>
        BatchAging.Age(_columns, AgingBenchmarkData.AsOf, degreeOfParallelism: 2);

    /// <summary>The object API: distinct accounts per bucket too, over ReceivableItem records.</summary>
    [Benchmark]
    public AgingReport PortfolioAging_AgeItems() =>
        PortfolioAging.AgeItems(_items, AgingBenchmarkData.AsOf);
}
