using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Dates a host learned from an announcement: a correction of a computed Hijri date, or an extra holiday.</summary>
/// <remarks>
/// BRIEF: Umm al-Qura dates are provisional — official Eid dates follow moon sighting and can differ by a day — so a
/// host overrides them with announced dates. An announcement that <see cref="Replaces"/> a holiday or special period
/// replaces that period's computed occurrence whose first day is within 30 days of the announced first day; one with
/// no <see cref="Replaces"/> adds an extra holiday (for example a day declared by royal order).
/// </remarks>
public sealed record AnnouncedPeriod
{
    /// <summary>How far apart a computed and an announced first day may be for the announcement to replace it.</summary>
    public const int MatchingDistanceInDays = 30;

    /// <summary>Creates an announcement.</summary>
    /// <param name="replaces">The holiday or special period it corrects, or null for an extra holiday.</param>
    /// <param name="start">The announced first day.</param>
    /// <param name="lengthInDays">The announced length, 1–366 days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The length is out of range.</exception>
    public AnnouncedPeriod(PeriodId? replaces, LocalDate start, int lengthInDays)
    {
        if (lengthInDays is < 1 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthInDays), lengthInDays, "An announced period lasts 1 to 366 days.");
        }

        Replaces = replaces;
        Start = start.WithCalendar(CalendarSystem.Iso);
        LengthInDays = lengthInDays;
    }

    /// <summary>The holiday or special period it corrects, or null for an extra holiday.</summary>
    public PeriodId? Replaces { get; }

    /// <summary>The announced first day (ISO calendar).</summary>
    public LocalDate Start { get; }

    /// <summary>The announced length in days.</summary>
    public int LengthInDays { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End => Start.PlusDays(LengthInDays - 1);

    /// <summary>The name of an extra holiday (announcements that replace a period keep that period's name).</summary>
    public BilingualText? Name { get; init; }

    /// <summary>The announcement as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Replaces?.Value ?? "extra holiday"}: {Start:uuuu-MM-dd}, {LengthInDays} day(s)");
}
