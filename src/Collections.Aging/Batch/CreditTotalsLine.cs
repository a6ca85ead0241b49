using Collections.Core;

namespace Collections.Aging;

/// <summary>Credit (negative) open amounts of batch aging in one currency, counted and summed apart from debt.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="Items">Negative open amounts (credit notes, overpayments).</param>
/// <param name="Amount">Their sum, a negative or zero amount.</param>
public sealed record CreditTotalsLine(Currency Currency, long Items, Money Amount);
