using Collections.TestKit;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>A naive, independent implementation of every KPI from facts, written from docs/kpi-definitions.md with LINQ over the
/// facts' public properties — no counters, no cells, no bits — to check <see cref="KpiAccumulator"/> against.</summary>
internal sealed class NaiveKpis(KpiDataSet data)
{
    private readonly DateInterval _period = data.Scope.Period;
    private readonly Dictionary<(KpiDimension?, int), Slice> _slices = [];
    private HashSet<int>? _attempted;
    private HashSet<int>? _paying;
    private Dictionary<int, long>? _collected;

    public Rate Rate(KpiId id, KpiDimension? dimension, int code)
    {
        if (!_slices.TryGetValue((dimension, code), out var slice))
        {
            slice = new Slice(
                [.. data.Attempts.Where(a => _period.Contains(a.Day)).Where(a => dimension is null || AttemptCode(a, dimension) == code)],
                [.. data.Promises.Where(p => _period.Contains(p.DueOn)).Where(p => dimension is null || PromiseCode(p, dimension) == code)],
                [.. data.Accounts.Where(a => dimension is null || KeyCode(AccountKey(a), dimension) == code)]);
            _slices[(dimension, code)] = slice;
        }

        var (attempts, promises, accounts) = slice;
        var inventory = accounts.Where(a => a.Inventory.IsInInventory).ToList();
        var rpc = attempts.Count(a => a.Outcome.IsRightPartyContact);
        var observed = accounts.Where(a => a.StartState is not null && a.EndState is not null).ToList();
        var delinquent = observed.Where(a => a.StartState!.Value.IsDelinquent).ToList();
        var last = data.Scope.Buckets.Count - 1;
        var rollBase = observed.Where(a => a.StartState!.Value.Bucket is { } b && b.Index < last).ToList();
        bool Rolled(KpiAccount a) => a.EndState!.Value.Bucket is { } end && end.Index == a.StartState!.Value.Bucket!.Index + 1;

        switch (id.Code)
        {
            case "rpc_rate":
                return new Rate(rpc, attempts.Count);
            case "contact_rate":
                return new Rate(attempts.Count(a => a.Outcome.IsContact), attempts.Count);
            case "channel_contact_rate":
                return new Rate(attempts.Count(a => a.Outcome.IsRightPartyContact && a.Results != ContactResults.None), attempts.Count);
            case "contact_coverage":
                var attempted = _attempted ??= data.Attempts.Where(a => _period.Contains(a.Day)).Select(a => a.Account).ToHashSet();
                return new Rate(inventory.Count(a => attempted.Contains(a.Account)), inventory.Count);
            case "paying_accounts_rate":
                var paying = _paying ??= data.Payments.Where(p => _period.Contains(p.ValueDate)).Select(p => p.Account).ToHashSet();
                return new Rate(inventory.Count(a => paying.Contains(a.Account)), inventory.Count);
            case "ptp_rate":
                return new Rate(attempts.Count(a => a.Outcome.IsRightPartyContact && a.Results.HasFlag(ContactResults.Promise)), rpc);
            case "ptp_kept_rate":
                return new Rate(promises.Count(p => p.PaidWithinGraceMinorUnits >= p.PromisedMinorUnits), promises.Count);
            case "ptp_partially_kept_rate":
                return new Rate(promises.Count(p => p.PaidWithinGraceMinorUnits > 0 && p.PaidWithinGraceMinorUnits < p.PromisedMinorUnits), promises.Count);
            case "ptp_broken_rate":
                return new Rate(promises.Count(p => p.PaidWithinGraceMinorUnits == 0), promises.Count);
            case "ptp_kept_amount_rate":
                return new Rate(Sar(promises.Sum(p => Math.Min(p.PaidWithinGraceMinorUnits, p.PromisedMinorUnits))), Sar(promises.Sum(p => p.PromisedMinorUnits)));
            case "resolution_rate":
                return new Rate(inventory.Count(a => a.Resolution != AccountResolution.Unresolved), inventory.Count);
            case "cure_rate":
                return new Rate(delinquent.Count(a => a.EndState!.Value.IsPaid || a.EndState.Value.Bucket!.IsCurrent), delinquent.Count);
            case "forward_roll_rate":
                return new Rate(rollBase.Count(Rolled), rollBase.Count);
            case "forward_roll_balance_rate":
                return new Rate(Sar(rollBase.Where(Rolled).Sum(a => Math.Max(a.BalanceAtStartMinorUnits, 0))), Sar(rollBase.Sum(a => Math.Max(a.BalanceAtStartMinorUnits, 0))));
            case "liquidation_rate":
                // Collected = paid in the period by accounts in the inventory (like the paying accounts rate), per the account's key.
                return new Rate(Sar(inventory.Sum(Collected)), Sar(inventory.Sum(a => a.PlacedBalanceMinorUnits)));
            case "attempts_per_rpc":
                return new Rate(attempts.Count, rpc);
            case "cost_per_unit_collected":
                return new Rate(Sar(attempts.Sum(a => (long)a.CostMinorUnits)), Sar(inventory.Sum(Collected)));
            case "average_handle_time":
                var connected = attempts.Where(a => a.Channel == Channel.Call && a.Outcome.IsContact).ToList();
                return new Rate(connected.Sum(a => (long)a.HandleSeconds), connected.Count);
            case "rpcs_per_agent_hour":
                var times = data.AgentTimes.Where(t => _period.Contains(t.Day)).Where(t => dimension is null || t.Agent == code);
                var byAgents = attempts.Count(a => a.Outcome.IsRightPartyContact && a.Agent != 0);
                return new Rate(byAgents, times.Sum(t => (long)t.LoggedSeconds));
            case "complaint_rate":
                var complaints = data.Complaints.Where(c => _period.Contains(c.Day)).Where(c => dimension is null || ComplaintCode(c, dimension) == code);
                return new Rate(complaints.Count(), rpc);
            default:
                throw new ArgumentException("No naive implementation of " + id.Code, nameof(id));
        }
    }

