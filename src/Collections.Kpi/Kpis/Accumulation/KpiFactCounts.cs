namespace Collections.Kpi;

/// <summary>How many facts of each kind an accumulator counted in its period, and how many it set aside as outside it.</summary>
/// <param name="Attempts">Attempts on a day in the period.</param>
/// <param name="AttemptsOutsidePeriod">Attempts on other days (counted in no KPI).</param>
/// <param name="PromisesDue">Promises falling due in the period.</param>
/// <param name="PromisesOutsidePeriod">Promises falling due on other days.</param>
/// <param name="Payments">Payments with a value date in the period.</param>
/// <param name="PaymentsOutsidePeriod">Payments with other value dates.</param>
/// <param name="Complaints">Complaints received in the period.</param>
/// <param name="ComplaintsOutsidePeriod">Complaints received on other days.</param>
/// <param name="AgentTimes">Agent-time facts on days in the period.</param>
/// <param name="AgentTimesOutsidePeriod">Agent-time facts on other days.</param>
/// <param name="Accounts">Account facts (they describe the period as a whole).</param>
public readonly record struct KpiFactCounts(
    long Attempts,
    long AttemptsOutsidePeriod,
    long PromisesDue,
    long PromisesOutsidePeriod,
    long Payments,
    long PaymentsOutsidePeriod,
    long Complaints,
    long ComplaintsOutsidePeriod,
    long AgentTimes,
    long AgentTimesOutsidePeriod,
    long Accounts);
