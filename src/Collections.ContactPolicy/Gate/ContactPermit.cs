using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The gate's written leave for one attempt: issued only when the policy allows it, bound to the debt, debtor, contact point, channel, template and instant decided, valid briefly, good for one attempt.</summary>
/// <remarks>
/// <para>Only <see cref="ContactGate"/> creates permits (<see cref="ContactGate.AuthorizeAsync"/>,
/// <see cref="ContactGate.ContactAsync"/>), and only after an allowing decision. A channel gateway
/// (<see cref="IContactChannelGateway"/>) sends on the strength of one; <see cref="ContactGate.RecordAttemptAsync(ContactPermit, PriorAttempt, CancellationToken)"/>
/// records an attempt only against one, once. A class and not a record, so it cannot be copied with <c>with</c>.</para>
/// <para><b>Timing.</b> The attempt must start from <see cref="IssuedAt"/> until before <see cref="ExpiresAt"/>: the gate's
/// permit lifetime (two minutes by default), cut short at the first moment the policy would refuse the same attempt
/// (a window closing, a rest day starting, a recorded opt-out or hold taking effect). The attempt must be recorded by
/// <see cref="RecordBy"/> (a call's outcome is known only when it ends). Until it is recorded or that deadline passes,
/// the permit counts as an attempt for the gate's later decisions about the same debtor or contact point, so two
/// permits issued at once cannot together break a cap.</para>
/// </remarks>
public sealed class ContactPermit
{
    private const int Issued = 0;
    private const int Used = 1;

    private int _state;

    internal ContactPermit(ContactGate issuer, ContactAttemptId attemptId, ContactRequest request, ContactDecision decision, Instant expiresAt, Instant recordBy)
    {
        Issuer = issuer;
        AttemptId = attemptId;
        Request = request;
        Decision = decision;
        ExpiresAt = expiresAt;
        RecordBy = recordBy;
    }

    /// <summary>The attempt's identifier: the gateway's idempotency key, recorded with the attempt and in the audit log.</summary>
    public ContactAttemptId AttemptId { get; }

    /// <summary>The request as decided (facts loaded, time zones resolved, the instant the gate's clock gave).</summary>
    public ContactRequest Request { get; }

    /// <summary>The allowing decision.</summary>
    public ContactDecision Decision { get; }

    /// <summary>The debt the attempt is about.</summary>
    public AccountId AccountId => Request.AccountId;

    /// <summary>The debtor.</summary>
    public DebtorId DebtorId => Request.DebtorId;

    /// <summary>The contact point to use — and no other.</summary>
    public ContactPointId ContactPointId => Request.ContactPointId;

    /// <summary>The channel to use — and no other.</summary>
    public Channel Channel => Request.Channel;

    /// <summary>The template to use, as the catalogue describes it (null when the policy needs none).</summary>
    public MessageTemplate? Template => Request.Template;

    /// <summary>When it was issued: the instant decided.</summary>
    public Instant IssuedAt => Request.At;

    /// <summary>The attempt must start before this instant.</summary>
    public Instant ExpiresAt { get; }

    /// <summary>The attempt must be recorded before this instant.</summary>
    public Instant RecordBy { get; }

    /// <summary>Whether an attempt was already recorded against it.</summary>
    public bool IsUsed => Volatile.Read(ref _state) == Used;

    internal ContactGate Issuer { get; }

    /// <summary>Whether an attempt may start at an instant: not used, and issued ≤ instant &lt; expiry.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when an attempt may start then.</returns>
    public bool IsValidAt(Instant instant) => !IsUsed && instant >= IssuedAt && instant < ExpiresAt;

    /// <summary>Marks the permit used; false when it already was.</summary>
    internal bool TryUse() => Interlocked.CompareExchange(ref _state, Used, Issued) == Issued;

    /// <summary>Gives a permit back after its attempt could not be stored, so the host can record it again.</summary>
    internal void Release() => Volatile.Write(ref _state, Issued);

    /// <summary>The permit as a pending attempt, counted by later decisions until it is recorded (any non-conversation outcome
    /// counts the same; it must be one the channel can have: no_answer for calls and visits, delivered for messages and letters).</summary>
    internal PriorAttempt AsPendingAttempt() =>
        new(IssuedAt, Channel, AttemptOutcome.NoAnswer.AppliesTo(Channel) ? AttemptOutcome.NoAnswer : AttemptOutcome.Delivered, AccountId, DebtorId, ContactPointId);
}
