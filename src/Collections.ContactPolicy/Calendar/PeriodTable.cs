using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The occurrences of a set of holidays or special periods, precomputed as sorted day-number ranges.</summary>
/// <remarks>
/// Built once per policy (about 1,000 ranges for a Saudi calendar over 1318–1500 AH and 1900–2100 CE), so a decision
/// finds the period covering a date by binary search without calendar arithmetic. Announcements (provisional Hijri
/// dates corrected by the host) are applied at lookup time, only when a request carries any.
/// </remarks>
internal sealed class PeriodTable
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _owners;
    private readonly int _longest;

    private PeriodTable(ImmutableArray<HolidayDefinition> definitions, int[] starts, int[] ends, int[] owners, int longest)
    {
        Definitions = definitions;
        _starts = starts;
        _ends = ends;
        _owners = owners;
        _longest = longest;
    }

    public static PeriodTable Empty { get; } = Build([]);

    public ImmutableArray<HolidayDefinition> Definitions { get; }

    public static PeriodTable Build(IEnumerable<HolidayDefinition> definitions)
    {
        var list = definitions.ToImmutableArray();
        var ranges = new List<(int Start, int End, int Owner)>();
        for (var owner = 0; owner < list.Length; owner++)
        {
            foreach (var (start, length) in list[owner].Period.Occurrences())
            {
                var first = DayNumber.Of(start);
                ranges.Add((first, first + length, owner));
            }
        }

        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Owner.CompareTo(b.Owner));
        var longest = ranges.Count == 0 ? 0 : ranges.Max(r => r.End - r.Start);
        return new PeriodTable(list, [.. ranges.Select(r => r.Start)], [.. ranges.Select(r => r.End)], [.. ranges.Select(r => r.Owner)], longest);
    }

    /// <summary>Finds a period covering a day, applying announcements (extras only when <paramref name="includeExtras"/>).</summary>
    public bool TryFind(int day, ImmutableArray<AnnouncedPeriod> announcements, bool includeExtras, out PeriodHit hit)
    {
        if (!announcements.IsDefaultOrEmpty)
        {
            for (var i = 0; i < announcements.Length; i++)
            {
                var announcement = announcements[i];
                var owner = announcement.Replaces is { } id ? IndexOf(id) : -1;
                if (owner < 0 && !(includeExtras && announcement.Replaces is null))
                {
                    continue;
                }

                var start = DayNumber.Of(announcement.Start);
                if (day >= start && day < start + announcement.LengthInDays)
                {
                    hit = new PeriodHit(owner, i, start, start + announcement.LengthInDays);
                    return true;
                }
            }
        }

        // The last range starting on or before the day; ranges starting more than the longest length before cannot cover it.
        var index = Array.BinarySearch(_starts, day);
        index = index >= 0 ? LastWithStart(index) : ~index - 1;
        for (; index >= 0 && _starts[index] > day - _longest; index--)
        {
            if (_ends[index] > day && !IsReplaced(index, announcements))
            {
                hit = new PeriodHit(_owners[index], -1, _starts[index], _ends[index]);
                return true;
            }
        }

        hit = default;
        return false;
    }

    /// <summary>The occurrence a hit describes.</summary>
    public PeriodOccurrence Describe(PeriodHit hit, ImmutableArray<AnnouncedPeriod> announcements)
    {
        var name = hit.Definition >= 0
            ? Definitions[hit.Definition].Name
            : announcements[hit.Announcement].Name ?? ContactPolicyTexts.Get("holiday.announced");
        PeriodId? id = hit.Definition >= 0 ? Definitions[hit.Definition].Id : null;
        return new PeriodOccurrence(id, name, DayNumber.ToDate(hit.Start), DayNumber.ToDate(hit.End - 1), hit.Announcement >= 0);
    }

    /// <summary>Every occurrence overlapping [first, last] (day numbers, inclusive), announcements applied.</summary>
    public IReadOnlyList<PeriodOccurrence> Between(int first, int last, ImmutableArray<AnnouncedPeriod> announcements, bool includeExtras)
    {
        var result = new List<PeriodOccurrence>();
        for (var i = 0; i < _starts.Length; i++)
        {
            if (_starts[i] <= last && _ends[i] > first && !IsReplaced(i, announcements))
            {
                result.Add(Describe(new PeriodHit(_owners[i], -1, _starts[i], _ends[i]), announcements));
            }
        }

        if (!announcements.IsDefaultOrEmpty)
        {
            for (var i = 0; i < announcements.Length; i++)
            {
                var announcement = announcements[i];
                var owner = announcement.Replaces is { } id ? IndexOf(id) : -1;
                var start = DayNumber.Of(announcement.Start);
                var end = start + announcement.LengthInDays;
                if ((owner >= 0 || (includeExtras && announcement.Replaces is null)) && start <= last && end > first)
                {
                    result.Add(Describe(new PeriodHit(owner, i, start, end), announcements));
                }
            }
        }

        return [.. result.OrderBy(o => o.Start).ThenBy(o => o.Name.English, StringComparer.Ordinal)];
    }

    private int LastWithStart(int index)
    {
        while (index + 1 < _starts.Length && _starts[index + 1] == _starts[index])
        {
            index++;
        }

        return index;
    }

    private bool IsReplaced(int range, ImmutableArray<AnnouncedPeriod> announcements)
    {
        if (announcements.IsDefaultOrEmpty)
        {
            return false;
        }

        var id = Definitions[_owners[range]].Id;
        foreach (var announcement in announcements)
        {
            if (announcement.Replaces == id && Math.Abs(DayNumber.Of(announcement.Start) - _starts[range]) <= AnnouncedPeriod.MatchingDistanceInDays)
            {
                return true;
            }
        }

        return false;
    }

    private int IndexOf(PeriodId id)
    {
        for (var i = 0; i < Definitions.Length; i++)
        {
            if (Definitions[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A period found for a day: its definition (−1 for an extra announced holiday), the announcement used (−1 if computed) and its day-number range [start, end).</summary>
internal readonly record struct PeriodHit(int Definition, int Announcement, int Start, int End);
