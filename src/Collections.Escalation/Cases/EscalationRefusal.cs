using Collections.Core;

namespace Collections.Escalation;

/// <summary>One reason a step on the legal track was refused: its code and the explanation in words.</summary>
/// <param name="Code">Why, as a persisted code.</param>
/// <param name="Explanation">Why, in English and Arabic, with the facts.</param>
public sealed record EscalationRefusal(EscalationRefusalCode Code, BilingualText Explanation);
