namespace Collections.ContactPolicy;

/// <summary>A decision as the gate hands it to its <see cref="IContactDecisionSink"/>: the request as decided, the decision, the policy version that made it, why it was asked, and the permit's attempt id when one was issued.</summary>
public sealed record ContactDecisionRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="request">The request as decided (facts loaded, zones resolved).</param>
    /// <param name="decision">The decision.</param>
    /// <param name="policy">The policy version that decided.</param>
    /// <param name="purpose">A question, or before an attempt.</param>
    /// <param name="attemptId">The permit's attempt id, when a permit was issued.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An attempt id without an allowing decision, or a decision by another policy version.</exception>
    public ContactDecisionRecord(ContactRequest request, ContactDecision decision, ContactPolicy policy, ContactDecisionPurpose purpose, ContactAttemptId? attemptId = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(policy);
        if (attemptId is not null && (!decision.IsAllowed || purpose != ContactDecisionPurpose.Attempt))
        {
            throw new ArgumentException("Only an allowing decision before an attempt comes with a permit's attempt id.", nameof(attemptId));
        }

        if (decision.PolicyVersion != policy.Version)
        {
            throw new ArgumentException($"The decision was made by {decision.PolicyVersion}, not by {policy.Version}.", nameof(policy));
        }

        Request = request;
        Decision = decision;
        Policy = policy;
        Purpose = purpose;
        AttemptId = attemptId;
    }

    /// <summary>The request as decided.</summary>
    public ContactRequest Request { get; }

    /// <summary>The decision.</summary>
    public ContactDecision Decision { get; }

    /// <summary>The policy version that decided (its <see cref="ContactPolicy.Sha256"/> identifies the exact text).</summary>
    public ContactPolicy Policy { get; }

    /// <summary>A question, or before an attempt.</summary>
    public ContactDecisionPurpose Purpose { get; }

    /// <summary>The permit's attempt id, when a permit was issued.</summary>
    public ContactAttemptId? AttemptId { get; }
}
