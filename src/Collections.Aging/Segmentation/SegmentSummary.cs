using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Aging;

/// <summary>One segment's totals: how many accounts, what share of all accounts, and its debt per currency.</summary>
/// <param name="Segment">The segment.</param>
/// <param name="Accounts">Accounts assigned to it.</param>
/// <param name="ShareOfAccounts">Accounts / all accounts segmented; n/a when none were.</param>
/// <param name="Debt">Debt per currency (every currency of the portfolio, ordered by code), with its share.</param>
public sealed record SegmentSummary(SegmentDefinition Segment, int Accounts, Rate ShareOfAccounts, ImmutableArray<SegmentDebt> Debt)
{
    /// <summary>The debt in one currency, zero when the currency is not in the portfolio.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    public Money DebtIn(Currency currency) => Debt.FirstOrDefault(d => d.Currency == currency)?.Amount ?? Money.Zero(currency);
}
