using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>A calendar period in words, for explanations.</summary>
internal static class PeriodWords
{
    public static BilingualText Of(CalendarPeriod period)
    {
        var length = TextArgument.Of("length", ContactPolicyTexts.Count(period.LengthInDays ?? 0, "day"));
        switch (period.Kind)
        {
            case CalendarPeriodKind.Once:
                return ContactPolicyTexts.Format("period.once", TextArgument.Of("date", InvariantText.Date(period.Date!.Value)), length);
            case CalendarPeriodKind.GregorianAnnual:
                return ContactPolicyTexts.Format(
                    "period.gregorian",
                    TextArgument.Of("day", period.Day),
                    TextArgument.Of("month", ContactPolicyTexts.Get("month." + InvariantText.Number(period.Month))),
                    length);
            default:
                var month = TextArgument.Of("month", ContactPolicyTexts.Get("hijri_month." + InvariantText.Number(period.Month)));
                if (period.LengthInDays is null && period.Day == 1 && period.OffsetDays == 0)
                {
                    return ContactPolicyTexts.Format("period.hijri_month", month);
                }

                var anchor = ContactPolicyTexts.Format("period.hijri_anchor", TextArgument.Of("day", period.Day), month);
                anchor = period.OffsetDays switch
                {
                    0 => anchor,
                    1 => ContactPolicyTexts.Format("period.day_after", TextArgument.Of("anchor", anchor)),
                    > 0 => ContactPolicyTexts.Format("period.days_after", TextArgument.Of("anchor", anchor), TextArgument.Of("days", ContactPolicyTexts.Count(period.OffsetDays, "day"))),
                    _ => ContactPolicyTexts.Format("period.days_before", TextArgument.Of("anchor", anchor), TextArgument.Of("days", ContactPolicyTexts.Count(-period.OffsetDays, "day"))),
                };
                return period.LengthInDays is null
                    ? ContactPolicyTexts.Format("period.hijri_to_month_end", TextArgument.Of("anchor", anchor))
                    : ContactPolicyTexts.Format("period.hijri", TextArgument.Of("anchor", anchor), length);
        }
    }
}
