using Collections.Core;

namespace Collections.Aging;

/// <summary>A segment's debt in one currency and its share of the portfolio's debt in that currency.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="Amount">The sum of the segment's accounts' debt (positive balances only; credits are not netted).</param>
/// <param name="ShareOfCurrencyDebt">Amount / the portfolio's debt in the currency, in minor units; n/a when the portfolio owes nothing in it.</param>
public sealed record SegmentDebt(Currency Currency, Money Amount, Rate ShareOfCurrencyDebt);
