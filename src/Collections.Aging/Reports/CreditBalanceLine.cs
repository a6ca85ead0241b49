using Collections.Core;

namespace Collections.Aging;

/// <summary>Credit (negative) balances in one currency, counted and summed apart from debt.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="Accounts">Accounts holding at least one negative open amount.</param>
/// <param name="Items">Negative open items (credit notes, overpayments) or negative snapshot balances.</param>
/// <param name="Amount">Their sum, a negative amount (what is owed to debtors).</param>
public sealed record CreditBalanceLine(Currency Currency, int Accounts, int Items, Money Amount);
