using Collections.Core;

namespace Collections.Aging;

/// <summary>One account's aged position as of a date: its worst delinquency, its debt and its credit.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="WorstDaysPastDue">The largest DPD of its positive open amounts (current when it owes nothing).</param>
/// <param name="Debt">The sum of its positive open amounts.</param>
/// <param name="Credit">The sum of its negative open amounts (zero or negative).</param>
/// <param name="OpenItems">How many open amounts (items or snapshot balances) it has, positive or negative.</param>
public sealed record AccountPosition(AccountId AccountId, DaysPastDue WorstDaysPastDue, Money Debt, Money Credit, int OpenItems)
{
    /// <summary>Whether the account owes anything.</summary>
    public bool HasDebt => Debt.IsPositive;
}
