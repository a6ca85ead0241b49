using Collections.Core.Audit;

namespace Collections.ContactPolicy;

/// <summary>Activating a new policy version: recorded first, then applied from its effective date or from now, whichever is later.</summary>
public sealed partial class ContactGate
{
    /// <summary>Schedules a new version of the policy: the change is recorded (old and new version, approver, approval and effective dates, SHA-256 of each version's canonical JSON), then the gate applies the new version from its effective date, or from now if that date has begun.</summary>
    /// <remarks>
    /// <para>The documented way to change the policy a running gate applies. A change never reaches back: a version
    /// effective today takes over now, not at midnight, so decisions already made stay those of the version that made
    /// them. Activating the version already scheduled under the same label and text does nothing (returns null), so a
    /// deployment script may run twice. A gate started on a new policy file without activation is not unaudited
    /// either: <see cref="AuditTrailContactDecisionSink"/> records the change before the new version's first decision.</para>
    /// </remarks>
    /// <param name="next">The new version (same policy and creditor, a new label).</param>
    /// <param name="activatedBy">Who activates it, for example <c>user:compliance-officer-7</c>.</param>
    /// <param name="cancellationToken">Cancels the activation (before the change is recorded).</param>
    /// <returns>The change recorded; null when this version was already scheduled.</returns>
    /// <exception cref="ArgumentNullException">The version is null.</exception>
    /// <exception cref="ArgumentException">Another policy or creditor; the label is scheduled with other content; the version would not start after the last one scheduled. Every violation listed.</exception>
    public async Task<ContactPolicyChange?> ActivateAsync(ContactPolicy next, AuditActor activatedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await _activation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var schedule = Policies;
            if (schedule.Find(next.Version.Version) is { } scheduled)
            {
                return string.Equals(scheduled.Sha256, next.Sha256, StringComparison.Ordinal)
                    ? null
                    : throw new ArgumentException(
                        $"Version '{next.Version.Version}' of '{next.Version.PolicyId}' is already scheduled with other content (SHA-256 {scheduled.Sha256}, now {next.Sha256}): give the new text a new version label.",
                        nameof(next));
            }

            var now = _clock.GetCurrentInstant();
            var updated = schedule.With(next, now);
            var change = new ContactPolicyChange(schedule.Latest, next, updated.Entries[^1].ActiveFrom, activatedBy, ContactPolicyChangeBasis.Activated);
            await _decisions.RecordVersionChangeAsync(change, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _policies, updated);
            return change;
        }
        finally
        {
            _activation.Release();
        }
    }
}
