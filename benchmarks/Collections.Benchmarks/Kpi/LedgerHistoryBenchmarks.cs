using BenchmarkDotNet.Attributes;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using NodaTime;

namespace Collections.Benchmarks.Kpi;

/// <summary>Rebuilding 24 month ends of a ledger: aging, DSO/CEI figures and item and account roll rates.</summary>
[MemoryDiagnoser]
public class LedgerHistoryBenchmarks
{
    private static readonly LocalDate AsOf = new(2024, 12, 31);
    private ReceivableItem[] _items = [];

    /// <summary>Invoices in the ledger (one account per 20 invoices).</summary>
    [Params(10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _items = KpiBenchmarkData.Ledger(Items);

    /// <summary>Plain LINQ: for every month end, filter the open items, group them by bucket, sum the month's sales,
    /// and group the open items of the two month ends by (from, to) for items and by account for accounts.</summary>
    [Benchmark(Baseline = true)]
    public long PlainLinq()
    {
        var buckets = AgingBucketSet.Default;
        bool IsOpen(ReceivableItem i, LocalDate d) => i.IssuedOn <= d && (i.SettledOn is not { } s || s > d);
        int StateOf(ReceivableItem i, LocalDate d) => IsOpen(i, d) ? buckets.IndexOf(i.DaysPastDueOn(d)) : buckets.Count;
        long total = 0;
        LocalDate? previous = null;
        for (var month = new YearMonth(2023, 1); month <= new YearMonth(2024, 12); month = month.PlusMonths(1))
        {
            var end = month.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth);
            var open = _items.Where(i => IsOpen(i, end)).ToList();
            var aging = open.GroupBy(i => buckets.IndexOf(i.DaysPastDueOn(end))).Select(g => (g.Key, g.Count(), g.Sum(i => i.Amount.MinorUnits))).ToList();
            var sales = _items.Where(i => i.IssuedOn is { } issued && issued.Year == month.Year && issued.Month == month.Month).Sum(i => i.Amount.MinorUnits);
            total += aging.Count + (sales > 0 ? 1 : 0);
            if (previous is { } start)
            {
                var itemCells = _items.Where(i => IsOpen(i, start)).GroupBy(i => (StateOf(i, start), StateOf(i, end))).Select(g => (g.Key, g.Count(), g.Sum(i => i.Amount.MinorUnits))).ToList();
                var accountCells = _items.Where(i => i.IssuedOn <= start).GroupBy(i => i.AccountId)
                    .Select(g => (From: g.Where(i => IsOpen(i, start)).Select(i => StateOf(i, start)).DefaultIfEmpty(buckets.Count).Max(),
                                  To: g.Where(i => IsOpen(i, end)).Select(i => StateOf(i, end)).DefaultIfEmpty(buckets.Count).Max()))
                    .GroupBy(x => x).Select(g => (g.Key, g.Count())).ToList();
                total += itemCells.Count + accountCells.Count;
            }

            previous = end;
        }

        return total;
    }

    /// <summary>The library: <see cref="LedgerHistory.Rebuild"/>.</summary>
    [Benchmark]
    public long LedgerHistoryRebuild()
    {
        var history = LedgerHistory.Rebuild(_items, AsOf);
        return history.MonthEnds.Length + history.ItemTransitions.Sum(t => t.MatrixFor(KpiBenchmarkData.Sar).Total.Count);
    }
}
