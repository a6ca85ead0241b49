using Collections.Core;

namespace Collections.Kpi;

/// <summary>The answer to a requested status change: allowed (with the new status) or refused (the status unchanged), and why in English and Arabic.</summary>
/// <remarks>A refusal is an answer, not an error.</remarks>
public sealed record AccountStatusDecision
{
    internal AccountStatusDecision(AccountStatus from, AccountStatus requested, bool isAllowed, BilingualText reason)
    {
        From = from;
        Requested = requested;
        IsAllowed = isAllowed;
        Reason = reason;
    }

    /// <summary>The status before.</summary>
    public AccountStatus From { get; }

    /// <summary>The status asked for.</summary>
    public AccountStatus Requested { get; }

    /// <summary>Whether the change is allowed.</summary>
    public bool IsAllowed { get; }

    /// <summary>The account's status after the decision: <see cref="Requested"/> when allowed, <see cref="From"/> when refused.</summary>
    public AccountStatus Status => IsAllowed ? Requested : From;

    /// <summary>Why: the event that allows the change, or the refusal with the statuses allowed from here.</summary>
    public BilingualText Reason { get; }
}
