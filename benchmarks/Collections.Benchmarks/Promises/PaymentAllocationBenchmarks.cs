using BenchmarkDotNet.Attributes;
using Collections.Core;
using Collections.Kpi;

namespace Collections.Benchmarks.Promises;

/// <summary>Allocating 1,000,000 payments (3 % reversed) to the open items of 250,000 accounts in the default order.</summary>
[MemoryDiagnoser]
public class PaymentAllocationBenchmarks
{
    private PromiseBenchmarkData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = PromiseBenchmarkData.Generate();
        if (AllocateAll() != PlainLoop())
        {
            throw new InvalidOperationException("The library and the plain loop leave different unapplied credit.");
        }
    }

    /// <summary>A plain loop: per account, sort the items (component, due date, id) and the payments (value date, posting, id),
    /// skip reversed payments, pay the items in order and add up what is left over.</summary>
    [Benchmark(Baseline = true)]
    public long PlainLoop()
    {
        long unapplied = 0;
        for (var a = 0; a < _data.Accounts.Length; a++)
        {
            var reversed = _data.ReversalsByAccount[a].Select(r => r.PaymentId).ToHashSet();
            var open = _data.Items[a]
                .OrderBy(i => i.Component.Value).ThenBy(i => i.DueOn).ThenBy(i => i.ItemId)
                .Select(i => i.Open.MinorUnits).ToArray();
            var next = 0;
            foreach (var payment in _data.PaymentsByAccount[a].Where(p => !reversed.Contains(p.Id)).OrderBy(p => p.ValueDate).ThenBy(p => p.PostedAt).ThenBy(p => p.Id))
            {
                var left = payment.Amount.MinorUnits;
                while (left > 0 && next < open.Length)
                {
                    var take = Math.Min(left, open[next]);
                    open[next] -= take;
                    left -= take;
                    if (open[next] == 0)
                    {
                        next++;
                    }
                }

                unapplied += left;
            }
        }

        return unapplied;
    }

    /// <summary>The library: <see cref="PaymentAllocator.AllocateAll"/> per account (lines, open items after each payment, unapplied credit).</summary>
    [Benchmark]
    public long AllocateAll()
    {
        long unapplied = 0;
        for (var a = 0; a < _data.Accounts.Length; a++)
        {
            var result = PaymentAllocator.AllocateAll(_data.Accounts[a], _data.PaymentsByAccount[a], _data.ReversalsByAccount[a], _data.Items[a], AllocationOrder.Default);
            unapplied += result.UnappliedCredit.MinorUnits;
        }

        return unapplied;
    }
}
