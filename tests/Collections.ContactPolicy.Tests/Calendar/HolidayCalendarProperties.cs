using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Calendar;

/// <summary>Holiday calendars over generated dates and announcements.</summary>
public sealed class HolidayCalendarProperties
{
    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 60 * 365).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    [Property(MaxTest = 300)]
    public Property Every_day_of_an_occurrence_is_a_holiday_and_IsHoliday_agrees_with_Between() =>
        Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var between = HolidayCalendar.Saudi.Between(date, date);
            var isHoliday = HolidayCalendar.Saudi.IsHoliday(date, out var occurrence);
            return isHoliday == (between.Count > 0)
                && (!isHoliday || (occurrence!.Contains(date) && between.Contains(occurrence)))
                && between.All(o => (o.End - o.Start).Days + 1 is 1 or 4);
        });

    [Property(MaxTest = 200)]
    public Property An_announcement_replaces_the_occurrence_it_names_and_nothing_else() =>
        Prop.ForAll(
            (from year in Gen.Choose(1420, 1480)
             from shift in Gen.Choose(-2, 2)
             from length in Gen.Choose(1, 6)
             from which in Gen.Elements("eid_al_fitr", "eid_al_adha")
             select (year, shift, length, which)).ToArbitrary(),
            c =>
            {
                var computed = HolidayCalendar.Saudi.Between(new LocalDate(c.year, 1, 1, CalendarSystem.UmAlQura), new LocalDate(c.year, 12, 29, CalendarSystem.UmAlQura))
                    .Single(o => o.Id?.Value == c.which);
                var announced = new AnnouncedPeriod(new PeriodId(c.which), computed.Start.PlusDays(c.shift), c.length);
                var after = HolidayCalendar.Saudi.Between(computed.Start.PlusDays(-40), computed.End.PlusDays(40), [announced]);
                var named = after.Where(o => o.Id?.Value == c.which).ToList();
                return named.Count == 1 && named[0].IsAnnounced && named[0].Start == announced.Start && named[0].End == announced.End
                    && after.Count(o => o.Id?.Value != c.which) == HolidayCalendar.Saudi.Between(computed.Start.PlusDays(-40), computed.End.PlusDays(40)).Count(o => o.Id?.Value != c.which);
            });
}
