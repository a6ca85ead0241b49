using System.Diagnostics.CodeAnalysis;

namespace Collections.ContactPolicy;

/// <summary>What <see cref="ContactGate.ContactAsync"/> did: refused (the decision with its reasons and next allowed instant), or allowed, sent through the gateway and recorded.</summary>
public sealed record ContactResult
{
    internal ContactResult(ContactDecision decision, ContactPermit? permit, PermittedAttempt? attempt)
    {
        Decision = decision;
        Permit = permit;
        Attempt = attempt;
    }

    /// <summary>The decision: allowed or not, why, and when next allowed.</summary>
    public ContactDecision Decision { get; }

    /// <summary>The permit the gateway was given; null when refused.</summary>
    public ContactPermit? Permit { get; }

    /// <summary>The attempt as recorded, with the gateway's outcome; null when refused.</summary>
    public PermittedAttempt? Attempt { get; }

    /// <summary>Whether the attempt was made (allowed, sent and recorded).</summary>
    [MemberNotNullWhen(true, nameof(Permit), nameof(Attempt))]
    public bool WasMade => Attempt is not null && Permit is not null;
}
