using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The policy's answer to a request: allowed or not, why (every refusing rule with its source), and when it will next be allowed.</summary>
/// <remarks>A denial is an answer, not an error. <see cref="NextAllowedAt"/> is the earliest instant at or after the
/// request at which every rule allows the same attempt, in every candidate time zone, assuming no further attempts
/// are made; it equals the request's instant when allowed, and is null when it cannot be given (see
/// <see cref="NextAllowed"/>).</remarks>
public sealed record ContactDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="policyVersion">The policy version that decided.</param>
    /// <param name="requestedAt">The request's instant.</param>
    /// <param name="denials">Every refusing rule (empty when allowed).</param>
    /// <param name="nextAllowed">What can be said about the next allowed instant.</param>
    /// <param name="nextAllowedAt">The next allowed instant, when there is one.</param>
    /// <exception cref="ArgumentException">The next-allowed values contradict the denials.</exception>
    public ContactDecision(PolicyVersion policyVersion, Instant requestedAt, IEnumerable<ContactDenial> denials, NextAllowedKind nextAllowed, Instant? nextAllowedAt)
    {
        ArgumentNullException.ThrowIfNull(policyVersion);
        ArgumentNullException.ThrowIfNull(denials);
        var list = denials.ToImmutableArray();
        var consistent = nextAllowed switch
        {
            NextAllowedKind.Now => list.IsEmpty && nextAllowedAt == requestedAt,
            NextAllowedKind.Later => !list.IsEmpty && nextAllowedAt > requestedAt,
            _ => !list.IsEmpty && nextAllowedAt is null,
        };
        if (!consistent)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A decision with {list.Length} denial(s) cannot say next allowed '{nextAllowed}' at {nextAllowedAt?.ToString() ?? "none"}."),
                nameof(nextAllowed));
        }

        PolicyVersion = policyVersion;
        RequestedAt = requestedAt;
        Denials = list;
        NextAllowed = nextAllowed;
        NextAllowedAt = nextAllowedAt;
    }

    /// <summary>Whether the attempt is allowed at the requested instant.</summary>
    public bool IsAllowed => Denials.IsEmpty;

    /// <summary>Every refusing rule, in the policy's rule order (empty when allowed).</summary>
    public ImmutableArray<ContactDenial> Denials { get; }

    /// <summary>The earliest instant at which every rule allows the attempt, or null (see <see cref="NextAllowed"/>).</summary>
    public Instant? NextAllowedAt { get; }

    /// <summary>What can be said about the next allowed instant: now, later, when a hold is lifted, never, or beyond the search horizon.</summary>
    public NextAllowedKind NextAllowed { get; }

    /// <summary>The policy version that decided.</summary>
    public PolicyVersion PolicyVersion { get; }

    /// <summary>The request's instant.</summary>
    public Instant RequestedAt { get; }

    /// <summary>The codes of the denials.</summary>
    public IEnumerable<ContactRuleCode> Codes => Denials.Select(d => d.Code);

    /// <summary>The decision in one line of each language, for logs and screens.</summary>
    public BilingualText Summary => DecisionSummary.Of(this);
}
