using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A set of public holidays and days off as data, computed each year (Hijri holidays from the Umm al-Qura calendar).</summary>
/// <remarks>
/// <para>The built-in <see cref="Saudi"/> calendar holds the defaults below (private and non-profit sectors). They are
/// data: a creditor changes lengths or adds its own days with <see cref="With"/>, and a host corrects provisional
/// Hijri dates with announcements (<see cref="AnnouncedPeriod"/>), passed with each request.</para>
/// <list type="bullet">
/// <item>Founding Day: 22 February, 1 day (royal order of 2022).</item>
/// <item>Eid al-Fitr: 4 days from the day after 29 Ramadan (Labor Law implementing regulations, art. 24(2), as
/// announced each year by the Ministry of Human Resources and Social Development).</item>
/// <item>Eid al-Adha: 4 days from 9 Dhu al-Hijjah, the Day of Arafah (same source).</item>
/// <item>Saudi National Day: 23 September, 1 day.</item>
/// </list>
/// <para>Holidays that fall on a weekly rest day are not moved: the weekly rest day rule refuses those days anyway.</para>
/// </remarks>
public sealed class HolidayCalendar
{
    private static readonly Lazy<HolidayCalendar> LazySaudi = new(CreateSaudi);

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">The holidays; identifiers must be unique.</param>
    /// <exception cref="ArgumentException">Two holidays share an identifier.</exception>
    public HolidayCalendar(IEnumerable<HolidayDefinition> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var list = holidays.ToImmutableArray();
        var duplicates = list.GroupBy(h => h.Id).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        if (duplicates.Count > 0)
        {
            throw new ArgumentException("Holiday identifiers must be unique; repeated: " + string.Join(", ", duplicates) + ".", nameof(holidays));
        }

        Holidays = list;
        Table = PeriodTable.Build(list);
    }

    /// <summary>A calendar with no holidays.</summary>
    public static HolidayCalendar Empty { get; } = new([]);

    /// <summary>The Saudi public holidays (see remarks for the defaults and their sources).</summary>
    public static HolidayCalendar Saudi => LazySaudi.Value;

    /// <summary>The holidays.</summary>
    public ImmutableArray<HolidayDefinition> Holidays { get; }

    internal PeriodTable Table { get; }

    /// <summary>This calendar with a holiday added, or replaced when one with the same identifier exists.</summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>A new calendar.</returns>
    public HolidayCalendar With(HolidayDefinition holiday)
    {
        ArgumentNullException.ThrowIfNull(holiday);
        return new HolidayCalendar(Holidays.Where(h => h.Id != holiday.Id).Append(holiday));
    }

    /// <summary>This calendar without a holiday.</summary>
    /// <param name="id">The holiday's identifier.</param>
    /// <returns>A new calendar.</returns>
    public HolidayCalendar Without(PeriodId id) => new(Holidays.Where(h => h.Id != id));

    /// <summary>Whether a date is a holiday, announcements applied.</summary>
    /// <param name="date">The date (any calendar).</param>
    /// <param name="occurrence">The holiday when it is one.</param>
    /// <param name="announcements">Announced dates (corrections and extra holidays), if any.</param>
    /// <returns><see langword="true"/> when the date is a holiday.</returns>
    public bool IsHoliday(LocalDate date, [NotNullWhen(true)] out PeriodOccurrence? occurrence, IEnumerable<AnnouncedPeriod>? announcements = null)
    {
        var list = announcements?.ToImmutableArray() ?? [];
        if (Table.TryFind(DayNumber.Of(date), list, includeExtras: true, out var hit))
        {
            occurrence = Table.Describe(hit, list);
            return true;
        }

        occurrence = null;
        return false;
    }

    /// <summary>The holidays overlapping a range of dates, in date order, announcements applied.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date (inclusive).</param>
    /// <param name="announcements">Announced dates, if any.</param>
    /// <returns>The occurrences.</returns>
    public IReadOnlyList<PeriodOccurrence> Between(LocalDate first, LocalDate last, IEnumerable<AnnouncedPeriod>? announcements = null) =>
        Table.Between(DayNumber.Of(first), DayNumber.Of(last), announcements?.ToImmutableArray() ?? [], includeExtras: true);

    private static HolidayCalendar CreateSaudi() => new(
    [
        new HolidayDefinition(new PeriodId("founding_day"), ContactPolicyTexts.Get("holiday.founding_day"), CalendarPeriod.Gregorian(2, 22, 1)),
        new HolidayDefinition(new PeriodId("eid_al_fitr"), ContactPolicyTexts.Get("holiday.eid_al_fitr"), CalendarPeriod.Hijri(9, 29, 4, offsetDays: 1)),
        new HolidayDefinition(new PeriodId("eid_al_adha"), ContactPolicyTexts.Get("holiday.eid_al_adha"), CalendarPeriod.Hijri(12, 9, 4)),
        new HolidayDefinition(new PeriodId("national_day"), ContactPolicyTexts.Get("holiday.national_day"), CalendarPeriod.Gregorian(9, 23, 1)),
    ]);
}
