using NodaTime;
using NodaTime.Text;

namespace Collections.Samples.Rendering;

/// <summary>Dates as reports write them: ISO Gregorian, with the Umm al-Qura (Hijri) date beside it in Arabic.</summary>
public static class ReportDates
{
    /// <summary>The ISO date ("2026-03-31").</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date.WithCalendar(CalendarSystem.Iso));

    /// <summary>The same day in the Umm al-Qura calendar, ISO-style ("1447-10-13").</summary>
    /// <remarks>NodaTime's Umm al-Qura calendar covers 1900–2077 (Gregorian); outside it the ISO date is returned.</remarks>
    public static string Hijri(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso.Year is > 1900 and < 2077 ? LocalDatePattern.Iso.Format(iso.WithCalendar(CalendarSystem.UmAlQura)) : Iso(iso);
    }

    /// <summary>An ISO date text in the Umm al-Qura calendar; the text itself when it is not an ISO date.</summary>
    public static string Hijri(string isoDate)
    {
        var date = LocalDatePattern.Iso.Parse(isoDate);
        return date.Success
            ? LocalDatePattern.Iso.Format(date.Value.WithCalendar(CalendarSystem.UmAlQura))
            : isoDate;
    }
}
