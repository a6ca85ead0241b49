using NodaTime;

namespace Collections.Core;

/// <summary>One outbound try on one channel to one contact point, and its outcome ("attempt" in docs/kpi-definitions.md).</summary>
public sealed record ContactAttempt
{
    /// <summary>Creates an attempt record.</summary>
    /// <param name="accountId">The account the attempt was about.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When it was made.</param>
    /// <param name="outcome">Its outcome, one the channel can have (<see cref="AttemptOutcome.AppliesTo"/>).</param>
    /// <exception cref="ArgumentNullException">The channel or outcome is null.</exception>
    /// <exception cref="ArgumentException">The outcome is not one of the channel's (an sms cannot be a right-party contact).</exception>
    public ContactAttempt(AccountId accountId, Channel channel, Instant at, AttemptOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(channel);
        AttemptOutcome.ThrowIfNotApplicable(outcome, channel);
        AccountId = accountId;
        Channel = channel;
        At = at;
        Outcome = outcome;
    }

    /// <summary>The account the attempt was about.</summary>
    public AccountId AccountId { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>When it was made.</summary>
    public Instant At { get; }

    /// <summary>Its outcome.</summary>
    public AttemptOutcome Outcome { get; }

    /// <summary>The contact point used, when known.</summary>
    public ContactPointId? ContactPointId { get; init; }
}
