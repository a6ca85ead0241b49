namespace Collections.Kpi.Governance;

/// <summary>The forward roll rate of one segment, by account count and by start balance.</summary>
/// <remarks>From the accumulator's breakdown by <see cref="KpiDimension.Segment"/> (forward roll: accounts in bucket i at
/// the start that are in bucket i + 1 at the end, over accounts that could roll forward); the label is the host's segment
/// id from the <see cref="KpiCodebook"/>.</remarks>
/// <param name="Code">The segment's code.</param>
/// <param name="Label">The host's segment id.</param>
/// <param name="ForwardRoll">Rolled forward / could roll (<see cref="KpiId.ForwardRollRate"/>).</param>
/// <param name="ForwardRollBalance">Start balance rolled forward / start balance that could roll (<see cref="KpiId.ForwardRollBalanceRate"/>, major units).</param>
public sealed record GovernanceSegmentRoll(int Code, string Label, KpiFigure ForwardRoll, KpiFigure ForwardRollBalance)
{
    /// <summary>Accounts that could roll forward (the rate's denominator).</summary>
    public long AccountsAtRisk => (long)ForwardRoll.Rate.Denominator;

    /// <summary>Accounts that rolled forward.</summary>
    public long AccountsRolled => (long)ForwardRoll.Rate.Numerator;

    /// <summary>Start balance of the accounts that could roll forward (major units).</summary>
    public decimal BalanceAtRisk => ForwardRollBalance.Rate.Denominator;

    /// <summary>Start balance of the accounts that rolled forward (major units).</summary>
    public decimal BalanceRolled => ForwardRollBalance.Rate.Numerator;
}
