using NodaTime;

namespace Collections.Core;

/// <summary>Converts business dates to and from a day count, for fast date arithmetic in batch code.</summary>
/// <remarks>
/// Day numbers count days since 0001-01-01 on the proleptic Gregorian (ISO) calendar, so a date in any
/// calendar (Umm al-Qura included) maps to the same number as its ISO equivalent. Batch APIs (aging of
/// millions of items) store dates as day numbers to subtract them without per-item calendar work.
/// </remarks>
public static class DayNumber
{
    /// <summary>The day number of a date.</summary>
    /// <param name="date">The date, in any calendar.</param>
    /// <returns>Days since 0001-01-01 (ISO).</returns>
    public static int Of(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return iso.ToDateOnly().DayNumber;
    }

    /// <summary>The ISO date of a day number.</summary>
    /// <param name="dayNumber">Days since 0001-01-01.</param>
    /// <returns>The ISO date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0001-01-01 .. 9999-12-31.</exception>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
