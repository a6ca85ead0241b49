using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>One occurrence of a holiday or special period: its first and last day (ISO calendar) and whether it was announced.</summary>
public sealed record PeriodOccurrence
{
    /// <summary>Creates an occurrence.</summary>
    /// <param name="id">The holiday or period, or null for an extra announced holiday.</param>
    /// <param name="name">Its name.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <param name="isAnnounced">Whether the dates come from an announcement rather than the computed calendar.</param>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public PeriodOccurrence(PeriodId? id, BilingualText name, LocalDate start, LocalDate end, bool isAnnounced)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (end < start)
        {
            throw new ArgumentException("An occurrence cannot end before it starts.", nameof(end));
        }

        Id = id;
        Name = name;
        Start = start;
        End = end;
        IsAnnounced = isAnnounced;
    }

    /// <summary>The holiday or period, or null for an extra announced holiday.</summary>
    public PeriodId? Id { get; }

    /// <summary>Its name.</summary>
    public BilingualText Name { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Whether the dates come from an announcement.</summary>
    public bool IsAnnounced { get; }

    /// <summary>Whether the occurrence covers a date.</summary>
    /// <param name="date">The date (any calendar).</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= Start && iso <= End;
    }

    /// <summary>The occurrence as text, for example <c>Eid al-Fitr 2026-03-19..2026-03-22</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name.English} {Start:uuuu-MM-dd}..{End:uuuu-MM-dd}");
}
