using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Kpi;

/// <summary>The identifier of a KPI in the <see cref="KpiCatalog"/>; the code and value are persisted and never renumbered.</summary>
/// <remarks>The KPIs are those of docs/kpi-definitions.md's table; PTP kept is split into its count, amount, partially kept
/// and broken shares, and the forward roll rate into counts and balances.</remarks>
public sealed class KpiId : SmartEnum<KpiId>
{
    /// <summary>RPC rate: RPC attempts / attempts (code <c>rpc_rate</c>).</summary>
    public static readonly KpiId RightPartyContactRate = new("rpc_rate", 1);

    /// <summary>Contact rate: (right party + third party) / attempts (code <c>contact_rate</c>).</summary>
    public static readonly KpiId ContactRate = new("contact_rate", 2);

    /// <summary>Channel contact rate: productive contacts / attempts, per channel (code <c>channel_contact_rate</c>).</summary>
    public static readonly KpiId ChannelContactRate = new("channel_contact_rate", 3);

    /// <summary>Contact coverage (penetration): accounts attempted at least once / inventory (code <c>contact_coverage</c>).</summary>
    public static readonly KpiId ContactCoverage = new("contact_coverage", 4);

    /// <summary>Paying accounts rate: accounts with a payment / inventory (code <c>paying_accounts_rate</c>).</summary>
    public static readonly KpiId PayingAccountsRate = new("paying_accounts_rate", 5);

    /// <summary>PTP rate: promises made / RPCs (code <c>ptp_rate</c>).</summary>
    public static readonly KpiId PromiseToPayRate = new("ptp_rate", 6);

    /// <summary>PTP kept rate: promises kept / promises falling due (code <c>ptp_kept_rate</c>).</summary>
    public static readonly KpiId PromiseKeptRate = new("ptp_kept_rate", 7);

    /// <summary>PTP kept rate by amount: Σ min(paid, promised) / Σ promised (code <c>ptp_kept_amount_rate</c>).</summary>
    public static readonly KpiId PromiseKeptAmountRate = new("ptp_kept_amount_rate", 8);

    /// <summary>PTP partially kept rate (code <c>ptp_partially_kept_rate</c>).</summary>
    public static readonly KpiId PromisePartiallyKeptRate = new("ptp_partially_kept_rate", 9);

    /// <summary>PTP broken rate (code <c>ptp_broken_rate</c>).</summary>
    public static readonly KpiId PromiseBrokenRate = new("ptp_broken_rate", 10);

    /// <summary>Resolution rate: accounts resolved / inventory (code <c>resolution_rate</c>).</summary>
    public static readonly KpiId ResolutionRate = new("resolution_rate", 11);

    /// <summary>Cure rate (code <c>cure_rate</c>).</summary>
    public static readonly KpiId CureRate = new("cure_rate", 12);

    /// <summary>Roll rates: the matrix of shares between consecutive snapshots (code <c>roll_rate</c>).</summary>
    public static readonly KpiId RollRate = new("roll_rate", 13);

    /// <summary>Forward roll rate: i → i+1 by account count (code <c>forward_roll_rate</c>).</summary>
    public static readonly KpiId ForwardRollRate = new("forward_roll_rate", 14);

    /// <summary>Forward roll rate by start balance (code <c>forward_roll_balance_rate</c>).</summary>
    public static readonly KpiId ForwardRollBalanceRate = new("forward_roll_balance_rate", 15);

    /// <summary>Liquidation rate: amount collected / balance placed (code <c>liquidation_rate</c>).</summary>
    public static readonly KpiId LiquidationRate = new("liquidation_rate", 16);

    /// <summary>Collection effectiveness index (code <c>collection_effectiveness_index</c>).</summary>
    public static readonly KpiId CollectionEffectivenessIndex = new("collection_effectiveness_index", 17);

    /// <summary>Days sales outstanding (code <c>days_sales_outstanding</c>).</summary>
    public static readonly KpiId DaysSalesOutstanding = new("days_sales_outstanding", 18);

    /// <summary>Attempts per RPC (code <c>attempts_per_rpc</c>).</summary>
    public static readonly KpiId AttemptsPerRightPartyContact = new("attempts_per_rpc", 19);

    /// <summary>Cost per unit collected (code <c>cost_per_unit_collected</c>).</summary>
    public static readonly KpiId CostPerUnitCollected = new("cost_per_unit_collected", 20);

    /// <summary>Average handle time of calls (code <c>average_handle_time</c>).</summary>
    public static readonly KpiId AverageHandleTime = new("average_handle_time", 21);

    /// <summary>RPCs per agent-hour (code <c>rpcs_per_agent_hour</c>).</summary>
    public static readonly KpiId RightPartyContactsPerAgentHour = new("rpcs_per_agent_hour", 22);

    /// <summary>Complaint rate per 1,000 RPCs (code <c>complaint_rate</c>).</summary>
    public static readonly KpiId ComplaintRate = new("complaint_rate", 23);

    private KpiId(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>rpc_rate</c>.</summary>
    public string Code => Name;

    /// <summary>Every identifier, ordered by value (the catalog's order).</summary>
    public static IReadOnlyList<KpiId> All { get; } =
    [
        RightPartyContactRate, ContactRate, ChannelContactRate, ContactCoverage, PayingAccountsRate, PromiseToPayRate,
        PromiseKeptRate, PromiseKeptAmountRate, PromisePartiallyKeptRate, PromiseBrokenRate, ResolutionRate, CureRate,
        RollRate, ForwardRollRate, ForwardRollBalanceRate, LiquidationRate, CollectionEffectivenessIndex, DaysSalesOutstanding,
        AttemptsPerRightPartyContact, CostPerUnitCollected, AverageHandleTime, RightPartyContactsPerAgentHour, ComplaintRate,
    ];

    /// <summary>Looks up an identifier by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="id">The identifier when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out KpiId? id)
    {
        id = All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
        return id is not null;
    }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
