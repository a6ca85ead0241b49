using System.Globalization;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>A contact window on one weekday in the debtor's local time: [start, end), the end minute outside; it may cross midnight.</summary>
/// <remarks>
/// BRIEF convention: windows are half-open and a window that crosses midnight (for example 21:00–01:00) is one window
/// that belongs to the day it starts on, not two broken halves. A same-day window needs end &gt; start; a window that
/// ends on the next day (<see cref="EndsNextDay"/>) needs end ≤ start (so 20:00–00:00 is written as ending the next
/// day at 00:00). Membership is by the local wall-clock time, so a window keeps its local hours on DST change days.
/// </remarks>
public readonly record struct ContactWindow
{
    /// <summary>Creates a window.</summary>
    /// <param name="day">The weekday it starts on.</param>
    /// <param name="start">The first local time inside the window.</param>
    /// <param name="end">The first local time after the window.</param>
    /// <param name="endsNextDay">Whether it ends on the next day (crosses midnight).</param>
    /// <exception cref="ArgumentException">The window ends before it starts (or, crossing midnight, lasts more than 24 hours), or the day is not a weekday.</exception>
    public ContactWindow(IsoDayOfWeek day, LocalTime start, LocalTime end, bool endsNextDay = false)
    {
        var problem = Problem(day, start, end, endsNextDay);
        if (problem is not null)
        {
            throw new ArgumentException(problem, problem.StartsWith("day", StringComparison.Ordinal) ? nameof(day) : nameof(end));
        }

        Day = day;
        Start = start;
        End = end;
        EndsNextDay = endsNextDay;
    }

    /// <summary>The weekday the window starts on.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>The first local time inside the window.</summary>
    public LocalTime Start { get; }

    /// <summary>The first local time after the window (on the next day when <see cref="EndsNextDay"/>).</summary>
    public LocalTime End { get; }

    /// <summary>Whether the window crosses midnight and ends on the next day.</summary>
    public bool EndsNextDay { get; }

    /// <summary>The local length of the window (ignoring DST changes).</summary>
    public Period Length => EndsNextDay ? Period.Between(Start, End) + Period.FromDays(1) : Period.Between(Start, End);

    /// <summary>A window within one day.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="start">The first local time inside.</param>
    /// <param name="end">The first local time after.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static ContactWindow SameDay(IsoDayOfWeek day, LocalTime start, LocalTime end) => new(day, start, end);

    /// <summary>A window that crosses midnight, ending on the next day.</summary>
    /// <param name="day">The weekday it starts on.</param>
    /// <param name="start">The first local time inside.</param>
    /// <param name="end">The first local time after, on the next day.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentException">The end is after the start (the window would last more than 24 hours).</exception>
    public static ContactWindow Overnight(IsoDayOfWeek day, LocalTime start, LocalTime end) => new(day, start, end, endsNextDay: true);

    /// <summary>The same window on each of the given days.</summary>
    /// <param name="days">The weekdays.</param>
    /// <param name="start">The first local time inside.</param>
    /// <param name="end">The first local time after.</param>
    /// <param name="endsNextDay">Whether it ends on the next day.</param>
    /// <returns>One window per day.</returns>
    /// <exception cref="ArgumentException">The window is invalid.</exception>
    public static IReadOnlyList<ContactWindow> OnDays(IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end, bool endsNextDay = false)
    {
        ArgumentNullException.ThrowIfNull(days);
        return [.. days.Select(d => new ContactWindow(d, start, end, endsNextDay))];
    }

    /// <summary>The window as text, for example <c>Thursday 21:00–01:00 (+1 day)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day} {Start:HH:mm}–{End:HH:mm}{(EndsNextDay ? " (+1 day)" : string.Empty)}");

    /// <summary>What is wrong with a window, or null; shared by the constructor and the JSON reader.</summary>
    internal static string? Problem(IsoDayOfWeek day, LocalTime start, LocalTime end, bool endsNextDay)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            return "day must be a weekday, Monday to Sunday";
        }

        if (!endsNextDay && end <= start)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"the window ends ({end:HH:mm}) before or when it starts ({start:HH:mm}); a window that crosses midnight must say it ends the next day");
        }

        if (endsNextDay && end > start)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"a window ending the next day must end ({end:HH:mm}) no later than its start time ({start:HH:mm}): windows last at most 24 hours");
        }

        return null;
    }
}
