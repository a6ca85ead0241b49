using BenchmarkDotNet.Attributes;
using Collections.ContactPolicy;
using PolicyType = Collections.ContactPolicy.ContactPolicy;

namespace Collections.Benchmarks.ContactPolicy;

/// <summary>
/// Planning a day: one decision per account, each with its own ~20 prior attempts, under the SAMA pack plus restrictions,
/// a daily limit and a gap. <c>Check</c> gives allowed, codes and the next allowed instant without allocating per
/// decision; <c>Decide</c> adds denials with sources and Arabic and English explanations; the LINQ baseline gives
/// allowed or not only.
/// </summary>
[MemoryDiagnoser]
public class ContactPolicyBenchmarks
{
    private PolicyType _policy = null!;
    private ContactRequest[] _requests = [];
    private ContactHistory[] _histories = [];
    private IReadOnlyList<PriorAttempt>[] _lists = [];
    private ContactVerdict[] _verdicts = [];

    /// <summary>Accounts in the plan (one decision each).</summary>
    [Params(100_000)]
    public int Accounts { get; set; }

    /// <summary>Prior attempts per account in the last 30 days.</summary>
    [Params(5, 20)]
    public int HistoryLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = ContactPolicyBenchmarkData.Policy();
        (_requests, _histories) = ContactPolicyBenchmarkData.Plan(Accounts, HistoryLength);
        _lists = [.. _histories.Select(h => h.Attempts)];
        _verdicts = new ContactVerdict[Accounts];

        // The compared implementations must agree before anything is timed.
        var allowed = 0;
        for (var i = 0; i < Accounts; i++)
        {
            var verdict = _policy.Check(_requests[i], _histories[i]);
            var decision = _policy.Decide(_requests[i], _histories[i]);
            var linq = PlainLinqContactCheck.IsAllowed(_policy, _requests[i], _lists[i]);
            if (verdict.IsAllowed != decision.IsAllowed || verdict.IsAllowed != linq || verdict.NextAllowedAt != decision.NextAllowedAt)
            {
                throw new InvalidOperationException($"Implementations disagree on request {i}.");
            }

            allowed += verdict.IsAllowed ? 1 : 0;
        }

        Console.WriteLine($"// {Accounts} requests, {HistoryLength} prior attempts each: {allowed} allowed, {Accounts - allowed} refused.");
    }

    /// <summary>Plain LINQ over the rules: allowed or not only.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLinq()
    {
        var allowed = 0;
        for (var i = 0; i < _requests.Length; i++)
        {
            allowed += PlainLinqContactCheck.IsAllowed(_policy, _requests[i], _lists[i]) ? 1 : 0;
        }

        return allowed;
    }

    /// <summary>Verdicts (allowed, codes, next allowed) for the whole plan on one core.</summary>
    [Benchmark]
    public int CheckMany()
    {
        _policy.CheckMany(_requests, _histories, _verdicts);
        var allowed = 0;
        foreach (var verdict in _verdicts)
        {
            allowed += verdict.IsAllowed ? 1 : 0;
        }

        return allowed;
    }

    /// <summary>Full decisions with denials, sources and explanations.</summary>
    [Benchmark]
    public int Decide()
    {
        var allowed = 0;
        for (var i = 0; i < _requests.Length; i++)
        {
            allowed += _policy.Decide(_requests[i], _histories[i]).IsAllowed ? 1 : 0;
        }

        return allowed;
    }
}
