using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>A small set of KPI facts for property tests: every kind, codes and days near the edges.</summary>
/// <param name="Accounts">Account facts, each account index once.</param>
/// <param name="Attempts">Attempts (some on accounts without an account fact, some outside the period).</param>
/// <param name="Promises">Promises falling due.</param>
/// <param name="Payments">Payments.</param>
/// <param name="Complaints">Complaints.</param>
/// <param name="AgentTimes">Agent time.</param>
public sealed record KpiFactSample(
    KpiAccount[] Accounts, KpiAttempt[] Attempts, KpiPromiseDue[] Promises, KpiPayment[] Payments, KpiComplaint[] Complaints, KpiAgentTime[] AgentTimes)
{
    /// <summary>The number of facts of every kind.</summary>
    public int Count => Accounts.Length + Attempts.Length + Promises.Length + Payments.Length + Complaints.Length + AgentTimes.Length;

    /// <summary>Adds every fact to an accumulator.</summary>
    /// <param name="accumulator">The accumulator.</param>
    /// <returns>The accumulator.</returns>
    public KpiAccumulator AddTo(KpiAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        return accumulator.Add(Accounts).Add(Attempts).Add(Promises).Add(Payments).Add(Complaints).Add(AgentTimes);
    }

    /// <summary>The facts whose position (counted over all kinds in order) is selected.</summary>
    /// <param name="take">Whether the fact at a position is taken.</param>
    /// <returns>The selected facts.</returns>
    public KpiFactSample Where(Func<int, bool> take)
    {
        ArgumentNullException.ThrowIfNull(take);
        var offset = 0;
        T[] Pick<T>(T[] facts)
        {
            var start = offset;
            offset += facts.Length;
            return [.. facts.Where((_, i) => take(start + i))];
        }

        return new KpiFactSample(Pick(Accounts), Pick(Attempts), Pick(Promises), Pick(Payments), Pick(Complaints), Pick(AgentTimes));
    }
}

/// <summary>FsCheck generators of KPI facts (see <see cref="KpiFactSample"/>) and of the scope they are counted in.</summary>
public static class KpiFactGenerators
{
    /// <summary>The period facts are generated around: March 2026.</summary>
    public static readonly DateInterval Period = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    /// <summary>The scope of generated facts: March 2026, SAR, default buckets, every breakdown.</summary>
    public static KpiScope Scope { get; } = KpiScope.Create(Period, Currency.SaudiRiyal, AgingBucketSet.Default, KpiDimension.All);

    /// <summary>Small fact samples: up to 40 accounts, 60 attempts, 15 promises, 15 payments, 5 complaints and 8 agent-time facts.</summary>
    /// <returns>The generator.</returns>
    public static Gen<KpiFactSample> Samples() =>
        from accountIndexes in Gen.Shuffle(Enumerable.Range(0, 48).ToArray()).SelectMany(all => Gen.Choose(0, 40).Select(n => all.Take(n).ToArray()))
        from accounts in Gen.CollectToArray(accountIndexes.Select(Account))
        from attempts in Attempt().ArrayOf().Select(a => a.Take(60).ToArray())
        from promises in Promise().ArrayOf().Select(a => a.Take(15).ToArray())
        from payments in Payment().ArrayOf().Select(a => a.Take(15).ToArray())
        from complaints in Complaint().ArrayOf().Select(a => a.Take(5).ToArray())
        from agentTimes in AgentTime().ArrayOf().Select(a => a.Take(8).ToArray())
        select new KpiFactSample(accounts, attempts, promises, payments, complaints, agentTimes);

    /// <summary>Days from five days before the period to five days after it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> Day() => Gen.Choose(-5, 35).Select(d => Period.Start.PlusDays(d));

    /// <summary>Breakdown keys with small codes, 0 ("not given") included.</summary>
    /// <returns>The generator.</returns>
    public static Gen<KpiKey> Key() =>
        from creditor in Gen.Choose(0, 3)
        from placement in Gen.Choose(0, 4)
        from segment in Gen.Choose(0, 3)
        from bucket in Gen.Choose(0, AgingBucketSet.Default.Count)
        select new KpiKey((ushort)creditor, (ushort)placement, (ushort)segment, (byte)bucket);

