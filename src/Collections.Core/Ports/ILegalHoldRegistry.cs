using NodaTime;

namespace Collections.Core;

/// <summary>Port: where legal holds on debts are placed and lifted, so that the contact policy stops reminders about a debt on the legal track.</summary>
/// <remarks>
/// <para>The legal escalation workflow (Collections.Escalation) tells this port when a case enters and leaves the stages
/// in which the creditor wants contact about the debt held; the contact policy's restriction registry
/// (<c>InMemoryContactRestrictionRegistry</c> in Collections.ContactPolicy, or the host's own) implements it, so that a
/// hold placed here is seen by the contact gate.</para>
/// <para>Both calls are idempotent, as anything a host runs on a schedule must be: placing a hold that is already open
/// under the same reference changes nothing, and lifting a hold that is not open changes nothing.</para>
/// </remarks>
public interface ILegalHoldRegistry
{
    /// <summary>Places a legal hold on a debt from an instant, under a reference (for example the escalation case's identifier).</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="reference">What the hold is for; the same reference lifts it.</param>
    /// <param name="from">When the hold starts.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the hold is recorded.</returns>
    /// <exception cref="ArgumentException">The reference is empty or white space.</exception>
    Task PlaceAsync(AccountId accountId, string reference, Instant from, CancellationToken cancellationToken = default);

    /// <summary>Lifts the open legal hold with this reference on a debt, from an instant.</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="reference">The reference the hold was placed under.</param>
    /// <param name="at">When the hold ends (an attempt at this instant is no longer held).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the hold is lifted.</returns>
    /// <exception cref="ArgumentException">The reference is empty or white space.</exception>
    Task LiftAsync(AccountId accountId, string reference, Instant at, CancellationToken cancellationToken = default);
}
