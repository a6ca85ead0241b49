using Collections.ContactPolicy;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>
/// Bounded generators for contact policies: zones with and without DST (30-minute and midnight transitions included),
/// minute-aligned instants over 2026–2027 with a bias to DST change days, random windows (some crossing midnight),
/// random combinations of rules, histories and holds.
/// </summary>
/// <remarks>Everything is minute-aligned (windows, instants, DST transitions of the zones used), so an allowed
/// interval, if any, contains a whole minute: scanning minutes is an exhaustive check of "no earlier instant".</remarks>
public static class ContactPolicyGenerators
{
    /// <summary>Zone ids used: Riyadh (no DST), New York and London (DST), Kolkata (+05:30), Lord Howe (30-minute DST), Santiago (DST at midnight), Chatham (+12:45).</summary>
    public static readonly string[] ZoneIds =
        ["Asia/Riyadh", "America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham"];

    /// <summary>First instant generated: 2026-01-01T00:00Z.</summary>
    public static readonly Instant First = NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly Instant[] DstDays =
    [
        NodaTime.Instant.FromUtc(2026, 3, 8, 7, 0), NodaTime.Instant.FromUtc(2026, 11, 1, 6, 0), NodaTime.Instant.FromUtc(2026, 3, 29, 1, 0),
        NodaTime.Instant.FromUtc(2026, 10, 25, 1, 0), NodaTime.Instant.FromUtc(2026, 4, 5, 3, 0), NodaTime.Instant.FromUtc(2026, 9, 6, 4, 0),
        NodaTime.Instant.FromUtc(2026, 4, 4, 15, 0), NodaTime.Instant.FromUtc(2026, 10, 3, 15, 30),
    ];

    private static readonly RuleSource Source = RuleSource.CreditorInstruction("Generated rule", "قاعدة مولّدة");

    /// <summary>One to three distinct candidate zones.</summary>
    public static Gen<DateTimeZone[]> Zones() =>
        from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from ids in Gen.ArrayOf(Gen.Elements(ZoneIds), count)
        select ids.Distinct().Select(id => DateTimeZoneProviders.Tzdb[id]).ToArray();

    /// <summary>A minute-aligned instant in 2026–2027, a third of them within three days of a DST change.</summary>
    public static Gen<Instant> Moment() =>
        Gen.Frequency(
            (2, Gen.Choose(0, 2 * 365 * 24 * 60).Select(m => First + Duration.FromMinutes(m))),
            (1, from day in Gen.Elements(DstDays) from offset in Gen.Choose(-3 * 24 * 60, 3 * 24 * 60) select day + Duration.FromMinutes(offset)));

    /// <summary>Windows: for each weekday none, one or two, starting on the half hour, 30 minutes to 18 hours long (crossing midnight when they run past it).</summary>
    public static Gen<ContactWindow[]> Windows() =>
        Gen.ArrayOf(
            from day in Gen.Choose(1, 7)
            from start in Gen.Choose(0, 47)
            from length in Gen.Choose(1, 36)
            select Window((IsoDayOfWeek)day, start, length),
            7).SelectMany(first => Gen.ArrayOf(
                from day in Gen.Choose(1, 7)
                from start in Gen.Choose(0, 47)
                from length in Gen.Choose(1, 36)
                select Window((IsoDayOfWeek)day, start, length)).Select(more => first.Concat(more.Take(5)).ToArray()));

    /// <summary>A window from half-hour slots (start slot 0–47, length in slots).</summary>
    public static ContactWindow Window(IsoDayOfWeek day, int startSlot, int lengthSlots)
    {
        var start = LocalTime.FromMinutesSinceMidnight(startSlot * 30);
        var endSlot = startSlot + lengthSlots;
        return endSlot >= 48
            ? ContactWindow.Overnight(day, start, LocalTime.FromMinutesSinceMidnight((endSlot - 48) * 30))
            : ContactWindow.SameDay(day, start, LocalTime.FromMinutesSinceMidnight(endSlot * 30));
    }

    /// <summary>Random combinations of time, cap, gap and hold rules (no template or recipient rules), in force from 2025-06-01.</summary>
    public static Gen<Collections.ContactPolicy.ContactPolicy> Policy() =>
        from windows in Optional(8, Windows().Select(w => (ContactRule)new ContactWindowRule(new RuleId("windows"), Source, ChannelSet.All, w)))
        from rest in Optional(4, Gen.ArrayOf(Gen.Choose(1, 7), 2).Select(d => (ContactRule)new WeeklyRestDaysRule(new RuleId("rest-days"), Source, ChannelSet.All, d.Distinct().Select(x => (IsoDayOfWeek)x))))
        from holidays in Optional(3, Gen.Constant((ContactRule)new PublicHolidaysRule(new RuleId("holidays"), Source, ChannelSet.All, HolidayCalendar.Saudi)))
        from cap in Optional(7, from channels in CallsOrAll() from scope in Scope() from max in Gen.Choose(1, 6) from days in Gen.Choose(1, 10) select (ContactRule)new FrequencyCapRule(new RuleId("cap"), Source, channels, scope, max, days))
        from secondCap in Optional(3, from scope in Scope() from max in Gen.Choose(2, 12) from days in Gen.Choose(5, 30) select (ContactRule)new FrequencyCapRule(new RuleId("cap-2"), Source, ChannelSet.All, scope, max, days))
        from daily in Optional(3, from scope in Scope() from max in Gen.Choose(1, 4) select (ContactRule)new DailyLimitRule(new RuleId("daily"), Source, ChannelSet.All, scope, max))
        from wait in Optional(3, from scope in Scope() from days in Gen.Choose(1, 7) select (ContactRule)new ConversationWaitRule(new RuleId("wait"), Source, ChannelSet.Of(Channel.Call), scope, days, ChannelSet.Of(Channel.Call)))
        from gap in Optional(3, from scope in Scope() from minutes in Gen.Choose(1, 24).Select(m => m * 30) select (ContactRule)new MinimumGapRule(new RuleId("gap"), Source, ChannelSet.All, scope, minutes))
        from dispute in Optional(5, Gen.Constant((ContactRule)new RestrictionRule(new RuleId("dispute"), Source, ChannelSet.All, ContactRestriction.Dispute)))
        select Build(new[] { windows, rest, holidays, cap, secondCap, daily, wait, gap, dispute }.OfType<ContactRule>());

