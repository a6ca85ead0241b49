using Collections.Core.Audit;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A change of the policy version a gate applies, as recorded in the audit log (<c>contact_policy.version_changed</c>): from which version to which, from when, who activated it.</summary>
public sealed record ContactPolicyChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="from">The version in force until the change; null for the first version recorded.</param>
    /// <param name="to">The version in force from the change.</param>
    /// <param name="activeFrom">When the new version takes over.</param>
    /// <param name="activatedBy">Who activated it.</param>
    /// <param name="basis">Activated by someone, or found in force at a decision with no change on record.</param>
    /// <exception cref="ArgumentNullException">The new version is null.</exception>
    /// <exception cref="ArgumentException">The versions belong to different policies, or the actor is the default value.</exception>
    public ContactPolicyChange(ContactPolicy? from, ContactPolicy to, Instant activeFrom, AuditActor activatedBy, ContactPolicyChangeBasis basis)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (from is not null && (from.Version.PolicyId != to.Version.PolicyId || from.Version.Creditor != to.Version.Creditor))
        {
            throw new ArgumentException($"A change goes from one version of a policy to another: {from.Version} and {to.Version} are different policies.", nameof(from));
        }

        if (activatedBy.Value is null)
        {
            throw new ArgumentException("Who activated the version is required.", nameof(activatedBy));
        }

        From = from;
        To = to;
        ActiveFrom = activeFrom;
        ActivatedBy = activatedBy;
        Basis = basis;
    }

    /// <summary>The version in force until the change; null for the first version recorded.</summary>
    public ContactPolicy? From { get; }

    /// <summary>The version in force from the change.</summary>
    public ContactPolicy To { get; }

    /// <summary>When the new version takes over.</summary>
    public Instant ActiveFrom { get; }

    /// <summary>Who activated it (for a version found in force, the gate's actor).</summary>
    public AuditActor ActivatedBy { get; }

    /// <summary>Activated by someone, or found in force at a decision with no change on record.</summary>
    public ContactPolicyChangeBasis Basis { get; }
}
