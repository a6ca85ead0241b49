using System.Globalization;
using System.Text;
using Collections.Kpi.Governance;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Two Saudi weeks (Sunday to Saturday) of one creditor's collection work, small enough to work out by hand.</summary>
/// <remarks>
/// <para>Codes: creditor bank-1 = 1; segments early = 1, late = 2; agents noura = 1, fahad = 2; template ptp-ar = 1;
/// accounts A0..A3 = 0..3 (A0, A1 early; A2, A3 late).</para>
/// <para>Week 1 (2026-03-01..07). Attempts: A0 call RPC promise (noura); A0 call no answer (noura); A1 call RPC (fahad);
/// A2 SMS delivered (ptp-ar); A3 SMS delivered (ptp-ar); A2 call busy (fahad) — call 4 attempts, 2 RPC, 1 productive; SMS 2,
/// 0, 0. Promises due: A0 100.00 paid 100.00 (noura, kept); A1 200.00 paid 50.00 (fahad, partial); A2 300.00 paid 0 (fahad,
/// SMS, ptp-ar, broken). Accounts: A0 1-30 → current 1,000.00; A1 1-30 → 31-60 500.00 (rolled); A2 31-60 → 61-90
/// 2,000.00 (rolled); A3 31-60 → 31-60 1,000.00.</para>
/// <para>Week 2 (2026-03-08..14). Attempts: A0 call RPC payment (noura); A2 SMS delivered (ptp-ar). Promise due: A3 100.00
/// paid 100.00 (noura, kept). Accounts: A0 current → current 800.00; A1 31-60 → 61-90 500.00 (rolled); A2 61-90 → 91-120
/// 2,000.00 (rolled); A3 31-60 → current 1,000.00.</para>
/// <para>Over both weeks: call 5 attempts, 3 RPC, 2 productive; SMS 3 attempts, 0 RPC, 0 productive. Promise kept: noura
/// 2/2, fahad 0/2, ptp-ar 0/1, pool 2/4 = 50%; by amount pool 250/700, fahad 50/500, ptp-ar 0/300. Forward roll: early
/// 2/4 (balance 1,000/2,800), late 2/4 (4,000/6,000).</para>
/// </remarks>
internal static class GovernanceCase
{
    public static readonly CreditorId Bank = new("bank-1");

    public static readonly GovernancePeriod Week1 = GovernancePeriod.Containing(GovernancePeriodKind.Weekly, new LocalDate(2026, 3, 1), IsoDayOfWeek.Sunday);

    public static readonly GovernancePeriod Week2 = GovernancePeriod.Containing(GovernancePeriodKind.Weekly, new LocalDate(2026, 3, 8), IsoDayOfWeek.Sunday);

    public static readonly KpiDimension[] Breakdowns = [KpiDimension.Creditor, KpiDimension.Segment, KpiDimension.Agent, KpiDimension.Template];

    public static KpiCodebook Codebook { get; } = CreateCodebook();

    private static KpiKey Early => new(1, 0, 1, 0);

    private static KpiKey Late => new(1, 0, 2, 0);

    private static KpiKey KeyOf(int account) => account < 2 ? Early : Late;

    public static KpiAttempt[] Week1Attempts =>
    [
        Call(0, AttemptOutcome.RightParty, 2, agent: 1) with { Results = ContactResults.Promise },
        Call(0, AttemptOutcome.NoAnswer, 3, agent: 1),
        Call(1, AttemptOutcome.RightParty, 3, agent: 2),
        Sms(2, 4),
        Sms(3, 4),
        Call(2, AttemptOutcome.Busy, 5, agent: 2),
    ];

    public static KpiAttempt[] Week2Attempts =>
    [
        Call(0, AttemptOutcome.RightParty, 9, agent: 1) with { Results = ContactResults.Payment },
        Sms(2, 10),
    ];

    public static KpiPromiseDue[] Week1Promises =>
    [
        new KpiPromiseDue(0, new LocalDate(2026, 2, 25), new LocalDate(2026, 3, 3), 100_00, 100_00) { Key = Early, Channel = Channel.Call, Agent = 1 },
        new KpiPromiseDue(1, new LocalDate(2026, 2, 26), new LocalDate(2026, 3, 5), 200_00, 50_00) { Key = Early, Channel = Channel.Call, Agent = 2 },
        new KpiPromiseDue(2, new LocalDate(2026, 2, 27), new LocalDate(2026, 3, 6), 300_00, 0) { Key = Late, Channel = Channel.Sms, Agent = 2, Template = 1 },
    ];

