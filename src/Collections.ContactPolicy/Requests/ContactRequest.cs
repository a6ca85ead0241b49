using System.Collections.Immutable;
using Collections.Core;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>One attempt a host wants to make: about which debt, to whom, on which channel, with which template, at which instant, and the facts a decision needs besides history.</summary>
/// <remarks>
/// <para><b>Time zones.</b> BRIEF: the debtor's stored zone wins; else the zones of the address; else the zones of the
/// phone numbers. The attempt must be allowed in every candidate (a debtor known only by a Saudi and a UK number:
/// Asia/Riyadh and Europe/London). A <see cref="ContactGate"/> with an <see cref="IDebtorLocationReader"/> finds them
/// itself (and records the basis in <see cref="TimeZoneBasis"/>); create the request without zones then. For
/// <see cref="ContactPolicy.Decide"/> called directly, pass them — <see cref="DebtorLocation.Resolve"/> applies the
/// convention.</para>
/// <para><b>Facts.</b> Restrictions (opt-outs, do-not-contact, cease-communication, disputes, legal holds), the
/// recipient's role, the template and announced holiday dates are values here, so a decision is pure; the
/// <see cref="ContactGate"/> loads them through ports.</para>
/// </remarks>
public sealed record ContactRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="accountId">The debt the attempt is about.</param>
    /// <param name="debtorId">The debtor whose debt it is.</param>
    /// <param name="contactPointId">The contact point to use.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When the attempt would be made.</param>
    /// <param name="timeZones">The candidate time zones of the recipient (at least one).</param>
    /// <exception cref="ArgumentException">No time zone is given.</exception>
    public ContactRequest(AccountId accountId, DebtorId debtorId, ContactPointId contactPointId, Channel channel, Instant at, IEnumerable<DateTimeZone> timeZones)
        : this(accountId, debtorId, contactPointId, channel, at)
    {
        ArgumentNullException.ThrowIfNull(timeZones);
        TimeZones = [.. timeZones];
    }

    /// <summary>Creates a request whose time zones the <see cref="ContactGate"/> finds (through its <see cref="IDebtorLocationReader"/>).</summary>
    /// <param name="accountId">The debt the attempt is about.</param>
    /// <param name="debtorId">The debtor whose debt it is.</param>
    /// <param name="contactPointId">The contact point to use.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="at">When the attempt would be made (the gate's clock decides the instant of an attempt it permits).</param>
    /// <remarks><see cref="ContactPolicy.Decide"/> refuses a request without zones as a caller bug: give the zones, or let a gate with a location reader resolve them.</remarks>
    public ContactRequest(AccountId accountId, DebtorId debtorId, ContactPointId contactPointId, Channel channel, Instant at)
    {
        AccountId = accountId;
        DebtorId = debtorId;
        ContactPointId = contactPointId;
        Channel = channel;
        At = at;
    }

    /// <summary>The debt the attempt is about.</summary>
    public AccountId AccountId { get; init; }

    /// <summary>The debtor whose debt it is.</summary>
    public DebtorId DebtorId { get; init; }

    /// <summary>The contact point to use.</summary>
    public ContactPointId ContactPointId { get; init; }

    /// <summary>The channel.</summary>
    public Channel Channel
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value), "A request needs a channel.");
    }

    /// <summary>When the attempt would be made.</summary>
    public Instant At { get; init; }

    /// <summary>The candidate time zones of the recipient; the attempt must be allowed in every one.</summary>
    public ImmutableArray<DateTimeZone> TimeZones
    {
        get;
        init
        {
            if (value.IsDefaultOrEmpty || value.Any(z => z is null))
            {
                throw new ArgumentException("A request needs at least one time zone (the debtor's stored zone, or the zones of the address or phone number).", nameof(value));
            }

            field = [.. value.DistinctBy(z => z.Id, StringComparer.Ordinal)];
        }
    } = [];

    /// <summary>Where the zones came from, when the gate resolved them (null when the host gave them).</summary>
    public TimeZoneBasis? TimeZoneBasis { get; init; }

    /// <summary>Who the contact point reaches (default: the debtor).</summary>
    public ContactPointRole Recipient
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ContactPointRole.Debtor;

    /// <summary>The template the attempt will use, as the catalogue describes it; null when none (or not loaded yet).</summary>
    public MessageTemplate? Template { get; init; }

    /// <summary>The template's identifier when the template itself is to be loaded (by the gate from <see cref="ITemplateCatalog"/>).</summary>
    public TemplateId? TemplateId { get; init; }

    /// <summary>The collection stage of the debt, for stage-specific template approvals.</summary>
    public StageId? Stage { get; init; }

    /// <summary>The language the recipient asked to be contacted in, when not the policy's primary language (BCP 47 tag).</summary>
    public string? RecipientLanguage
    {
        get;
        init => field = value is null ? null : LanguageTag.Normalise(value, nameof(value));
    }

    /// <summary>Opt-outs, do-not-contact, cease-communication, disputes and legal holds on record.</summary>
    public ContactRestrictions Restrictions
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ContactRestrictions.None;

    /// <summary>Announced holiday dates that correct the computed calendar or add extra holidays.</summary>
    public ImmutableArray<AnnouncedPeriod> AnnouncedPeriods
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];
}
