namespace Collections.ContactPolicy;

/// <summary>Port: receives every decision the <see cref="ContactGate"/> makes, with the request as it was decided — the seam for the audit trail.</summary>
/// <remarks>Collections.Core's audit trail (hash-chained, built separately) connects here: an implementation appends
/// each decision (allowed or refused) to the audit log. The gate calls it after deciding and before returning, so a
/// decision that cannot be recorded fails the check instead of going unrecorded.</remarks>
public interface IContactDecisionSink
{
    /// <summary>Records a decision.</summary>
    /// <param name="request">The request as decided (facts loaded).</param>
    /// <param name="decision">The decision.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the decision is recorded.</returns>
    Task RecordAsync(ContactRequest request, ContactDecision decision, CancellationToken cancellationToken = default);
}
