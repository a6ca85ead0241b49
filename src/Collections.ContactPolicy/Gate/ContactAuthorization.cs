using System.Diagnostics.CodeAnalysis;

namespace Collections.ContactPolicy;

/// <summary>The gate's answer before an attempt: the decision, and a permit when — and only when — it allows.</summary>
public sealed record ContactAuthorization
{
    internal ContactAuthorization(ContactDecision decision, ContactPermit? permit)
    {
        Decision = decision;
        Permit = permit;
    }

    /// <summary>The decision: allowed or not, why, and when next allowed.</summary>
    public ContactDecision Decision { get; }

    /// <summary>The permit for the attempt; null when refused.</summary>
    public ContactPermit? Permit { get; }

    /// <summary>Whether the attempt is allowed (and <see cref="Permit"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Permit))]
    public bool IsAllowed => Permit is not null;
}