    /// <summary>A request at a generated instant, by call or SMS, about one of two debts, to one of two contact points, in one to three zones.</summary>
    public static Gen<ContactRequest> Request() =>
        from at in Moment()
        from zones in Zones()
        from channel in Gen.Elements(Channel.Call, Channel.Sms)
        from account in Gen.Elements("ACC-1", "ACC-2")
        from point in Gen.Elements("CP-1", "CP-2")
        from holds in Gen.Frequency((3, Gen.Constant(Array.Empty<ContactHold>())), (1, Gen.ArrayOf(Hold(at), 1)))
        select new ContactRequest(new AccountId(account), new DebtorId("DEB-1"), new ContactPointId(point), channel, at, zones)
        {
            Restrictions = ContactRestrictions.None with { Holds = [.. holds] },
        };

    /// <summary>A dispute opened up to 5 days before an instant and resolved up to 5 days after it, or still open.</summary>
    public static Gen<ContactHold> Hold(Instant around) =>
        from start in Gen.Choose(-5 * 24 * 60, 24 * 60)
        from length in Gen.Frequency((3, Gen.Choose(1, 6 * 24 * 60).Select(m => (int?)m)), (1, Gen.Constant<int?>(null)))
        select new ContactHold(HoldKind.Dispute, around + Duration.FromMinutes(start), length is { } minutes ? around + Duration.FromMinutes(start + minutes) : null);

    /// <summary>Zero to 25 attempts in the 12 days before an instant (and a few up to a day after), on calls or SMS, about two debts and two contact points.</summary>
    public static Gen<PriorAttempt[]> History(Instant before) =>
        Gen.Choose(0, 25).SelectMany(count => Gen.ArrayOf(Attempt(before), count));

    /// <summary>An attempt within 12 days before an instant, or rarely up to a day after.</summary>
    public static Gen<PriorAttempt> Attempt(Instant before) =>
        from minutes in Gen.Frequency((9, Gen.Choose(-12 * 24 * 60, 0)), (1, Gen.Choose(1, 24 * 60)))
        from channel in Gen.Elements(Channel.Call, Channel.Sms)
        from outcome in Outcome(channel)
        from account in Gen.Elements("ACC-1", "ACC-2")
        from point in Gen.Elements("CP-1", "CP-2")
        select new PriorAttempt(before + Duration.FromMinutes(minutes), channel, outcome, new AccountId(account), new DebtorId("DEB-1"), new ContactPointId(point));

    /// <summary>An outcome the channel can have (<see cref="AttemptOutcome.AppliesTo(Channel)"/>): a call mostly unanswered, sometimes the right party; a message delivered or failed.</summary>
    public static Gen<AttemptOutcome> Outcome(Channel channel) =>
        channel.Kind is ChannelKind.Voice or ChannelKind.InPerson
            ? Gen.Frequency((3, Gen.Constant(AttemptOutcome.NoAnswer)), (1, Gen.Constant(AttemptOutcome.RightParty)))
            : Gen.Frequency((4, Gen.Constant(AttemptOutcome.Delivered)), (1, Gen.Constant(AttemptOutcome.Failed)));

    private static Gen<ContactRule?> Optional(int inTen, Gen<ContactRule> rule) =>
        Gen.Frequency((inTen, rule.Select(r => (ContactRule?)r)), (10 - inTen, Gen.Constant<ContactRule?>(null)));

    private static Gen<ChannelSet> CallsOrAll() => Gen.Elements(ChannelSet.Of(Channel.Call), ChannelSet.All);

    private static Gen<CapScope> Scope() => Gen.Elements(CapScope.Debt, CapScope.Debtor, CapScope.ContactPoint);

    private static Collections.ContactPolicy.ContactPolicy Build(IEnumerable<ContactRule> rules)
    {
        var builder = new ContactPolicyBuilder(new PolicyId("generated"), new CreditorId("CRED-GEN"))
        {
            Version = "1",
            ApprovedBy = "Generator",
            ApprovedOn = new LocalDate(2025, 6, 1),
            EffectiveFrom = new LocalDate(2025, 6, 1),
        };
        foreach (var rule in rules)
        {
            builder.Add(rule);
        }

        return builder.Build();
    }
}
