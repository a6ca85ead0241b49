namespace Collections.ContactPolicy;

/// <summary>Port: receives every decision the <see cref="ContactGate"/> makes and every change of the policy version it applies — the seam the audit trail connects to (<see cref="AuditTrailContactDecisionSink"/>).</summary>
/// <remarks>The gate calls it after deciding and before answering or issuing a permit, so a decision that cannot be
/// recorded fails instead of going unrecorded; and before a new version takes over, so a change that cannot be recorded
/// does not happen. A gate always has a sink: to record nothing (tests), say so with <see cref="ContactDecisionSinks.None"/>.</remarks>
public interface IContactDecisionSink
{
    /// <summary>Records a decision.</summary>
    /// <param name="record">The request as decided, the decision, the deciding version, why it was asked, and the permit's attempt id if one is issued.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the decision is recorded.</returns>
    Task RecordAsync(ContactDecisionRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records a change of the policy version in force.</summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the change is recorded.</returns>
    Task RecordVersionChangeAsync(ContactPolicyChange change, CancellationToken cancellationToken = default);
}