    // What an account paid in the period (whatever the payments' own keys say).
    private long Collected(KpiAccount account) =>
        (_collected ??= data.Payments.Where(p => _period.Contains(p.ValueDate)).GroupBy(p => p.Account).ToDictionary(g => g.Key, g => g.Sum(p => p.AppliedMinorUnits)))
            .GetValueOrDefault(account.Account);

    private sealed record Slice(List<KpiAttempt> Attempts, List<KpiPromiseDue> Promises, List<KpiAccount> Accounts);

    private static decimal Sar(long minorUnits) => minorUnits / 100m;

    // The account's key for account-level breakdowns: its aging bucket is the one it starts the period in, when known.
    private static KpiKey AccountKey(KpiAccount a) =>
        a.StartState is { IsPaid: false } start ? a.Key with { Bucket = (byte)(start.Bucket.Index + 1) } : a.Key;

    private static int KeyCode(KpiKey key, KpiDimension dimension) =>
        dimension == KpiDimension.Creditor ? key.Creditor
        : dimension == KpiDimension.Placement ? key.Placement
        : dimension == KpiDimension.Segment ? key.Segment
        : dimension == KpiDimension.AgingBucket ? key.Bucket
        : -1;

    private static int AttemptCode(KpiAttempt a, KpiDimension dimension) =>
        dimension == KpiDimension.Channel ? a.Channel.Value
        : dimension == KpiDimension.Agent ? a.Agent
        : dimension == KpiDimension.Template ? a.Template
        : KeyCode(a.Key, dimension);

    private static int PromiseCode(KpiPromiseDue p, KpiDimension dimension) =>
        dimension == KpiDimension.Channel ? p.Channel?.Value ?? 0
        : dimension == KpiDimension.Agent ? p.Agent
        : dimension == KpiDimension.Template ? p.Template
        : KeyCode(p.Key, dimension);

    private static int ComplaintCode(KpiComplaint c, KpiDimension dimension) =>
        dimension == KpiDimension.Channel ? c.Channel?.Value ?? 0
        : dimension == KpiDimension.Agent ? c.Agent
        : dimension == KpiDimension.Template ? c.Template
        : KeyCode(c.Key, dimension);
}
