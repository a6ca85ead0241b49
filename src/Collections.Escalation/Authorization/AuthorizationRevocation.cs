using NodaTime;

namespace Collections.Escalation;

/// <summary>The creditor's revocation of a written authorization: from which date, by whom, and why.</summary>
/// <remarks>Effective from <see cref="RevokedOn"/> included: a step dated that day or later is refused. Escalations
/// already filed are not undone; the workflow suspends the authorized ones not yet filed.</remarks>
public sealed record AuthorizationRevocation
{
    /// <summary>Creates the revocation.</summary>
    /// <param name="revokedOn">The first day the authorization no longer holds.</param>
    /// <param name="revokedBy">Who revoked it for the creditor.</param>
    /// <param name="reason">Why, in words.</param>
    /// <exception cref="ArgumentException">Who or why is empty.</exception>
    public AuthorizationRevocation(LocalDate revokedOn, string revokedBy, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        RevokedOn = revokedOn;
        RevokedBy = revokedBy;
        Reason = reason;
    }

    /// <summary>The first day the authorization no longer holds.</summary>
    public LocalDate RevokedOn { get; }

    /// <summary>Who revoked it for the creditor.</summary>
    public string RevokedBy { get; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; }
}
