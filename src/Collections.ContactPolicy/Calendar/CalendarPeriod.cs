using System.Globalization;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A period of whole days as data: an anchor (a Hijri or Gregorian day each year, or one date), an offset and a length.</summary>
/// <remarks>
/// BRIEF: holiday periods are data (start and length in days) with documented defaults, never hard-coded. Hijri
/// anchors are computed each year from NodaTime's Umm al-Qura calendar (<c>CalendarSystem.UmAlQura</c>), which covers
/// 1318–1500 AH (about 1900–2077 CE); outside that range a Hijri period has no occurrences. Gregorian anchors are
/// computed for 1900–2100. Umm al-Qura dates are provisional (official dates follow moon sighting): hosts correct them
/// with <see cref="AnnouncedPeriod"/>s.
/// </remarks>
public sealed record CalendarPeriod
{
    /// <summary>The first Gregorian year computed for annual Gregorian periods.</summary>
    public const int FirstGregorianYear = 1900;

    /// <summary>The last Gregorian year computed for annual Gregorian periods.</summary>
    public const int LastGregorianYear = 2100;

    private const int MaximumLength = 366;
    private const int MaximumOffset = 30;

    private CalendarPeriod(CalendarPeriodKind kind, int month, int day, int offsetDays, int? lengthInDays, LocalDate? date)
    {
        var problems = Problems(kind, month, day, offsetDays, lengthInDays, date).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid calendar period: " + string.Join("; ", problems.Select(p => p.Field + ": " + p.Message)) + ".");
        }

