using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Maps local times to instants on DST change days, and finds the start of a local day.</summary>
/// <remarks>
/// Choices (documented in the package README): a local time skipped by a gap (spring forward) maps to the instant the
/// gap ends — the first instant whose wall-clock time is later — so a window starting at 02:30 on a day that jumps from
/// 02:00 to 03:00 opens at 03:00. A local time that occurs twice (fall back) maps to both instants, because the wall
/// clock reaches it twice; whether an instant is inside a window is always decided by its wall-clock time.
/// </remarks>
internal static class ZoneTime
{
    /// <summary>The instants at which the wall clock shows a local date and time (one, or two in an overlap; a gap gives the instant it ends).</summary>
    public static int Map(DateTimeZone zone, LocalDateTime local, out Instant first, out Instant second)
    {
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 0:
                first = mapping.LateInterval.Start;
                second = first;
                return 1;
            case 1:
                first = mapping.First().ToInstant();
                second = first;
                return 1;
            default:
                first = mapping.First().ToInstant();
                second = mapping.Last().ToInstant();
                return 2;
        }
    }

    /// <summary>The first instant of a local date (later than midnight when midnight is skipped).</summary>
    public static Instant StartOfDay(DateTimeZone zone, LocalDate date) => zone.AtStartOfDay(date).ToInstant();

    /// <summary>The next instant after <paramref name="instant"/> at which the zone's offset changes, or <see cref="Instant.MaxValue"/>.</summary>
    public static Instant NextTransition(DateTimeZone zone, Instant instant)
    {
        var interval = zone.GetZoneInterval(instant);
        return interval.HasEnd ? interval.End : Instant.MaxValue;
    }
}
