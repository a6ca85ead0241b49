using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>One rule of a policy in plain words, with its source.</summary>
/// <param name="Id">The rule's identifier.</param>
/// <param name="Type">The rule's type as written in policy files.</param>
/// <param name="Text">The rule in words, in English and Arabic.</param>
/// <param name="Source">The rule's source.</param>
public sealed record RuleExplanation(RuleId Id, string Type, BilingualText Text, RuleSource Source);