    private static Gen<KpiAccount> Account(int index) =>
        from inventory in Gen.Elements(InventoryStatus.AtStart, InventoryStatus.AtStart, InventoryStatus.PlacedDuring, InventoryStatus.NotInInventory)
        from key in Key()
        from placed in Gen.Choose(0, 1_000_000)
        from resolution in Gen.Elements(AccountResolution.All.ToArray())
        from start in State()
        from end in State()
        from startBalance in Gen.Choose(-50_000, 1_000_000)
        from endBalance in Gen.Choose(-50_000, 1_000_000)
        select new KpiAccount(index, inventory)
        {
            // The key's bucket must agree with a bucket start state: give it only when the start is not a bucket.
            Key = start is { IsPaid: false } ? key with { Bucket = 0 } : key,
            PlacedBalanceMinorUnits = placed,
            Resolution = resolution,
            StartState = start,
            EndState = end,
            BalanceAtStartMinorUnits = startBalance,
            BalanceAtEndMinorUnits = endBalance,
        };

    private static Gen<RollState?> State() =>
        Gen.Frequency(
            (1, Gen.Constant<RollState?>(null)),
            (1, Gen.Constant<RollState?>(RollState.Paid)),
            (5, Gen.Elements(AgingBucketSet.Default.Buckets.ToArray()).Select(b => (RollState?)RollState.InBucket(b))));

    private static Gen<KpiAttempt> Attempt() =>
        from account in Gen.Choose(0, 50)
        from channel in Gen.Elements(Channel.All.ToArray())
        from outcome in Gen.Elements(AttemptOutcome.All.Where(o => o.AppliesTo(channel)).ToArray()) // only pairs an attempt can have
        from day in Day()
        from key in Key()
        from agent in Gen.Choose(0, 5)
        from template in Gen.Choose(0, 4)
        from results in Gen.Choose(0, 31)
        from handle in Gen.Choose(0, 900)
        from cost in Gen.Choose(0, 1_000)
        select new KpiAttempt(account, channel, outcome, day)
        {
            Key = key,
            Agent = (ushort)agent,
            Template = (ushort)template,
            Results = outcome.IsRightPartyContact ? (ContactResults)results : ContactResults.None,
            HandleSeconds = handle,
            CostMinorUnits = cost,
        };

    private static Gen<KpiPromiseDue> Promise() =>
        from account in Gen.Choose(0, 50)
        from due in Day()
        from age in Gen.Choose(0, 20)
        from promised in Gen.Choose(1, 100_000)
        from paid in Gen.Frequency(
            (2, Gen.Constant(0)),
            (2, Gen.Constant(-1)),
            (3, Gen.Choose(0, 150_000)))
        from key in Key()
        from channel in Gen.Elements<Channel?>([null, .. Channel.All])
        from agent in Gen.Choose(0, 5)
        from template in Gen.Choose(0, 4)
        select new KpiPromiseDue(account, due.PlusDays(-age), due, promised, paid < 0 ? promised : paid)
        {
            Key = key,
            Channel = channel,
            Agent = (ushort)agent,
            Template = (ushort)template,
        };

    private static Gen<KpiPayment> Payment() =>
        from account in Gen.Choose(0, 50)
        from day in Day()
        from amount in Gen.Choose(1, 500_000)
        from key in Key()
        select new KpiPayment(account, day, amount) { Key = key };

    private static Gen<KpiComplaint> Complaint() =>
        from account in Gen.Choose(0, 50)
        from day in Day()
        from key in Key()
        from channel in Gen.Elements<Channel?>([null, .. Channel.All])
        from agent in Gen.Choose(0, 5)
        from template in Gen.Choose(0, 4)
        select new KpiComplaint(account, day) { Key = key, Channel = channel, Agent = (ushort)agent, Template = (ushort)template };

    private static Gen<KpiAgentTime> AgentTime() =>
        from agent in Gen.Choose(1, 5)
        from day in Day()
        from seconds in Gen.Choose(0, 36_000)
        select new KpiAgentTime((ushort)agent, day, seconds);
}
