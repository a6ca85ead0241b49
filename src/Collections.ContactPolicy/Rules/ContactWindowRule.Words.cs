using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The contact window rule in words: denials and the policy explanation.</summary>
public sealed partial record ContactWindowRule
{
    internal override BilingualText Explain(in Evaluation evaluation, RuleAnswer answer, Instant candidate, DateTimeZone zone)
    {
        var local = candidate.InZone(zone).LocalDateTime;
        var announcements = evaluation.Request.AnnouncedPeriods;
        var period = SpecialPeriodOn(local.Date, announcements);
        var hours = Hours(WindowsStarting(local.Date, announcements));
        return ContactPolicyTexts.Format(
            period is null ? "denial.outside_contact_window" : "denial.outside_special_window",
            TextArgument.Of("channel", evaluation.Request.Channel.Title),
            TextArgument.Of("local", ContactPolicyTexts.Local(candidate, zone)),
            TextArgument.Of("weekday", ContactPolicyTexts.Weekday(local.DayOfWeek)),
            TextArgument.Of("hours", hours),
            TextArgument.Of("period", period?.Name ?? ContactPolicyTexts.Get("channels.all")));
    }

    internal override BilingualText Describe(bool forAgency)
    {
        var weekly = Weekly(_weekly);
        var text = ContactPolicyTexts.Format("rule.contact_window", TextArgument.Of("channels", ChannelClause()), TextArgument.Of("weekly", weekly));
        foreach (var period in SpecialPeriods)
        {
            var special = ContactPolicyTexts.Format(
                "rule.contact_window.special",
                TextArgument.Of("period", period.Name),
                TextArgument.Of("when", PeriodWords.Of(period.Period)),
                TextArgument.Of("weekly", Weekly(ByDayOf(period.Windows))));
            text = new BilingualText(text.English + " " + special.English, text.Arabic + " " + special.Arabic);
        }

        return text;
    }

    private static ContactWindow[][] ByDayOf(IEnumerable<ContactWindow> windows)
    {
        var byDay = new ContactWindow[8][];
        for (var day = 0; day < 8; day++)
        {
            var weekday = (IsoDayOfWeek)day;
            byDay[day] = [.. windows.Where(w => w.Day == weekday).OrderBy(w => w.Start)];
        }

        return byDay;
    }

    /// <summary>Days grouped by identical hours, in week order from Sunday (the Saudi working week's first day) to Saturday.</summary>
    private static BilingualText Weekly(ContactWindow[][] byDay)
    {
        IsoDayOfWeek[] order = [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday];
        var groups = order
            .GroupBy(d => Hours(byDay[(int)d]))
            .Select(g => ContactPolicyTexts.Format(
                "weekly.group",
                g.Count() == 7 ? TextArgument.Of("days", ContactPolicyTexts.Get("weekly.every_day")) : TextArgument.List("days", g.Select(ContactPolicyTexts.Weekday)),
                TextArgument.Of("hours", g.Key)))
            .ToList();
        return new BilingualText(string.Join("; ", groups.Select(g => g.English)), string.Join("؛ ", groups.Select(g => g.Arabic)));
    }

    private static BilingualText Hours(ContactWindow[] windows)
    {
        if (windows.Length == 0)
        {
            return ContactPolicyTexts.Get("hours.none");
        }

        var parts = windows.Select(w => w.EndsNextDay
            ? ContactPolicyTexts.Format("hours.overnight", TextArgument.Of("start", ContactPolicyTexts.Time(w.Start)), TextArgument.Of("end", ContactPolicyTexts.Time(w.End)))
            : ContactPolicyTexts.Format("hours.same_day", TextArgument.Of("start", ContactPolicyTexts.Time(w.Start)), TextArgument.Of("end", ContactPolicyTexts.Time(w.End))));
        return ContactPolicyTexts.Join(parts);
    }
}
