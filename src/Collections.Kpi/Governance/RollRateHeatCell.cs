using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One cell of a roll-rate heat map: accounts moving from one state to another, their start balance, and the
/// shares of the from-row they are.</summary>
/// <param name="From">The state at the start.</param>
/// <param name="To">The state at the end.</param>
/// <param name="Count">Accounts that moved from <paramref name="From"/> to <paramref name="To"/>.</param>
/// <param name="Balance">Their start balance.</param>
/// <param name="Share">Count / accounts in the from-row (n/a for an empty row).</param>
/// <param name="BalanceShare">Balance / start balance of the from-row (n/a when the row has none).</param>
public sealed record RollRateHeatCell(RollState From, RollState To, long Count, Money Balance, Rate Share, Rate BalanceShare);
