using System.Collections.Immutable;
using NodaTime;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="IHolidayAnnouncementSource"/> over announcements held in memory.</summary>
public sealed class InMemoryHolidayAnnouncementSource : IHolidayAnnouncementSource
{
    private readonly ImmutableArray<AnnouncedPeriod> _announcements;

    /// <summary>Creates the source.</summary>
    /// <param name="announcements">The announcements.</param>
    public InMemoryHolidayAnnouncementSource(IEnumerable<AnnouncedPeriod> announcements)
    {
        ArgumentNullException.ThrowIfNull(announcements);
        _announcements = [.. announcements];
    }

    /// <summary>A source with no announcements.</summary>
    public static InMemoryHolidayAnnouncementSource None { get; } = new([]);

    /// <inheritdoc/>
    public Task<IReadOnlyList<AnnouncedPeriod>> ReadAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = (first.WithCalendar(CalendarSystem.Iso), last.WithCalendar(CalendarSystem.Iso));
        IReadOnlyList<AnnouncedPeriod> overlapping = [.. _announcements.Where(a => a.Start <= to && a.End >= from)];
        return Task.FromResult(overlapping);
    }
}
