using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One figure a recommendation rests on: what it is (a code with a title), the KPI it is a value of, and the value.</summary>
/// <remarks>Codes: <c>current</c> (the subject's figure over the report's span), <c>reference</c> (the previous quarter's or
/// the baseline's), <c>pool</c> (every agent or template together), <c>best</c> (the best channel), <c>accounts_at_risk</c>,
/// <c>balance_at_risk</c>, <c>promises_due</c>, <c>attempts</c>, <c>cost</c>, <c>accounts</c>, <c>balance</c>; titles in
/// English and Arabic under <c>governance.evidence.{code}</c> in texts.json.</remarks>
/// <param name="Code">What the figure is.</param>
/// <param name="Kpi">The KPI the value is of, or <see langword="null"/> for a count or amount that is not a KPI.</param>
/// <param name="Value">The value in the KPI's unit (or the count or amount), or <see langword="null"/> for n/a.</param>
/// <param name="Rate">The numerator and denominator behind a KPI value, when there are any.</param>
public sealed record RecommendationEvidence(string Code, KpiId? Kpi, decimal? Value, Rate? Rate)
{
    /// <summary>The title of <see cref="Code"/>, in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.evidence." + Code];
}
