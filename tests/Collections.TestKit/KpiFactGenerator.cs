using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using NodaTime;

namespace Collections.TestKit;

/// <summary>The size and make-up of a generated KPI data set.</summary>
/// <param name="Accounts">Accounts (each gets one <see cref="KpiAccount"/>).</param>
/// <param name="Attempts">Attempts, about 5% of them outside the period.</param>
/// <param name="Creditors">Creditor codes 1..n.</param>
/// <param name="Placements">Placement codes 1..n.</param>
/// <param name="Segments">Segment codes 1..n.</param>
/// <param name="Agents">Agent codes 1..n (calls and visits have an agent, messages none).</param>
/// <param name="Templates">Template codes 1..n (messages and some calls).</param>
public sealed record KpiDataShape(int Accounts, int Attempts, int Creditors = 4, int Placements = 24, int Segments = 8, int Agents = 120, int Templates = 30)
{
    /// <summary>Promises falling due: one for every 30 attempts.</summary>
    public int Promises => Attempts / 30;

    /// <summary>Payments: one for every 20 attempts.</summary>
    public int Payments => Attempts / 20;

    /// <summary>Complaints: one for every 2,000 attempts.</summary>
    public int Complaints => Attempts / 2000;
}

/// <summary>A generated set of KPI facts with the scope they were made for.</summary>
/// <param name="Scope">March 2026, SAR, the default buckets, and the breakdowns asked for.</param>
/// <param name="Accounts">One fact per account, in index order.</param>
/// <param name="Attempts">The attempts.</param>
/// <param name="Promises">Promises falling due (some outside the period).</param>
/// <param name="Payments">Payments (some outside the period).</param>
/// <param name="Complaints">Complaints.</param>
/// <param name="AgentTimes">Every agent's logged time on every day of the period and the day before it.</param>
public sealed record KpiDataSet(
    KpiScope Scope, KpiAccount[] Accounts, KpiAttempt[] Attempts, KpiPromiseDue[] Promises, KpiPayment[] Payments, KpiComplaint[] Complaints, KpiAgentTime[] AgentTimes)
{
    /// <summary>Adds every fact to an accumulator.</summary>
    /// <param name="accumulator">The accumulator (of <see cref="Scope"/>).</param>
    /// <returns>The accumulator.</returns>
    public KpiAccumulator AddTo(KpiAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        return accumulator.Add(Accounts).Add(Attempts).Add(Promises).Add(Payments).Add(Complaints).Add(AgentTimes);
    }

    /// <summary>One pass over every fact.</summary>
    /// <returns>The report.</returns>
    public KpiReport OnePass() => AddTo(new KpiAccumulator(Scope)).ToReport();
}

/// <summary>A seeded generator of realistic KPI facts: a month of collection work on a portfolio (channel mix, outcome
/// rates per channel, productive contacts, promises kept and broken, payments, cures and rolls, complaints).</summary>
/// <remarks>Deterministic for a seed (System.Random with a seed). Used by the KPI tests, and linked as source by the
/// KPI-partitions sample and the benchmarks, so all three run on the same kind of data.</remarks>
public static class KpiFactGenerator
{
    /// <summary>The first day of the generated period.</summary>
    public static readonly LocalDate PeriodStart = new(2026, 3, 1);

    /// <summary>The last day of the generated period.</summary>
    public static readonly LocalDate PeriodEnd = new(2026, 3, 31);

    private static readonly Channel[] Channels = [Channel.Call, Channel.Sms, Channel.WhatsApp, Channel.Email, Channel.Letter, Channel.App, Channel.Visit];
    private static readonly int[] ChannelWeights = [55, 22, 12, 7, 1, 2, 1];
    private static readonly int[] ChannelCost = [150, 8, 5, 1, 500, 0, 5000];
    private static readonly AttemptOutcome[] VoiceOutcomes =
        [AttemptOutcome.NoAnswer, AttemptOutcome.Busy, AttemptOutcome.Voicemail, AttemptOutcome.WrongNumber, AttemptOutcome.Disconnected, AttemptOutcome.ThirdParty, AttemptOutcome.RightParty];

