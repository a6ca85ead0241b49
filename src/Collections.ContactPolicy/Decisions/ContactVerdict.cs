using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A decision without explanations: allowed or not, the reason codes, and when next allowed — what <see cref="ContactPolicy.Check"/> returns without allocating, for planning many attempts at once.</summary>
/// <remarks>Same answer as <see cref="ContactPolicy.Decide"/> (allowed, codes, next allowed); <c>Decide</c> adds the
/// rules, sources and explanations in English and Arabic.</remarks>
/// <param name="Codes">The reason codes (empty when allowed).</param>
/// <param name="NextAllowed">What can be said about the next allowed instant.</param>
/// <param name="NextAllowedAt">The next allowed instant, when there is one (the request's instant when allowed).</param>
public readonly record struct ContactVerdict(ContactRuleCodeSet Codes, NextAllowedKind NextAllowed, Instant? NextAllowedAt)
{
    /// <summary>Whether the attempt is allowed.</summary>
    public bool IsAllowed => Codes.IsEmpty;
}
