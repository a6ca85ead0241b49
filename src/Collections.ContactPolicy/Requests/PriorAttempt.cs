using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>An attempt already made, as the policy counts it: when, on which channel, about which debt and debtor, to which contact point, and its outcome.</summary>
/// <remarks>Every attempt counts towards caps and gaps whatever its outcome (an unanswered call is an attempt); a
/// right-party outcome (<see cref="AttemptOutcome.IsRightPartyContact"/>) is a conversation for waiting-time rules.</remarks>
/// <param name="At">When it was made.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Outcome">Its outcome.</param>
/// <param name="AccountId">The debt it was about.</param>
/// <param name="DebtorId">The debtor whose debt it was about.</param>
/// <param name="ContactPointId">The contact point used.</param>
public readonly record struct PriorAttempt(
    Instant At, Channel Channel, AttemptOutcome Outcome, AccountId AccountId, DebtorId DebtorId, ContactPointId ContactPointId);
