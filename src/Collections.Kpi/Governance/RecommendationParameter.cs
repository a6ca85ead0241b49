using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One threshold a recommendation rule kind takes: its JSON name, allowed range and whether it is a whole number.</summary>
/// <param name="Name">The name in the rule's JSON object, for example <c>minimumRisePoints</c>.</param>
/// <param name="Minimum">The smallest value allowed.</param>
/// <param name="Maximum">The largest value allowed.</param>
/// <param name="IsWholeNumber">Whether the value must be a whole number (a count).</param>
public sealed record RecommendationParameter(string Name, decimal Minimum, decimal Maximum, bool IsWholeNumber)
{
    /// <summary>What the threshold means, in English and Arabic.</summary>
    public BilingualText Description => KpiTexts.Catalog["governance.parameter." + Name];
}
