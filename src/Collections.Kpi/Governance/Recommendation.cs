using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>One next-quarter recommendation: the rule that made it, its subject, the evidence figures, the expected effect
/// in numbers, and what to do and how the effect was estimated, in English and Arabic.</summary>
/// <param name="RuleId">The id of the rule that made it.</param>
/// <param name="Kind">The rule's kind.</param>
/// <param name="Subject">The segment, channel, agent, template or accounts it is about.</param>
/// <param name="Evidence">The figures it rests on.</param>
/// <param name="Effect">The expected effect in numbers.</param>
/// <param name="Text">What to do, with the figures, in English and Arabic.</param>
/// <param name="Estimate">How the effect was estimated: the formula with its numbers and the assumptions, in English and Arabic.</param>
public sealed record Recommendation(
    string RuleId,
    RecommendationKind Kind,
    RecommendationSubject Subject,
    ImmutableArray<RecommendationEvidence> Evidence,
    RecommendationEffect Effect,
    BilingualText Text,
    BilingualText Estimate);
