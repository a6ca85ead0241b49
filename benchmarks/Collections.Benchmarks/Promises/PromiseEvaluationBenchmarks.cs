using BenchmarkDotNet.Attributes;
using Collections.Kpi;
using NodaTime;

namespace Collections.Benchmarks.Promises;

/// <summary>Evaluating 300,000 promises against 1,000,000 payments and their reversals on one as-of date.</summary>
[MemoryDiagnoser]
public class PromiseEvaluationBenchmarks
{
    private PromiseBenchmarkData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = PromiseBenchmarkData.Generate();

        // The two methods must agree on single-amount promises before anything is timed.
        var library = PromiseEvaluator.EvaluateAll(_data.Promises, _data.Payments, _data.Reversals, PromiseBenchmarkData.AsOf);
        var plain = PlainLinqAmounts();
        for (var i = 0; i < _data.Promises.Length; i++)
        {
            if (!_data.Promises[i].HasInstallments && library[i].AmountKept.MinorUnits != Math.Min(plain[i], _data.Promises[i].Amount.MinorUnits))
            {
                throw new InvalidOperationException($"Promise {_data.Promises[i].Id}: library {library[i].AmountKept}, plain LINQ {plain[i]}.");
            }
        }
    }

    /// <summary>Plain LINQ of the single-amount rule: payments known on the as-of date, not reversed, value-dated from the
    /// creation date to the due date + 3 days, summed per promise (installments are not split; a reference point only).</summary>
    [Benchmark(Baseline = true)]
    public long PlainLinq() => PlainLinqAmounts().Sum();

    /// <summary>The library: <see cref="PromiseEvaluator.EvaluateAll"/> (statuses, installments, amounts; reasons are built only when read).</summary>
    [Benchmark]
    public long EvaluateAll() =>
        PromiseEvaluator.EvaluateAll(_data.Promises, _data.Payments, _data.Reversals, PromiseBenchmarkData.AsOf).Sum(e => e.AmountKept.MinorUnits);

    private long[] PlainLinqAmounts()
    {
        var endOfAsOf = PromiseBenchmarkData.AsOf.PlusDays(1).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Riyadh"]).ToInstant();
        var reversed = _data.Reversals.Where(r => r.PostedAt < endOfAsOf).Select(r => r.PaymentId).ToHashSet();
        var byAccount = _data.Payments
            .Where(p => p.PostedAt < endOfAsOf && p.ValueDate <= PromiseBenchmarkData.AsOf && !reversed.Contains(p.Id))
            .ToLookup(p => p.AccountId);
        return _data.Promises
            .Select(promise => byAccount[promise.AccountId]
                .Where(p => p.ValueDate >= promise.CreatedOn && p.ValueDate <= promise.DueOn.PlusDays(3))
                .Sum(p => p.Amount.MinorUnits))
            .ToArray();
    }
}
