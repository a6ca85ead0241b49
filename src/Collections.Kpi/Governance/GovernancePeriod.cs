using System.Globalization;
using NodaTime;

namespace Collections.Kpi.Governance;

/// <summary>One period of a governance report: a week starting on the configured day or a calendar month, as local dates
/// in the creditor's time zone, both ends included.</summary>
/// <remarks>Create periods with <see cref="Containing(GovernancePeriodKind, LocalDate, IsoDayOfWeek)"/> or
/// <see cref="Cut"/>; an instant is first put on the creditor's local day
/// (<see cref="Containing(GovernancePeriodKind, Instant, DateTimeZone, IsoDayOfWeek)"/>). Dates are in the ISO calendar.</remarks>
public sealed record GovernancePeriod
{
    private GovernancePeriod(GovernancePeriodKind kind, LocalDate start, LocalDate end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    /// <summary>Weekly or monthly.</summary>
    public GovernancePeriodKind Kind { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (included).</summary>
    public LocalDate End { get; }

    /// <summary>The days as an interval, both ends included.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The number of days (7 for a week, 28 to 31 for a month).</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>The period of a kind that contains a day.</summary>
    /// <param name="kind">Weekly or monthly.</param>
    /// <param name="day">A day in the creditor's time zone (ISO calendar).</param>
    /// <param name="firstDayOfWeek">The day weeks start on (Sunday in Saudi Arabia); ignored for months.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">The day is not in the ISO calendar, or the first day of the week is not a day.</exception>
    public static GovernancePeriod Containing(GovernancePeriodKind kind, LocalDate day, IsoDayOfWeek firstDayOfWeek)
    {
        ArgumentNullException.ThrowIfNull(kind);
        RequireIso(day, nameof(day));
        RequireDay(firstDayOfWeek);
        if (kind == GovernancePeriodKind.Monthly)
        {
            var month = day.ToYearMonth();
            return new GovernancePeriod(kind, month.OnDayOfMonth(1), month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month)));
        }

        var back = ((int)day.DayOfWeek - (int)firstDayOfWeek + 7) % 7;
        var start = day.PlusDays(-back);
        return new GovernancePeriod(kind, start, start.PlusDays(6));
    }

    /// <summary>The period of a kind that contains an instant, on the creditor's local day.</summary>
    /// <param name="kind">Weekly or monthly.</param>
    /// <param name="instant">The instant.</param>
    /// <param name="creditorZone">The creditor's time zone (Asia/Riyadh by default in the contract).</param>
    /// <param name="firstDayOfWeek">The day weeks start on; ignored for months.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GovernancePeriod Containing(GovernancePeriodKind kind, Instant instant, DateTimeZone creditorZone, IsoDayOfWeek firstDayOfWeek)
    {
        ArgumentNullException.ThrowIfNull(creditorZone);
        return Containing(kind, instant.InZone(creditorZone).Date, firstDayOfWeek);
    }

    /// <summary>Every period of a kind that has a day in a span, in order (the first and last may reach outside it).</summary>
    /// <param name="kind">Weekly or monthly.</param>
    /// <param name="span">The span, both ends included (ISO calendar).</param>
    /// <param name="firstDayOfWeek">The day weeks start on; ignored for months.</param>
    /// <returns>The periods, consecutive and without overlap.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The span is not in the ISO calendar, or the first day of the week is not a day.</exception>
    public static IReadOnlyList<GovernancePeriod> Cut(GovernancePeriodKind kind, DateInterval span, IsoDayOfWeek firstDayOfWeek)
    {
        ArgumentNullException.ThrowIfNull(span);
        var periods = new List<GovernancePeriod>();
        var period = Containing(kind, span.Start, firstDayOfWeek);
        while (period.Start <= span.End)
        {
            periods.Add(period);
            period = Containing(kind, period.End.PlusDays(1), firstDayOfWeek);
        }

        return periods;
    }

    /// <summary>Whether an interval is exactly one period of a kind.</summary>
    /// <param name="kind">Weekly or monthly.</param>
    /// <param name="interval">The interval.</param>
    /// <param name="firstDayOfWeek">The day weeks start on; ignored for months.</param>
    /// <param name="period">The period when it is one.</param>
    /// <returns><see langword="true"/> when the interval starts and ends where a period of the kind does.</returns>
    public static bool TryFrom(GovernancePeriodKind kind, DateInterval interval, IsoDayOfWeek firstDayOfWeek, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GovernancePeriod? period)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(interval);
        period = null;
        if (interval.Start.Calendar != CalendarSystem.Iso || firstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            return false;
        }

        var candidate = Containing(kind, interval.Start, firstDayOfWeek);
        if (candidate.Start != interval.Start || candidate.End != interval.End)
        {
            return false;
        }

        period = candidate;
        return true;
    }

    /// <summary>The period in the invariant culture.</summary>
    /// <returns>For example <c>weekly 2026-03-01..2026-03-07</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind.Code} {Start:uuuu-MM-dd}..{End:uuuu-MM-dd}");

    private static void RequireIso(LocalDate day, string name)
    {
        if (day.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Governance periods are cut in the ISO calendar (got a date in {day.Calendar.Id}).", name);
        }
    }

    private static void RequireDay(IsoDayOfWeek day)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentException($"The first day of the week must be Monday to Sunday (got {(int)day}).", nameof(day));
        }
    }
}
