using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Port: holiday dates the host learned from announcements — corrections of computed Hijri dates (moon sighting) and extra holidays.</summary>
public interface IHolidayAnnouncementSource
{
    /// <summary>Reads the announcements whose periods overlap a range of dates.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date (inclusive).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The announcements.</returns>
    Task<IReadOnlyList<AnnouncedPeriod>> ReadAsync(LocalDate first, LocalDate last, CancellationToken cancellationToken = default);
}
