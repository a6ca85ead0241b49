using Collections.Core;

namespace Collections.Escalation;

/// <summary>One qualification rule applied to an account: met or not, and why, in words.</summary>
/// <param name="Criterion">The rule.</param>
/// <param name="IsMet">Whether the account meets it.</param>
/// <param name="Explanation">Why, in English and Arabic, with the figures.</param>
public sealed record QualificationCheck(QualificationCriterion Criterion, bool IsMet, BilingualText Explanation);