        Kind = kind;
        Month = month;
        Day = day;
        OffsetDays = offsetDays;
        LengthInDays = lengthInDays;
        Date = date;
    }

    /// <summary>How the period recurs.</summary>
    public CalendarPeriodKind Kind { get; }

    /// <summary>The anchor month (1–12; Hijri or Gregorian by <see cref="Kind"/>); 0 for a one-off period.</summary>
    public int Month { get; }

    /// <summary>The anchor day of the month; 0 for a one-off period.</summary>
    public int Day { get; }

    /// <summary>Days added to the anchor to find the first day (for example +1: "the day after 29 Ramadan").</summary>
    public int OffsetDays { get; }

    /// <summary>The length in days, or null for "to the end of the anchor's Hijri month" (a whole month such as Ramadan).</summary>
    public int? LengthInDays { get; }

    /// <summary>The first day of a one-off period.</summary>
    public LocalDate? Date { get; }

    /// <summary>A whole Hijri month each year (for example 9: Ramadan, 29 or 30 days as the Umm al-Qura calendar gives).</summary>
    /// <param name="month">The Hijri month, 1–12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The month is not 1–12.</exception>
    public static CalendarPeriod HijriMonth(int month) => new(CalendarPeriodKind.HijriAnnual, month, 1, 0, null, null);

    /// <summary>Days anchored on a Hijri day each year.</summary>
    /// <param name="month">The Hijri month, 1–12.</param>
    /// <param name="day">The Hijri day, 1–29 (30 is not in every month).</param>
    /// <param name="lengthInDays">The length in days, 1–366.</param>
    /// <param name="offsetDays">Days from the anchor to the first day, −30 to 30.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static CalendarPeriod Hijri(int month, int day, int lengthInDays, int offsetDays = 0) =>
        new(CalendarPeriodKind.HijriAnnual, month, day, offsetDays, lengthInDays, null);

    /// <summary>Days anchored on a Gregorian day each year (for example 23 September).</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day (29 February is refused: it is not in every year).</param>
    /// <param name="lengthInDays">The length in days, 1–366.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static CalendarPeriod Gregorian(int month, int day, int lengthInDays) =>
        new(CalendarPeriodKind.GregorianAnnual, month, day, 0, lengthInDays, null);

    /// <summary>Days from a given date, once (a creditor's day off, an announced extra holiday).</summary>
    /// <param name="start">The first day.</param>
    /// <param name="lengthInDays">The length in days, 1–366.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The length is out of range.</exception>
    public static CalendarPeriod Once(LocalDate start, int lengthInDays) =>
        new(CalendarPeriodKind.Once, 0, 0, 0, lengthInDays, start.WithCalendar(CalendarSystem.Iso));

    /// <summary>The period in words, for example <c>Hijri 29/9 + 1 day, 4 days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var length = LengthInDays is { } days ? days.ToString(CultureInfo.InvariantCulture) + " day(s)" : "the whole month";
        var offset = OffsetDays == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" {OffsetDays:+0;-0} day(s)");
        return Kind switch
        {
            CalendarPeriodKind.HijriAnnual => string.Create(CultureInfo.InvariantCulture, $"Hijri {Day}/{Month}{offset}, {length}"),
            CalendarPeriodKind.GregorianAnnual => string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}, {length}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"from {Date:uuuu-MM-dd}, {length}"),
        };
    }

    /// <summary>Every occurrence in the supported range, as (first day, length in days) on the ISO calendar.</summary>
    internal IEnumerable<(LocalDate Start, int Length)> Occurrences()
    {
        switch (Kind)
        {
            case CalendarPeriodKind.Once:
                yield return (Date!.Value, LengthInDays!.Value);
                break;
            case CalendarPeriodKind.GregorianAnnual:
                for (var year = FirstGregorianYear; year <= LastGregorianYear; year++)
                {
                    yield return (new LocalDate(year, Month, Day), LengthInDays!.Value);
                }

                break;
            default:
                var hijri = CalendarSystem.UmAlQura;
                for (var year = hijri.MinYear; year <= hijri.MaxYear; year++)
                {
                    var anchor = new LocalDate(year, Month, Day, hijri).WithCalendar(CalendarSystem.Iso);
                    var length = LengthInDays ?? hijri.GetDaysInMonth(year, Month) - Day + 1;
                    yield return (anchor.PlusDays(OffsetDays), length);
                }

                break;
        }
    }

    /// <summary>What is wrong with the values, field by field; shared by the factories and the JSON reader.</summary>
    internal static IEnumerable<(string Field, string Message)> Problems(
        CalendarPeriodKind kind, int month, int day, int offsetDays, int? lengthInDays, LocalDate? date)
    {
        if (lengthInDays is { } length && (length < 1 || length > MaximumLength))
        {
            yield return ("days", string.Create(CultureInfo.InvariantCulture, $"the length must be 1 to {MaximumLength} days (got {length})"));
        }

        if (offsetDays is < -MaximumOffset or > MaximumOffset)
        {
            yield return ("offsetDays", string.Create(CultureInfo.InvariantCulture, $"the offset must be −{MaximumOffset} to {MaximumOffset} days (got {offsetDays})"));
        }

        switch (kind)
        {
            case CalendarPeriodKind.Once:
                if (date is null)
                {
                    yield return ("date", "a one-off period needs its first date");
                }

                if (lengthInDays is null)
                {
                    yield return ("days", "a one-off period needs a length in days");
                }

                break;
            case CalendarPeriodKind.GregorianAnnual:
                if (month is < 1 or > 12)
                {
                    yield return ("month", string.Create(CultureInfo.InvariantCulture, $"the month must be 1 to 12 (got {month})"));
                }
                else if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2001, month))
                {
                    yield return ("day", string.Create(CultureInfo.InvariantCulture, $"day {day} is not in month {month} of every year"));
                }

                if (lengthInDays is null)
                {
                    yield return ("days", "a Gregorian period needs a length in days");
                }

                break;
            default:
                if (month is < 1 or > 12)
                {
                    yield return ("month", string.Create(CultureInfo.InvariantCulture, $"the Hijri month must be 1 to 12 (got {month})"));
                }

                if (day is < 1 or > 29)
                {
                    yield return ("day", string.Create(CultureInfo.InvariantCulture, $"the Hijri day must be 1 to 29 (30 is not in every month; got {day})"));
                }

                break;
        }
    }
}