    private static readonly int[] VoiceWeights = [35, 8, 20, 4, 3, 10, 20];
    private static readonly AttemptOutcome[] MessageOutcomes = [AttemptOutcome.Failed, AttemptOutcome.Delivered, AttemptOutcome.Read, AttemptOutcome.Replied];
    private static readonly int[] MessageWeights = [6, 58, 26, 10];
    private static readonly int[] StartBucketWeights = [10, 30, 20, 14, 10, 16]; // current, 1-30 … 121+

    /// <summary>Generates a data set.</summary>
    /// <param name="shape">Its size and make-up.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="breakdowns">The scope's breakdowns; none when omitted.</param>
    /// <param name="progress">Told the stage (accounts, attempts, promises, payments) and the fraction done, every 1%.</param>
    /// <returns>The facts and their scope.</returns>
    public static KpiDataSet Generate(KpiDataShape shape, int seed, IEnumerable<KpiDimension>? breakdowns = null, IProgress<(string Stage, double Fraction)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var random = new Random(seed);
        var buckets = AgingBucketSet.Default;
        var scope = KpiScope.Create(new DateInterval(PeriodStart, PeriodEnd), Currency.SaudiRiyal, buckets, breakdowns);
        var days = Enumerable.Range(-10, 52).Select(d => PeriodStart.PlusDays(d)).ToArray(); // 10 days before to 10 after
        var states = buckets.Buckets.Select(RollState.InBucket).Append(RollState.Paid).ToArray();

        var keys = new KpiKey[shape.Accounts];
        var accounts = new KpiAccount[shape.Accounts];
        var step = Math.Max(1, shape.Accounts / 100);
        for (var a = 0; a < shape.Accounts; a++)
        {
            if (progress is not null && a % step == 0)
            {
                progress.Report(("accounts", (double)a / shape.Accounts));
            }

            var startBucket = Pick(random, StartBucketWeights);
            var key = new KpiKey(
                (ushort)(1 + random.Next(shape.Creditors)), (ushort)(1 + random.Next(shape.Placements)), (ushort)(1 + random.Next(shape.Segments)), (byte)(startBucket + 1));
            keys[a] = key;
            var roll = random.Next(100);
            var inventory = roll < 85 ? InventoryStatus.AtStart : roll < 95 ? InventoryStatus.PlacedDuring : InventoryStatus.NotInInventory;
            var balance = (long)(5_000 + random.Next(2_000_000)) * (1 + random.Next(5));
            var end = random.Next(100) switch
            {
                < 18 => 0,                                      // cured to current
                < 26 => states.Length - 1,                      // paid off
                < 60 => startBucket,                            // stayed
                < 90 => Math.Min(startBucket + 1, buckets.Count - 1), // rolled forward
                _ => Math.Max(startBucket - 1, 0),              // improved one bucket
            };
            var resolution = random.Next(100) switch
            {
                < 7 => AccountResolution.PaidInFull,
                < 10 => AccountResolution.Settled,
                < 15 => AccountResolution.PaymentPlanInGoodStanding,
                _ => AccountResolution.Unresolved,
            };
            accounts[a] = new KpiAccount(a, inventory)
            {
                Key = key,
                PlacedBalanceMinorUnits = balance,
                Resolution = resolution,
                StartState = inventory == InventoryStatus.PlacedDuring ? null : states[startBucket],
                EndState = random.Next(50) == 0 ? null : states[end],
                BalanceAtStartMinorUnits = random.Next(40) == 0 ? -random.Next(10_000) : balance,
                BalanceAtEndMinorUnits = end == states.Length - 1 ? 0 : balance - random.Next(5_000),
            };
        }

        // Three accounts in four are worked; the rest are attempted only now and then (contact coverage below 100%).
        var worked = Math.Max(1, shape.Accounts * 3 / 4);
        var attempts = new KpiAttempt[shape.Attempts];
        step = Math.Max(1, attempts.Length / 100);
        for (var i = 0; i < attempts.Length; i++)
        {
            if (progress is not null && i % step == 0)
            {
                progress.Report(("attempts", (double)i / attempts.Length));
            }

            var account = random.Next(100) < 99 ? random.Next(worked) : random.Next(shape.Accounts);
            var c = Pick(random, ChannelWeights);
            var channel = Channels[c];
            var voice = channel.Kind is ChannelKind.Voice or ChannelKind.InPerson;
            var outcome = voice ? VoiceOutcomes[Pick(random, VoiceWeights)] : MessageOutcomes[Pick(random, MessageWeights)];
            var results = ContactResults.None;
            if (outcome.IsRightPartyContact)
            {
                var r = random.Next(100);
                results = r switch
                {
                    < 28 => ContactResults.Promise,
                    < 31 => ContactResults.Promise | ContactResults.PaymentPlan,
                    < 36 => ContactResults.Payment,
                    < 38 => ContactResults.Dispute,
                    < 48 => ContactResults.AgreedCallback,
                    _ => ContactResults.None,
                };
            }

            var connected = voice && outcome.IsContact;
            attempts[i] = new KpiAttempt(account, channel, outcome, DayOf(random, days))
            {
                Key = keys[account],
                Agent = voice ? (ushort)(1 + random.Next(shape.Agents)) : (ushort)0,
                Template = voice ? (random.Next(4) == 0 ? (ushort)(1 + random.Next(shape.Templates)) : (ushort)0) : (ushort)(1 + random.Next(shape.Templates)),
                Results = results,
                HandleSeconds = connected ? 45 + random.Next(600) : voice ? random.Next(40) : 0,
                CostMinorUnits = ChannelCost[c],
            };
        }

        progress?.Report(("promises and payments", 0));
        var promises = new KpiPromiseDue[shape.Promises];
        for (var i = 0; i < promises.Length; i++)
        {
            var account = random.Next(shape.Accounts);
            var due = DayOf(random, days);
            var promised = 10_000 + random.Next(500_000);
            var paid = random.Next(100) switch
            {
                < 52 => promised + (random.Next(5) == 0 ? random.Next(20_000) : 0), // kept (sometimes more)
                < 68 => 1 + random.Next(promised - 1),                             // partially kept
                _ => 0,                                                            // broken
            };
            var c = random.Next(3) switch { 0 => 0, 1 => 1, _ => 2 };
            promises[i] = new KpiPromiseDue(account, due.PlusDays(-random.Next(15)), due, promised, paid)
            {
                Key = keys[account],
                Channel = Channels[c],
                Agent = c == 0 ? (ushort)(1 + random.Next(shape.Agents)) : (ushort)0,
                Template = c == 0 ? (ushort)0 : (ushort)(1 + random.Next(shape.Templates)),
            };
        }

        var payments = new KpiPayment[shape.Payments];
        for (var i = 0; i < payments.Length; i++)
        {
            var account = random.Next(shape.Accounts);
            payments[i] = new KpiPayment(account, DayOf(random, days), 1_000 + random.Next(800_000)) { Key = keys[account] };
        }

        var complaints = new KpiComplaint[shape.Complaints];
        for (var i = 0; i < complaints.Length; i++)
        {
            var account = random.Next(shape.Accounts);
            var c = random.Next(4) == 0 ? 1 : 0;
            complaints[i] = new KpiComplaint(account, DayOf(random, days))
            {
                Key = keys[account],
                Channel = random.Next(10) == 0 ? null : Channels[c],
                Agent = c == 0 ? (ushort)(1 + random.Next(shape.Agents)) : (ushort)0,
                Template = c == 1 ? (ushort)(1 + random.Next(shape.Templates)) : (ushort)0,
            };
        }

        var agentTimes = new List<KpiAgentTime>();
        for (var agent = 1; agent <= shape.Agents; agent++)
        {
            for (var d = PeriodStart.PlusDays(-1); d <= PeriodEnd; d = d.PlusDays(1))
            {
                if (random.Next(7) < 5)
                {
                    agentTimes.Add(new KpiAgentTime((ushort)agent, d, 4 * 3600 + random.Next(5 * 3600)));
                }
            }
        }

        progress?.Report(("promises and payments", 1));
        return new KpiDataSet(scope, accounts, attempts, promises, payments, complaints, [.. agentTimes]);
    }

    // 95% of days inside the period (31 days), 5% in the ten days either side.
    private static LocalDate DayOf(Random random, LocalDate[] days) =>
        random.Next(20) == 0 ? (random.Next(2) == 0 ? days[random.Next(10)] : days[41 + random.Next(10)]) : days[10 + random.Next(31)];

    private static int Pick(Random random, int[] weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var r = random.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
