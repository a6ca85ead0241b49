using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Port: a channel that makes attempts — a dialler, an SMS or e-mail provider, a letter service — called by <see cref="ContactGate.ContactAsync"/> with a permit, never without one.</summary>
/// <remarks>
/// The permit names everything the attempt may use: the contact point, the channel and the template; the gateway looks
/// up the number or address itself and sends at once (a gateway that queues must not send after
/// <see cref="ContactPermit.ExpiresAt"/>). <see cref="ContactPermit.AttemptId"/> is the idempotency key: a provider
/// that sees it twice must not send twice. The gate records the returned outcome; if the gateway throws, nothing is
/// recorded and the host may record what happened with <see cref="ContactGate.RecordAttemptAsync(ContactPermit, AttemptOutcome, CancellationToken)"/>
/// before <see cref="ContactPermit.RecordBy"/>.
/// </remarks>
public interface IContactChannelGateway
{
    /// <summary>Makes the attempt the permit allows.</summary>
    /// <param name="permit">The permit.</param>
    /// <param name="cancellationToken">Cancels the attempt before it is made.</param>
    /// <returns>The attempt's outcome (for a call: no answer, busy, right party, …; for a message: failed, delivered, …).</returns>
    Task<AttemptOutcome> SendAsync(ContactPermit permit, CancellationToken cancellationToken = default);
}
