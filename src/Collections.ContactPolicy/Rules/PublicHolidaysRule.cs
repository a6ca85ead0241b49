using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>No attempts on public holidays and the creditor's days off, in the recipient's local dates, from a <see cref="HolidayCalendar"/> computed each year.</summary>
/// <remarks>Hijri holidays (Eid al-Fitr, Eid al-Adha) come from the Umm al-Qura calendar and are provisional: requests
/// carry the host's announced dates (<see cref="ContactRequest.AnnouncedPeriods"/>), which replace the computed ones
/// and may add extra holidays. A holiday covers whole local days.</remarks>
public sealed record PublicHolidaysRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "public_holidays";

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it applies to.</param>
    /// <param name="calendar">The holidays.</param>
    public PublicHolidaysRule(RuleId id, RuleSource source, ChannelSet channels, HolidayCalendar calendar)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>The holidays.</summary>
    public HolidayCalendar Calendar { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override bool UsesTimeZone => true;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var announcements = evaluation.Request.AnnouncedPeriods;
        var day = DayNumber.Of(candidate.InZone(zone).Date);
        if (!Calendar.Table.TryFind(day, announcements, includeExtras: true, out var hit))
        {
            return RuleAnswer.Allowed(candidate);
        }

        // Holidays may follow one another (or an announcement may extend one): skip to the first free day.
        var next = hit.End;
        for (var i = 0; i < 400 && Calendar.Table.TryFind(next, announcements, includeExtras: true, out var following); i++)
        {
            next = following.End;
        }

        return RuleAnswer.Timed(ZoneTime.StartOfDay(zone, DayNumber.ToDate(next)), ContactRuleCode.PublicHoliday);
    }

    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone)
    {
        var announcements = evaluation.Request.AnnouncedPeriods;
        Calendar.Table.TryFind(DayNumber.Of(candidate.InZone(zone).Date), announcements, includeExtras: true, out var hit);
        var occurrence = Calendar.Table.Describe(hit, announcements);
        return ContactPolicyTexts.Format(
            occurrence.IsAnnounced ? "denial.public_holiday.announced" : "denial.public_holiday",
            TextArgument.Of("holiday", occurrence.Name),
            TextArgument.Of("start", InvariantText.Date(occurrence.Start)),
            TextArgument.Of("end", InvariantText.Date(occurrence.End)),
            TextArgument.Of("local", ContactPolicyTexts.Local(candidate, zone)));
    }

    internal override BilingualText Describe(bool forAgency) =>
        ContactPolicyTexts.Format(
            "rule.public_holidays",
            TextArgument.Of("channels", ChannelClause()),
            TextArgument.List("holidays", Calendar.Holidays.Select(h => ContactPolicyTexts.Format(
                "holiday.described", TextArgument.Of("name", h.Name), TextArgument.Of("when", PeriodWords.Of(h.Period))))));

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Calendar.Holidays.IsEmpty)
        {
            yield return ("holidays", "the calendar has no holidays (leave the rule out, or add holidays)");
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }
}
