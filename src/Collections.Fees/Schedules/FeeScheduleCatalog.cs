using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;

namespace Collections.Fees;

/// <summary>The fee schedules in force, at most one per creditor and track: what a host looks a schedule up in.</summary>
public sealed class FeeScheduleCatalog
{
    private readonly Dictionary<(CreditorId, CollectionTrack), FeeSchedule> _schedules;

    private FeeScheduleCatalog(Dictionary<(CreditorId, CollectionTrack), FeeSchedule> schedules) => _schedules = schedules;

    /// <summary>The empty catalogue.</summary>
    public static FeeScheduleCatalog Empty { get; } = new([]);

    /// <summary>Every schedule, by creditor then track.</summary>
    public ImmutableArray<FeeSchedule> Schedules =>
        [.. _schedules.Values.OrderBy(s => s.Creditor).ThenBy(s => s.Track.Value)];

    /// <summary>Creates a catalogue.</summary>
    /// <param name="schedules">The schedules, at most one per creditor and track.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedules"/> is null.</exception>
    /// <exception cref="ArgumentException">A schedule is null, or two are for the same creditor and track.</exception>
    public static FeeScheduleCatalog Create(IEnumerable<FeeSchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var map = new Dictionary<(CreditorId, CollectionTrack), FeeSchedule>();
        var problems = new List<string>();
        foreach (var schedule in schedules)
        {
            if (schedule is null)
            {
                problems.Add("a schedule is null");
            }
            else if (!map.TryAdd((schedule.Creditor, schedule.Track), schedule))
            {
                problems.Add($"schedules {map[(schedule.Creditor, schedule.Track)].Id} and {schedule.Id} are both for creditor {schedule.Creditor} on the {schedule.Track.Code} track");
            }
        }

        return problems.Count == 0
            ? new FeeScheduleCatalog(map)
            : throw new ArgumentException("The fee schedules cannot be catalogued: " + string.Join("; ", problems) + ".", nameof(schedules));
    }

    /// <summary>Looks up the schedule for a creditor and track.</summary>
    /// <param name="creditor">The creditor.</param>
    /// <param name="track">The track.</param>
    /// <param name="schedule">The schedule when found.</param>
    /// <returns><see langword="true"/> when the catalogue has one.</returns>
    public bool TryGet(CreditorId creditor, CollectionTrack track, [NotNullWhen(true)] out FeeSchedule? schedule) =>
        _schedules.TryGetValue((creditor, track), out schedule);
}
