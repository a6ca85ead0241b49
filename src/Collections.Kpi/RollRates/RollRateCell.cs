using Collections.Core;

namespace Collections.Kpi;

/// <summary>One cell (or row or column total) of a roll-rate matrix: how many accounts or items, and their balance.</summary>
/// <param name="Count">How many accounts or items (see <see cref="RollRateMatrix.Unit"/>).</param>
/// <param name="Balance">The sum of their positive balances: at the start of the period for transitions and accounts
/// that left, at the end of the period for accounts that entered.</param>
public readonly record struct RollRateCell(long Count, Money Balance);
