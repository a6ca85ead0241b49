using NodaTime;
using NodaTime.TimeZones;

namespace Collections.ContactPolicy;

/// <summary>Maps local times to instants on DST change days, and finds the start of a local day, without allocating.</summary>
/// <remarks>
/// <para>Choices (documented in the package README): a local time skipped by a gap (spring forward) maps to the instant
/// the gap ends — the first instant whose wall-clock time is later — so a window starting at 02:30 on a day that jumps
/// from 02:00 to 03:00 opens at 03:00. A local time that occurs twice (fall back) maps to both instants, because the
/// wall clock reaches it twice; whether an instant is inside a window is always decided by its wall-clock time.</para>
/// <para>Same results as NodaTime's <c>MapLocal</c> and <c>AtStartOfDay</c> (a test compares them), but from
/// <c>GetZoneInterval</c> lookups, which tzdb zones answer from a cache, so the next-allowed search does not allocate.</para>
/// </remarks>
internal static class ZoneTime
{
    private static readonly Duration MaximumOffset = Duration.FromHours(18);

    /// <summary>The instants at which the wall clock shows a local date and time (one, or two in an overlap; a gap gives the instant it ends).</summary>
    public static int Map(DateTimeZone zone, LocalDateTime local, out Instant first, out Instant second)
    {
        // Reading the local date and time as if it were UTC: the real instants are that minus the offset of the interval
        // they fall in, which is the interval containing it or one of its neighbours (offsets are within ±18 h and real
        // zones' transitions are far further apart).
        var asUtc = local.InUtc().ToInstant();
        var middle = zone.GetZoneInterval(asUtc);

        // Nearly always the interval reaches more than any offset either side: one instant, no neighbour to look at.
        if ((!middle.HasStart || middle.Start < asUtc - MaximumOffset) && (!middle.HasEnd || middle.End > asUtc + MaximumOffset))
        {
            first = second = asUtc - Duration.FromSeconds(middle.WallOffset.Seconds);
            return 1;
        }

        var before = middle.HasStart ? zone.GetZoneInterval(middle.Start - Duration.Epsilon) : null;
        var after = middle.HasEnd ? zone.GetZoneInterval(middle.End) : null;
        var count = 0;
        first = second = default;
        Add(before, ref count, ref first, ref second);
        Add(middle, ref count, ref first, ref second);
        Add(after, ref count, ref first, ref second);
        if (count > 0)
        {
            if (count == 1)
            {
                second = first;
            }

            return count;
        }

        // A gap: the local time falls between one interval's end and the next one's start; the gap ends where that next interval starts.
        first = (before is not null && asUtc - Duration.FromSeconds(before.WallOffset.Seconds) < before.Start) ? before.Start
            : asUtc - Duration.FromSeconds(middle.WallOffset.Seconds) < middle.Start ? middle.Start
            : after!.Start;
        second = first;
        return 1;

        void Add(ZoneInterval? interval, ref int found, ref Instant one, ref Instant two)
        {
            if (interval is null)
            {
                return;
            }

            var candidate = asUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
            if (interval.Contains(candidate))
            {
                if (found == 0)
                {
                    one = candidate;
                }
                else
                {
                    two = candidate;
                }

                found++;
            }
        }
    }

    /// <summary>The first instant of a local date (later than midnight when midnight is skipped).</summary>
    public static Instant StartOfDay(DateTimeZone zone, LocalDate date)
    {
        Map(zone, date.AtMidnight(), out var first, out _);
        return first;
    }

    /// <summary>The next instant after <paramref name="instant"/> at which the zone's offset changes, or <see cref="Instant.MaxValue"/>.</summary>
    public static Instant NextTransition(DateTimeZone zone, Instant instant)
    {
        var interval = zone.GetZoneInterval(instant);
        return interval.HasEnd ? interval.End : Instant.MaxValue;
    }
}
