using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>A small month of collection work whose every KPI is worked out by hand in <see cref="KpiHandComputedTests"/>.</summary>
/// <remarks>
/// Six accounts (index: inventory, segment, placed, resolution, start → end, start balance):
/// A0 at start, seg 1, 1,000.00, unresolved, 31-60 → current, 800.00;
/// A1 at start, seg 1, 500.00, paid in full, 1-30 → paid, 500.00;
/// A2 at start, seg 2, 2,000.00, unresolved, 1-30 → 31-60, 2,000.00;
/// A3 placed during, seg 2, 1,500.00, payment plan, (none) → 1-30;
/// A4 not in inventory, seg 1, settled, current → current, 100.00;
/// A5 at start, seg 2, 1,000.00, settled, 61-90 → 61-90, 900.00.
/// Nine attempts (one in April), five promises (one due in April), five payments (one in April), two complaints
/// (one in April), three agent-time facts (one in February).
/// </remarks>
internal static class HandComputedCase
{
    public static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    public static KpiScope Scope { get; } = KpiScope.Create(March, Sar, Buckets, [KpiDimension.Segment, KpiDimension.Agent, KpiDimension.AgingBucket]);

    public static KpiKey Seg(int segment) => new(1, 1, (ushort)segment, 0);

    public static KpiAccount[] Accounts =>
    [
        Account(0, InventoryStatus.AtStart, 1, 1_000_00, AccountResolution.Unresolved, State("31-60"), State("current"), 800_00),
        Account(1, InventoryStatus.AtStart, 1, 500_00, AccountResolution.PaidInFull, State("1-30"), RollState.Paid, 500_00),
        Account(2, InventoryStatus.AtStart, 2, 2_000_00, AccountResolution.Unresolved, State("1-30"), State("31-60"), 2_000_00),
        Account(3, InventoryStatus.PlacedDuring, 2, 1_500_00, AccountResolution.PaymentPlanInGoodStanding, null, State("1-30"), 0) with { BalanceAtEndMinorUnits = 1_500_00 },
        Account(4, InventoryStatus.NotInInventory, 1, 0, AccountResolution.Settled, State("current"), State("current"), 100_00),
        Account(5, InventoryStatus.AtStart, 2, 1_000_00, AccountResolution.Settled, State("61-90"), State("61-90"), 900_00),
    ];

    public static KpiAttempt[] Attempts =>
    [
        Call(0, AttemptOutcome.RightParty, agent: 1, handle: 300) with { Results = ContactResults.Promise },
        Call(0, AttemptOutcome.NoAnswer, agent: 1, handle: 10),
        Call(1, AttemptOutcome.ThirdParty, agent: 2, handle: 60),
        new KpiAttempt(2, Channel.Sms, AttemptOutcome.Delivered, new LocalDate(2026, 3, 4)) { Key = Seg(2), Template = 5, CostMinorUnits = 8 },
        Call(2, AttemptOutcome.RightParty, agent: 2, handle: 200) with { Results = ContactResults.AgreedCallback },
        Call(2, AttemptOutcome.RightParty, agent: 1, handle: 100),
        new KpiAttempt(3, Channel.WhatsApp, AttemptOutcome.Replied, new LocalDate(2026, 3, 20)) { Key = Seg(2), Template = 5, CostMinorUnits = 5 },
        Call(4, AttemptOutcome.Busy, agent: 1, handle: 0),
        new KpiAttempt(0, Channel.Call, AttemptOutcome.RightParty, new LocalDate(2026, 4, 2))
        {
            Key = Seg(1), Agent = 2, HandleSeconds = 400, CostMinorUnits = 150, Results = ContactResults.Promise | ContactResults.Payment,
        },
    ];

    public static KpiPromiseDue[] Promises =>
    [
        new KpiPromiseDue(0, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10), 500_00, 500_00) { Key = Seg(1), Channel = Channel.Call, Agent = 1 },
        new KpiPromiseDue(2, new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 15), 300_00, 120_00) { Key = Seg(2), Channel = Channel.Call, Agent = 2 },
        new KpiPromiseDue(3, new LocalDate(2026, 3, 12), new LocalDate(2026, 3, 20), 200_00, 0) { Key = Seg(2), Channel = Channel.WhatsApp, Template = 5 },
        new KpiPromiseDue(1, new LocalDate(2026, 3, 18), new LocalDate(2026, 3, 25), 100_00, 150_00) { Key = Seg(1) },
        new KpiPromiseDue(5, new LocalDate(2026, 3, 28), new LocalDate(2026, 4, 5), 1_000_00, 0) { Key = Seg(2), Channel = Channel.Call, Agent = 1 },
    ];

    public static KpiPayment[] Payments =>
    [
        new KpiPayment(0, new LocalDate(2026, 3, 5), 200_00) { Key = Seg(1) },
        new KpiPayment(1, new LocalDate(2026, 3, 25), 150_00) { Key = Seg(1) },
        new KpiPayment(2, new LocalDate(2026, 3, 14), 120_00) { Key = Seg(2) },
        new KpiPayment(0, new LocalDate(2026, 3, 6), 300_00) { Key = Seg(1) },
        new KpiPayment(5, new LocalDate(2026, 4, 3), 50_00) { Key = Seg(2) },
    ];

    public static KpiComplaint[] Complaints =>
    [
        new KpiComplaint(2, new LocalDate(2026, 3, 16)) { Key = Seg(2), Channel = Channel.Call, Agent = 2 },
        new KpiComplaint(0, new LocalDate(2026, 4, 10)) { Key = Seg(1) },
    ];

    public static KpiAgentTime[] AgentTimes =>
    [
        new KpiAgentTime(1, new LocalDate(2026, 3, 2), 8 * 3600),
        new KpiAgentTime(2, new LocalDate(2026, 3, 2), 2 * 3600),
        new KpiAgentTime(1, new LocalDate(2026, 2, 28), 3600),
    ];

    public static KpiReport Report() =>
        new KpiAccumulator(Scope).Add(Accounts).Add(Attempts).Add(Promises).Add(Payments).Add(Complaints).Add(AgentTimes).ToReport();

    private static KpiAccount Account(int index, InventoryStatus inventory, int segment, long placed, AccountResolution resolution, RollState? start, RollState? end, long startBalance) =>
        new(index, inventory)
        {
            Key = Seg(segment),
            PlacedBalanceMinorUnits = placed,
            Resolution = resolution,
            StartState = start,
            EndState = end,
            BalanceAtStartMinorUnits = startBalance,
        };

    private static KpiAttempt Call(int account, AttemptOutcome outcome, ushort agent, int handle) =>
        new(account, Channel.Call, outcome, new LocalDate(2026, 3, 3))
        {
            Key = Seg(account is 0 or 1 or 4 ? 1 : 2),
            Agent = agent,
            HandleSeconds = handle,
            CostMinorUnits = 150,
        };
}
