using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>The expected effect of following a recommendation, in numbers: a count and, where it has one, an amount.</summary>
/// <remarks>Codes: <c>accounts_kept_from_rolling</c> (count, start balance kept from rolling), <c>extra_productive_contacts</c>
/// (count, the spend moved), <c>extra_promises_kept</c> (count, extra amount kept), <c>accounts_to_escalate</c> (count,
/// their balance). Counts are expectations, so they may have decimals (two, half away from zero, as the texts show them); amounts are rounded half away from zero to the
/// minor unit. How each was estimated is in the recommendation's <see cref="Recommendation.Estimate"/>.</remarks>
/// <param name="Code">What the effect measures.</param>
/// <param name="Count">The expected count.</param>
/// <param name="Amount">The expected amount, or <see langword="null"/> when the effect has none.</param>
public sealed record RecommendationEffect(string Code, decimal Count, Money? Amount)
{
    /// <summary>The title of <see cref="Code"/>, in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.effect." + Code];
}
