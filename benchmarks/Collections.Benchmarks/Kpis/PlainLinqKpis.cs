using Collections.Core;
using Collections.Kpi;
using NodaTime;

namespace Collections.Benchmarks.Kpis;

/// <summary>The same KPIs as <see cref="KpiAccumulator"/> overall and per channel, written as plain LINQ over the fact arrays:
/// the baseline a team would write first.</summary>
internal static class PlainLinqKpis
{
    public static Dictionary<string, Rate> Compute(KpiScope scope, KpiAccount[] accounts, KpiAttempt[] attempts, KpiPromiseDue[] promises, KpiPayment[] payments, KpiComplaint[] complaints, KpiAgentTime[] agentTimes)
    {
        var period = scope.Period;
        var inPeriod = attempts.Where(a => period.Contains(a.Day)).ToList();
        var rpc = inPeriod.Count(a => a.Outcome.IsRightPartyContact);
        var due = promises.Where(p => period.Contains(p.DueOn)).ToList();
        var paid = payments.Where(p => period.Contains(p.ValueDate)).ToList();
        var inventory = accounts.Where(a => a.Inventory.IsInInventory).ToList();
        var attempted = inPeriod.Select(a => a.Account).ToHashSet();
        var paying = paid.Select(p => p.Account).ToHashSet();
        var observed = accounts.Where(a => a.StartState is not null && a.EndState is not null).ToList();
        var delinquent = observed.Where(a => a.StartState!.Value.IsDelinquent).ToList();
        var last = scope.Buckets.Count - 1;
        var rollBase = observed.Where(a => a.StartState!.Value.Bucket is { } b && b.Index < last).ToList();
        var rolled = rollBase.Where(a => a.EndState!.Value.Bucket is { } e && e.Index == a.StartState!.Value.Bucket!.Index + 1).ToList();
        var inInventory = inventory.Select(a => a.Account).ToHashSet();
        var collected = paid.Where(p => inInventory.Contains(p.Account)).Sum(p => p.AppliedMinorUnits) / 100m; // collected on the placed balance
        var connected = inPeriod.Where(a => a.Channel == Channel.Call && a.Outcome.IsContact).ToList();

        var rates = new Dictionary<string, Rate>
        {
            ["rpc_rate"] = new(rpc, inPeriod.Count),
            ["contact_rate"] = new(inPeriod.Count(a => a.Outcome.IsContact), inPeriod.Count),
            ["channel_contact_rate"] = new(inPeriod.Count(a => a.Results != ContactResults.None), inPeriod.Count),
            ["contact_coverage"] = new(inventory.Count(a => attempted.Contains(a.Account)), inventory.Count),
            ["paying_accounts_rate"] = new(inventory.Count(a => paying.Contains(a.Account)), inventory.Count),
            ["ptp_rate"] = new(inPeriod.Count(a => a.Results.HasFlag(ContactResults.Promise)), rpc),
            ["ptp_kept_rate"] = new(due.Count(p => p.PaidWithinGraceMinorUnits >= p.PromisedMinorUnits), due.Count),
            ["ptp_kept_amount_rate"] = new(due.Sum(p => Math.Min(p.PaidWithinGraceMinorUnits, p.PromisedMinorUnits)) / 100m, due.Sum(p => p.PromisedMinorUnits) / 100m),
            ["ptp_partially_kept_rate"] = new(due.Count(p => p.PaidWithinGraceMinorUnits > 0 && p.PaidWithinGraceMinorUnits < p.PromisedMinorUnits), due.Count),
            ["ptp_broken_rate"] = new(due.Count(p => p.PaidWithinGraceMinorUnits == 0), due.Count),
            ["resolution_rate"] = new(inventory.Count(a => a.Resolution.IsResolved), inventory.Count),
            ["cure_rate"] = new(delinquent.Count(a => a.EndState!.Value.IsPaid || a.EndState.Value.Bucket!.IsCurrent), delinquent.Count),
            ["forward_roll_rate"] = new(rolled.Count, rollBase.Count),
            ["forward_roll_balance_rate"] = new(rolled.Sum(a => Math.Max(a.BalanceAtStartMinorUnits, 0)) / 100m, rollBase.Sum(a => Math.Max(a.BalanceAtStartMinorUnits, 0)) / 100m),
            ["liquidation_rate"] = new(collected, inventory.Sum(a => a.PlacedBalanceMinorUnits) / 100m),
            ["attempts_per_rpc"] = new(inPeriod.Count, rpc),
            ["cost_per_unit_collected"] = new(inPeriod.Sum(a => (long)a.CostMinorUnits) / 100m, collected),
            ["average_handle_time"] = new(connected.Sum(a => (long)a.HandleSeconds), connected.Count),
            ["rpcs_per_agent_hour"] = new(inPeriod.Count(a => a.Outcome.IsRightPartyContact && a.Agent != 0), agentTimes.Where(t => period.Contains(t.Day)).Sum(t => (long)t.LoggedSeconds)),
            ["complaint_rate"] = new(complaints.Count(c => period.Contains(c.Day)), rpc),
        };

        foreach (var group in inPeriod.GroupBy(a => a.Channel))
        {
            rates["rpc_rate/" + group.Key.Code] = new Rate(group.Count(a => a.Outcome.IsRightPartyContact), group.Count());
            rates["channel_contact_rate/" + group.Key.Code] = new Rate(group.Count(a => a.Results != ContactResults.None), group.Count());
        }

        return rates;
    }
}
