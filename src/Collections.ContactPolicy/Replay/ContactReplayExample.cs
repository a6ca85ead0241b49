namespace Collections.ContactPolicy;

/// <summary>An example of a refusal: the attempt and the policy's reason, with its rule, source and explanation in English and Arabic.</summary>
/// <param name="Attempt">The attempt.</param>
/// <param name="Denial">The reason.</param>
public sealed record ContactReplayExample(HistoricalAttempt Attempt, ContactDenial Denial);