    public static KpiPromiseDue[] Week2Promises =>
    [
        new KpiPromiseDue(3, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10), 100_00, 100_00) { Key = Late, Channel = Channel.Call, Agent = 1 },
    ];

    public static KpiAccount[] Week1Accounts =>
    [
        Account(0, "1-30", "current", 1_000_00),
        Account(1, "1-30", "31-60", 500_00),
        Account(2, "31-60", "61-90", 2_000_00),
        Account(3, "31-60", "31-60", 1_000_00),
    ];

    public static KpiAccount[] Week2Accounts =>
    [
        Account(0, "current", "current", 800_00),
        Account(1, "31-60", "61-90", 500_00),
        Account(2, "61-90", "91-120", 2_000_00),
        Account(3, "31-60", "current", 1_000_00),
    ];

    public static KpiBaseline Baseline { get; } = KpiBaseline.Create(
        "assessment 2026-02-28", [new KpiBaselineValue(KpiId.RightPartyContactRate, 25m), new KpiBaselineValue(KpiId.ForwardRollRate, 10m)]);

    public static GovernanceAccountActivity[] Activities =>
    [
        new(new AccountId("A0"), Bank, new DaysPastDue(90), Sr(1_000m), 7, 0),
        new(new AccountId("A1"), Bank, new DaysPastDue(120), Sr(500m), 10, 0) { HasOpenDispute = true },
        new(new AccountId("A2"), Bank, new DaysPastDue(100), Sr(2_000m), 6, 0),
        new(new AccountId("A3"), Bank, new DaysPastDue(95), Sr(1_000m), 6, 1),
    ];

    /// <summary>The week's KPI report, its facts added in the order given (or shuffled with a seed).</summary>
    public static KpiReport Report(GovernancePeriod week, int? shuffleSeed = null)
    {
        var first = week == Week1;
        var accumulator = new KpiAccumulator(KpiScope.Create(week.Interval, Sar, Buckets, Breakdowns));
        accumulator.Add(Shuffle(first ? Week1Accounts : Week2Accounts, shuffleSeed));
        accumulator.Add(Shuffle(first ? Week1Attempts : Week2Attempts, shuffleSeed));
        accumulator.Add(Shuffle(first ? Week1Promises : Week2Promises, shuffleSeed));
        return accumulator.ToReport();
    }

    /// <summary>The aging at a week's end: A0 due 2026-02-20, A2 due 2026-01-20 (1,000.00 and 500.00).</summary>
    public static AgingReport AgingAt(GovernancePeriod week) => PortfolioAging.AgeItems(
        [
            new ReceivableItem(new ItemId("I0"), new AccountId("A0"), null, new LocalDate(2026, 2, 20), Sr(1_000m)),
            new ReceivableItem(new ItemId("I2"), new AccountId("A2"), null, new LocalDate(2026, 1, 20), Sr(500m)),
        ],
        week.End);

    /// <summary>A builder with both weeks, the baseline, targets, channel costs and account activity.</summary>
    public static GovernanceReportBuilder Builder(KpiBaseline? baseline = null) =>
        new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { Baseline = baseline ?? Baseline }
            .AddPeriod(Report(Week1), AgingAt(Week1))
            .AddPeriod(Report(Week2), AgingAt(Week2))
            .AddTarget(new KpiTarget(KpiId.RightPartyContactRate, 30m))
            .AddTarget(new KpiTarget(KpiId.PromiseBrokenRate, 20m))
            .AddTarget(new KpiTarget(KpiId.RightPartyContactsPerAgentHour, 5m))
            .AddChannelCost(Channel.Call, Sr(1.20m))
            .AddChannelCost(Channel.Sms, Sr(1.00m))
            .AddAccounts(Activities);

    public static GovernanceReport Build() => Builder().Build();

    /// <summary>Every figure of a report as invariant text, for comparing two reports.</summary>
    public static string Describe(GovernanceReport report)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var p in report.Periods)
        {
            Line($"{p.Period}");
            foreach (var k in p.Kpis)
            {
                Line($"{k.Figure} {k.Baseline} {k.Target} {k.Status}");
            }

            foreach (var c in p.Channels)
            {
                Line($"{c.Channel.Code} {c.Attempts} {c.RightPartyContacts} {c.ProductiveContacts} {c.Cost} {c.CostPerProductiveContact}");
            }

            foreach (var l in p.PromiseKeptByAgent.Concat(p.PromiseKeptByTemplate))
            {
                Line($"{l.Label} {l.KeptRate} {l.KeptAmountRate}");
            }

            foreach (var s in p.Segments)
            {
                Line($"{s.Label} {s.ForwardRoll} {s.ForwardRollBalance}");
            }

            foreach (var cell in p.RollRates.Cells)
            {
                Line($"{cell.From} {cell.To} {cell.Count} {cell.Balance} {cell.Share}");
            }

            foreach (var a in p.Aging?.Lines ?? [])
            {
                Line($"{a.Bucket} {a.Accounts} {a.Balance}");
            }
        }

        foreach (var c in report.Pooled.Channels)
        {
            Line($"pooled {c.Channel.Code} {c.Attempts} {c.RightPartyContacts} {c.ProductiveContacts} {c.Cost}");
        }

        foreach (var a in report.Accounts)
        {
            Line($"{a}");
        }

        Line($"{report.Provenance.InputSha256}");
        return text.ToString();
    }

    public static T[] Shuffle<T>(T[] items, int? seed)
    {
        if (seed is not { } s)
        {
            return items;
        }

        var copy = items.ToArray();
        new Random(s).Shuffle(copy);
        return copy;
    }

    private static KpiCodebook CreateCodebook()
    {
        var codes = new KpiCodebookBuilder();
        foreach (var id in new[] { "A0", "A1", "A2", "A3" })
        {
            codes.Account(new AccountId(id));
        }

        codes.Creditor(Bank);
        codes.Segment(new SegmentId("early"));
        codes.Segment(new SegmentId("late"));
        codes.Code(KpiDimension.Agent, "noura");
        codes.Code(KpiDimension.Agent, "fahad");
        codes.Code(KpiDimension.Template, "ptp-ar");
        return codes.Build();
    }

    private static KpiAttempt Call(int account, AttemptOutcome outcome, int day, ushort agent) =>
        new(account, Channel.Call, outcome, new LocalDate(2026, 3, day)) { Key = KeyOf(account), Agent = agent };

    private static KpiAttempt Sms(int account, int day) =>
        new(account, Channel.Sms, AttemptOutcome.Delivered, new LocalDate(2026, 3, day)) { Key = KeyOf(account), Template = 1 };

    private static KpiAccount Account(int account, string from, string to, long startBalance) =>
        new KpiAccount(account, InventoryStatus.AtStart)
        {
            Key = KeyOf(account), PlacedBalanceMinorUnits = startBalance, StartState = State(from), EndState = State(to), BalanceAtStartMinorUnits = startBalance,
        };
}
