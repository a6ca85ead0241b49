using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Attempts on the rule's channels only inside its contact windows, per weekday, in the recipient's local time; special periods (such as Ramadan) may replace the windows.</summary>
/// <remarks>
/// <para>BRIEF conventions: windows are half-open [start, end) — the end minute is outside — and a window that crosses
/// midnight is one window belonging to the day it starts on. An instant is inside when its wall-clock time in the
/// recipient's zone (NodaTime tzdb) falls in a window of that local date, or in an overnight window of the day before;
/// so windows keep their local hours on DST change days. With several candidate zones the attempt must be inside a
/// window in every one.</para>
/// <para>Days without a window have no contact on these channels. During a special period the period's windows apply
/// instead of the weekly ones (on the dates the calendar, or an announcement, gives for it).</para>
/// </remarks>
public sealed partial record ContactWindowRule : ContactRule
{
    /// <summary>The rule's type in policy files.</summary>
    public const string TypeName = "contact_window";

    private const int ScanDays = 400;

    private readonly ContactWindow[][] _weekly;
    private readonly ContactWindow[][][] _special;
    private readonly PeriodTable _periods;

    /// <summary>Creates the rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="source">Its source.</param>
    /// <param name="channels">The channels it applies to.</param>
    /// <param name="windows">The weekly windows.</param>
    /// <param name="specialPeriods">Periods whose windows replace the weekly ones, if any.</param>
    public ContactWindowRule(RuleId id, RuleSource source, ChannelSet channels, IEnumerable<ContactWindow> windows, IEnumerable<SpecialPeriodWindows>? specialPeriods = null)
        : base(id, source, channels)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Windows = [.. windows];
        SpecialPeriods = specialPeriods is null ? [] : [.. specialPeriods];
        _weekly = ByDay(Windows);
        _special = [.. SpecialPeriods.Select(p => ByDay(p.Windows))];
        _periods = SpecialPeriods.IsEmpty || SpecialPeriods.GroupBy(p => p.Id).Any(g => g.Count() > 1)
            ? PeriodTable.Empty
            : PeriodTable.Build(SpecialPeriods.Select(p => new HolidayDefinition(p.Id, p.Name, p.Period)));
    }

    /// <summary>The weekly windows.</summary>
    public ImmutableArray<ContactWindow> Windows { get; }

    /// <summary>Periods whose windows replace the weekly ones.</summary>
    public ImmutableArray<SpecialPeriodWindows> SpecialPeriods { get; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    internal override bool UsesTimeZone => true;

    internal override RuleAnswer Evaluate(in Evaluation evaluation, Instant candidate, DateTimeZone zone)
    {
        var local = candidate.InZone(zone).LocalDateTime;
        var announcements = evaluation.Request.AnnouncedPeriods;
        if (IsInside(local.Date, local.TimeOfDay, announcements))
        {
            return RuleAnswer.Allowed(candidate);
        }

        // The wall clock can enter a window only where it reaches a window's start, or where the offset changes.
        var best = ZoneTime.NextTransition(zone, candidate);
        var foundOn = -1;
        for (var day = 0; day <= ScanDays && (foundOn < 0 || day <= foundOn + 1); day++)
        {
            var date = local.Date.PlusDays(day);
            foreach (var window in WindowsStarting(date, announcements))
            {
                var count = ZoneTime.Map(zone, date + window.Start, out var first, out var second);
                for (var i = 0; i < count; i++)
                {
                    var start = i == 0 ? first : second;
                    if (start > candidate && start < best)
                    {
                        best = start;
                        foundOn = foundOn < 0 ? day : foundOn;
                    }
                }
            }
        }

        return RuleAnswer.Timed(best, ContactRuleCode.OutsideContactWindow);
    }

    /// <summary>Whether a local date and time is inside a window of that date or an overnight window of the day before.</summary>
    internal bool IsInside(LocalDate date, LocalTime time, ImmutableArray<AnnouncedPeriod> announcements)
    {
        foreach (var window in WindowsStarting(date, announcements))
        {
            if (window.Start <= time && (window.EndsNextDay || time < window.End))
            {
                return true;
            }
        }

        var previous = date.PlusDays(-1);
        foreach (var window in WindowsStarting(previous, announcements))
        {
            if (window.EndsNextDay && time < window.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The windows that start on a local date: the weekly ones, or a special period's when the date is in one.</summary>
    internal ContactWindow[] WindowsStarting(LocalDate date, ImmutableArray<AnnouncedPeriod> announcements)
    {
        var weekday = (int)date.DayOfWeek;
        if (_special.Length > 0 && _periods.TryFind(DayNumber.Of(date), announcements, includeExtras: false, out var hit))
        {
            return _special[hit.Definition][weekday];
        }

        return _weekly[weekday];
    }

    /// <summary>The special period a local date is in, if any.</summary>
    internal SpecialPeriodWindows? SpecialPeriodOn(LocalDate date, ImmutableArray<AnnouncedPeriod> announcements) =>
        _special.Length > 0 && _periods.TryFind(DayNumber.Of(date), announcements, includeExtras: false, out var hit) ? SpecialPeriods[hit.Definition] : null;

    internal override IEnumerable<(string Field, string Message)> Problems()
    {
        if (Windows.IsEmpty && SpecialPeriods.IsEmpty)
        {
            yield return ("windows", "at least one window is needed (a rule without windows would refuse every attempt on its channels)");
        }

        for (var i = 0; i < Windows.Length; i++)
        {
            var window = Windows[i];
            if (ContactWindow.Problem(window.Day, window.Start, window.End, window.EndsNextDay) is { } problem)
            {
                yield return (string.Create(CultureInfo.InvariantCulture, $"windows[{i}]"), problem);
            }
        }

        foreach (var group in SpecialPeriods.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            yield return ("specialPeriods", string.Create(CultureInfo.InvariantCulture, $"period '{group.Key}' is listed {group.Count()} times"));
        }

        if (Channels.IsEmpty)
        {
            yield return ("channels", "at least one channel");
        }
    }

    private static ContactWindow[][] ByDay(IEnumerable<ContactWindow> windows)
    {
        var byDay = new ContactWindow[8][];
        for (var day = 0; day < 8; day++)
        {
            var weekday = (IsoDayOfWeek)day;
            byDay[day] = [.. windows.Where(w => w.Day == weekday).OrderBy(w => w.Start)];
        }

        return byDay;
    }
}
