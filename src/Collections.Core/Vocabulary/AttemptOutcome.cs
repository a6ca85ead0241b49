using System.Runtime.CompilerServices;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>The outcome of one attempt; codes follow the KPI definitions (docs/kpi-definitions.md) and are persisted.</summary>
/// <remarks>
/// Call outcomes: no_answer, busy, voicemail, wrong_number, disconnected, third_party, right_party.
/// Message outcomes: failed, delivered, read, replied. A right-party contact (RPC) is an attempt in which the
/// debtor or an authorised representative was reached and identified: <see cref="RightParty"/>.
/// Contact rate counts right_party and third_party (<see cref="IsContact"/>).
/// Which outcomes a channel can have is decided in one place, <see cref="AppliesTo(Channel)"/>.
/// </remarks>
public sealed class AttemptOutcome : SmartEnum<AttemptOutcome>
{
    /// <summary>The call rang out unanswered.</summary>
    public static readonly AttemptOutcome NoAnswer = new("no_answer", 1, ChannelKind.Voice, isContact: false, isRightParty: false);

    /// <summary>The line was busy.</summary>
    public static readonly AttemptOutcome Busy = new("busy", 2, ChannelKind.Voice, isContact: false, isRightParty: false);

    /// <summary>The call reached voicemail.</summary>
    public static readonly AttemptOutcome Voicemail = new("voicemail", 3, ChannelKind.Voice, isContact: false, isRightParty: false);

    /// <summary>The number does not belong to the debtor.</summary>
    public static readonly AttemptOutcome WrongNumber = new("wrong_number", 4, ChannelKind.Voice, isContact: false, isRightParty: false);

    /// <summary>The number is out of service.</summary>
    public static readonly AttemptOutcome Disconnected = new("disconnected", 5, ChannelKind.Voice, isContact: false, isRightParty: false);

    /// <summary>Someone other than the debtor or a representative answered.</summary>
    public static readonly AttemptOutcome ThirdParty = new("third_party", 6, ChannelKind.Voice, isContact: true, isRightParty: false);

    /// <summary>The debtor or an authorised representative was reached and identified (an RPC).</summary>
    public static readonly AttemptOutcome RightParty = new("right_party", 7, ChannelKind.Voice, isContact: true, isRightParty: true);

    /// <summary>The message could not be delivered.</summary>
    public static readonly AttemptOutcome Failed = new("failed", 20, ChannelKind.Message, isContact: false, isRightParty: false);

    /// <summary>The message was delivered.</summary>
    public static readonly AttemptOutcome Delivered = new("delivered", 21, ChannelKind.Message, isContact: false, isRightParty: false);

    /// <summary>The message was read.</summary>
    public static readonly AttemptOutcome Read = new("read", 22, ChannelKind.Message, isContact: false, isRightParty: false);

    /// <summary>The recipient replied.</summary>
    public static readonly AttemptOutcome Replied = new("replied", 23, ChannelKind.Message, isContact: false, isRightParty: false);

    private AttemptOutcome(string code, int value, ChannelKind kind, bool isContact, bool isRightParty)
        : base(code, value)
    {
        Kind = kind;
        IsContact = isContact;
        IsRightPartyContact = isRightParty;
    }

    /// <summary>The persisted code, for example <c>right_party</c>.</summary>
    public string Code => Name;

    /// <summary>The kind of channel the outcome belongs to (voice outcomes also apply to visits, message outcomes to letters; see <see cref="AppliesTo(Channel)"/>).</summary>
    public ChannelKind Kind { get; }

    /// <summary>Whether a person was reached (right party or third party): the contact-rate numerator.</summary>
    public bool IsContact { get; }

    /// <summary>Whether this is a right-party contact (RPC).</summary>
    public bool IsRightPartyContact { get; }

    /// <summary>Whether an attempt on <paramref name="channel"/> can end with this outcome.</summary>
    /// <param name="channel">The channel of the attempt.</param>
    /// <returns><see langword="true"/> for a call outcome on a voice or in-person channel (a visit reaches the debtor, a third
    /// party or nobody, like a call), and for a message outcome on a message or mail channel (a letter is delivered, returned
    /// as failed, acknowledged as read or answered); <see langword="false"/> otherwise, for example sms with right_party
    /// or call with delivered.</returns>
    /// <remarks>docs/kpi-definitions.md: call outcomes are no_answer, busy, voicemail, wrong_number, disconnected, third_party,
    /// right_party; message outcomes are failed, delivered, read, replied. So only voice and in-person channels can make a
    /// right-party contact.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public bool AppliesTo(Channel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return Kind == ChannelKind.Voice
            ? channel.Kind is ChannelKind.Voice or ChannelKind.InPerson
            : channel.Kind is ChannelKind.Message or ChannelKind.Mail;
    }

    /// <summary>Throws when <paramref name="outcome"/> cannot be an outcome of <paramref name="channel"/>
    /// (<see cref="AppliesTo(Channel)"/>), like <see cref="ArgumentNullException.ThrowIfNull(object?, string?)"/>: for the
    /// constructors of attempt records, so that every one refuses an impossible pair with the same message.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="channel">The channel of the attempt.</param>
    /// <param name="paramName">The outcome argument's name (filled in by the compiler).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The outcome is not one of the channel's; the message names both codes.</exception>
    public static void ThrowIfNotApplicable(AttemptOutcome outcome, Channel channel, [CallerArgumentExpression(nameof(outcome))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(outcome, paramName);
        if (!outcome.AppliesTo(channel))
        {
            // An impossible pair would count as an RPC or a contact on a channel that cannot make one.
            throw new ArgumentException(
                $"Outcome {outcome.Code} is not an outcome of channel {channel.Code}: call outcomes (no_answer … right_party) belong to calls and visits, message outcomes (failed, delivered, read, replied) to messages and letters.",
                paramName);
        }
    }

    /// <summary>The outcome's title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("outcome." + Code);

    /// <summary>Every outcome, ordered by value.</summary>
    public static IReadOnlyList<AttemptOutcome> All { get; } =
        [NoAnswer, Busy, Voicemail, WrongNumber, Disconnected, ThirdParty, RightParty, Failed, Delivered, Read, Replied];

    /// <summary>Looks up an outcome by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>no_answer</c>.</param>
    /// <param name="outcome">The outcome when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AttemptOutcome? outcome)
    {
        outcome = All.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase));
        return outcome is not null;
    }
}
