using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One channel in the channel comparison: attempts, right-party contacts, productive contacts, cost and cost per
/// productive contact.</summary>
/// <remarks>
/// <para>Counts are the accumulator's, per channel: the RPC rate's numerator and denominator are RPCs and attempts; the
/// channel contact rate's are productive contacts and attempts. A <b>productive contact</b> is the contract's
/// (docs/kpi-definitions.md): an RPC that recorded a promise, a payment, a plan, a dispute or an agreed callback.</para>
/// <para>Cost = attempts × the host's unit cost for the channel (<see cref="GovernanceChannelCost"/>); without a unit cost
/// the cost figures are <see langword="null"/>. Cost per productive contact is rounded half away from zero to the
/// currency's minor unit, and is <see langword="null"/> (n/a) with no productive contact; the exact ratio is
/// <see cref="ProductiveContactsPerCost"/>.</para>
/// </remarks>
/// <param name="Channel">The channel.</param>
/// <param name="RightPartyContactRate">RPCs / attempts (<see cref="KpiId.RightPartyContactRate"/> for the channel).</param>
/// <param name="ChannelContactRate">Productive contacts / attempts (<see cref="KpiId.ChannelContactRate"/> for the channel).</param>
/// <param name="UnitCost">The host's cost per attempt, or <see langword="null"/> when none was given.</param>
public sealed record GovernanceChannelLine(Channel Channel, KpiFigure RightPartyContactRate, KpiFigure ChannelContactRate, Money? UnitCost)
{
    /// <summary>Attempts on the channel.</summary>
    public long Attempts => (long)RightPartyContactRate.Rate.Denominator;

    /// <summary>Right-party contacts on the channel.</summary>
    public long RightPartyContacts => (long)RightPartyContactRate.Rate.Numerator;

    /// <summary>Productive contacts on the channel.</summary>
    public long ProductiveContacts => (long)ChannelContactRate.Rate.Numerator;

    /// <summary>Attempts × unit cost, or <see langword="null"/> without a unit cost.</summary>
    public Money? Cost => UnitCost is { } unit ? Money.FromMinorUnits(checked(unit.MinorUnits * Attempts), unit.Currency) : null;

    /// <summary>Cost / productive contacts rounded half away from zero to the minor unit; <see langword="null"/> without a unit
    /// cost or without a productive contact (n/a, never 0).</summary>
    public Money? CostPerProductiveContact => Cost is { } cost && ProductiveContacts > 0
        ? Money.Round(cost.Amount / ProductiveContacts, cost.Currency, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>Productive contacts per unit of currency spent (exact: productive / cost in major units); <see langword="null"/>
    /// without a unit cost, n/a when the cost is zero.</summary>
    public Rate? ProductiveContactsPerCost => Cost is { } cost ? new Rate(ProductiveContacts, cost.Amount) : null;
}
