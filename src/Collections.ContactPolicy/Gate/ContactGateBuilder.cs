using System.Globalization;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Configures a <see cref="ContactGate"/> (mutable); <see cref="Build"/> checks everything at once and lists every missing or invalid setting.</summary>
/// <remarks>
/// <para>Every port is required — including <see cref="Decisions"/>, where each decision is recorded: a gate that
/// forgets its audit trail does not build. Use <see cref="AuditTrailContactDecisionSink"/> (the audit trail), a sink of
/// your own, or, where nothing must be recorded (tests), <see cref="ContactDecisionSinks.None"/> — visibly.</para>
/// <para><see cref="DebtorLocations"/> is optional but recommended: with it the gate finds each debtor's time zones by
/// BRIEF's convention (stored zone, else address, else every phone number's zones, else the creditor's zone) and a
/// host never hand-picks them; it needs <see cref="PhoneNumberTimeZones"/> (Collections.PhoneNumbers provides one).</para>
/// </remarks>
public sealed class ContactGateBuilder
{
    private static readonly Duration ShortestPermit = Duration.FromSeconds(1);
    private static readonly Duration LongestPermit = Duration.FromHours(1);
    private static readonly Duration LongestRecordingDeadline = Duration.FromDays(7);

    /// <summary>Creates a builder for a gate applying one policy version.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException">The policy is null.</exception>
    public ContactGateBuilder(ContactPolicy policy)
        : this(ContactPolicySchedule.Of(policy))
    {
    }

    /// <summary>Creates a builder for a gate applying a schedule of versions (each request is decided by the version in force at its instant).</summary>
    /// <param name="policies">The versions.</param>
    /// <exception cref="ArgumentNullException">The schedule is null.</exception>
    public ContactGateBuilder(ContactPolicySchedule policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
    }

    /// <summary>The policy versions the gate applies.</summary>
    public ContactPolicySchedule Policies { get; set; }

    /// <summary>Where attempts are read and recorded (required).</summary>
    public IContactAttemptStore? Attempts { get; set; }

    /// <summary>Where opt-outs, do-not-contact and cease requests, disputes and legal holds are read (required).</summary>
    public IContactRestrictionRegistry? Restrictions { get; set; }

    /// <summary>The template catalogue (required).</summary>
    public ITemplateCatalog? Templates { get; set; }

    /// <summary>Announced holiday dates (required; <c>InMemoryHolidayAnnouncementSource.None</c> when there are none).</summary>
    public IHolidayAnnouncementSource? Holidays { get; set; }

    /// <summary>Where every decision and version change is recorded (required).</summary>
    public IContactDecisionSink? Decisions { get; set; }

    /// <summary>The clock that gives the instant of every attempt the gate permits (required).</summary>
    public IClock? Clock { get; set; }

    /// <summary>Where the debtors' stored zones, addresses and phone numbers are read, to find their time zones (optional, recommended).</summary>
    public IDebtorLocationReader? DebtorLocations { get; set; }

    /// <summary>A phone number's possible zones (required with <see cref="DebtorLocations"/>).</summary>
    public IPhoneNumberTimeZoneSource? PhoneNumberTimeZones { get; set; }

    /// <summary>How long a permit is valid for starting the attempt (1 second to 1 hour; default 2 minutes), cut short where the policy would refuse.</summary>
    public Duration PermitLifetime { get; set; } = Duration.FromMinutes(2);

    /// <summary>How long after a permit expires its attempt may still be recorded (0 to 7 days; default 1 hour — a call's outcome is known when it ends).</summary>
    public Duration RecordingDeadline { get; set; } = Duration.FromHours(1);

    /// <summary>Checks everything and builds the gate.</summary>
    /// <returns>The gate.</returns>
    /// <exception cref="InvalidOperationException">A setting is missing or invalid; every one is listed by name.</exception>
    public ContactGate Build()
    {
        var problems = new List<string>();
        Require(Policies, nameof(Policies), "the policy versions to apply", problems);
        Require(Attempts, nameof(Attempts), "the attempt store (IContactAttemptStore)", problems);
        Require(Restrictions, nameof(Restrictions), "the restriction registry (IContactRestrictionRegistry): without it opt-outs and disputes would go unseen", problems);
        Require(Templates, nameof(Templates), "the template catalogue (ITemplateCatalog)", problems);
        Require(Holidays, nameof(Holidays), "the holiday announcements (IHolidayAnnouncementSource; InMemoryHolidayAnnouncementSource.None when there are none)", problems);
        Require(
            Decisions,
            nameof(Decisions),
            "where every decision is recorded: new AuditTrailContactDecisionSink(auditTrail), a sink of your own, or ContactDecisionSinks.None to record nothing (tests only)",
            problems);
        Require(Clock, nameof(Clock), "the clock (IClock) that gives each permitted attempt its instant", problems);
        if (DebtorLocations is not null && PhoneNumberTimeZones is null)
        {
            problems.Add($"{nameof(PhoneNumberTimeZones)}: required with {nameof(DebtorLocations)}, for debtors known only by their phone numbers (Collections.PhoneNumbers: LibPhoneNumberTimeZoneSource)");
        }

        if (PermitLifetime < ShortestPermit || PermitLifetime > LongestPermit)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(PermitLifetime)}: must be 1 second to 1 hour (got {PermitLifetime.TotalSeconds} s)"));
        }

        if (RecordingDeadline < Duration.Zero || RecordingDeadline > LongestRecordingDeadline)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(RecordingDeadline)}: must be 0 to 7 days (got {RecordingDeadline.TotalHours} h)"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "The contact gate cannot be built:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }

        return new ContactGate(this);
    }

    private static void Require(object? value, string name, string what, List<string> problems)
    {
        if (value is null)
        {
            problems.Add($"{name}: required — {what}");
        }
    }
}
