using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>An ordered set of aging buckets that partitions every possible days-past-due value.</summary>
/// <remarks>
/// <para>The default set is <c>current</c> (DPD ≤ 0), <c>1-30</c>, <c>31-60</c>, <c>61-90</c>, <c>91-120</c>,
/// <c>121+</c> (docs/kpi-definitions.md: DPD 30 is in 1–30, DPD 31 in 31–60, due today is current).</para>
/// <para>Every DPD value falls in exactly one bucket: the first bucket is open below, the last open above, and
/// the factories refuse gaps, overlaps and disorder, listing every violation.</para>
/// </remarks>
public sealed class AgingBucketSet
{
    private readonly int[] _upperBounds; // upper bound of every bucket but the last, ascending

    private AgingBucketSet(ImmutableArray<AgingBucket> buckets)
    {
        Buckets = buckets;
        _upperBounds = [.. buckets.Take(buckets.Length - 1).Select(b => b.UpperBound!.Value)];
        Lookup = BucketLookup.For(this);
    }

    /// <summary>The default set: current, 1-30, 31-60, 61-90, 91-120, 121+.</summary>
    public static AgingBucketSet Default { get; } = FromLowerBounds(0, 1, 31, 61, 91, 121);

    /// <summary>The buckets, in ascending order of days past due.</summary>
    public ImmutableArray<AgingBucket> Buckets { get; }

    /// <summary>The number of buckets.</summary>
    public int Count => Buckets.Length;

    /// <summary>The bucket that holds current items (the first).</summary>
    public AgingBucket CurrentBucket => Buckets[0];

    /// <summary>Creates a set from the lower bounds of its buckets, with default labels.</summary>
    /// <param name="lowerBounds">Strictly increasing; the first must be 0 (its bucket also holds every DPD below 0).</param>
    /// <returns>The set.</returns>
    /// <example><c>AgingBucketSet.FromLowerBounds(0, 1, 31, 61, 91, 121)</c> is <see cref="Default"/>.</example>
    /// <exception cref="ArgumentException">Fewer than one bound, a first bound other than 0, or bounds not strictly increasing; every violation listed.</exception>
    public static AgingBucketSet FromLowerBounds(params int[] lowerBounds)
    {
        ArgumentNullException.ThrowIfNull(lowerBounds);
        var violations = new List<string>();
        if (lowerBounds.Length == 0)
        {
            violations.Add("at least one lower bound is needed");
        }
        else if (lowerBounds[0] != 0)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the first lower bound must be 0 (it is {lowerBounds[0]}); the first bucket also holds every current item"));
        }

        for (var i = 1; i < lowerBounds.Length; i++)
        {
            if (lowerBounds[i] <= lowerBounds[i - 1])
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"the lower bound at position {i} ({lowerBounds[i]}) is not above the one at position {i - 1} ({lowerBounds[i - 1]})"));
            }
        }

        ThrowIfAny(violations, nameof(lowerBounds));
        var definitions = new List<AgingBucketDefinition>(lowerBounds.Length);
        for (var i = 0; i < lowerBounds.Length; i++)
        {
            int? low = i == 0 ? null : lowerBounds[i];
            int? high = i == lowerBounds.Length - 1 ? null : lowerBounds[i + 1] - 1;
            definitions.Add(new AgingBucketDefinition(AgingBucket.DefaultLabel(low, high), low, high));
        }

        return Create(definitions);
    }

    /// <summary>Creates a set from explicit bucket definitions, checking that they partition all DPD values.</summary>
    /// <param name="definitions">The buckets in ascending order: the first open below, the last open above, each starting the day after the previous ends.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">Gaps, overlaps, disorder, empty or duplicate labels, a first bucket not open below or a last not open above; every violation listed.</exception>
    public static AgingBucketSet Create(IEnumerable<AgingBucketDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var list = definitions.ToList();
        var violations = new List<string>();
        if (list.Count == 0)
        {
            violations.Add("at least one bucket is needed");
        }

        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var d = list[i] ?? throw new ArgumentException($"Bucket {i} is null.", nameof(definitions));
            var name = string.IsNullOrWhiteSpace(d.Label) ? $"bucket {i}" : $"bucket {i} ('{d.Label}')";
            if (string.IsNullOrWhiteSpace(d.Label))
            {
                violations.Add($"{name} has no label");
            }
            else if (!labels.Add(d.Label))
            {
                violations.Add($"{name} repeats a label");
            }

            if (i == 0 && d.LowerBound is not null)
            {
                violations.Add($"{name} must be open below (no lower bound) so that every current item has a bucket");
            }

            if (i > 0 && d.LowerBound is null)
            {
                violations.Add($"{name} needs a lower bound");
            }

            if (i == list.Count - 1 && d.UpperBound is not null)
            {
                violations.Add($"{name} must be open above (no upper bound) so that every late item has a bucket");
            }

            if (i < list.Count - 1 && d.UpperBound is null)
            {
                violations.Add($"{name} needs an upper bound");
            }

            if (d is { LowerBound: { } low, UpperBound: { } high } && high < low)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"{name} ends ({high}) before it starts ({low})"));
            }

            // long: previousHigh + 1 must not overflow when a bucket ends at int.MaxValue (that is an overlap, not a crash).
            if (i > 0 && list[i - 1]?.UpperBound is { } previousHigh && d.LowerBound is { } start && start != (long)previousHigh + 1)
            {
                violations.Add(start <= previousHigh
                    ? string.Create(CultureInfo.InvariantCulture, $"{name} starts at {start}, overlapping the previous bucket, which ends at {previousHigh}")
                    : string.Create(CultureInfo.InvariantCulture, $"{name} starts at {start}, leaving a gap after the previous bucket, which ends at {previousHigh}"));
            }
        }

        ThrowIfAny(violations, nameof(definitions));
        return new AgingBucketSet([.. list.Select((d, i) => new AgingBucket(i, d.Label, d.LowerBound, d.UpperBound))]);
    }

    /// <summary>The index of the bucket that holds a DPD value.</summary>
    /// <param name="daysPastDue">The days past due.</param>
    /// <returns>0 for the first bucket.</returns>
    public int IndexOf(DaysPastDue daysPastDue) => IndexOf(daysPastDue.Value);

    /// <summary>The bucket that holds a DPD value.</summary>
    /// <param name="daysPastDue">The days past due.</param>
    /// <returns>The one bucket that contains it.</returns>
    public AgingBucket Classify(DaysPastDue daysPastDue) => Buckets[IndexOf(daysPastDue.Value)];

    /// <summary>Looks up a bucket by label.</summary>
    /// <param name="label">The label, for example <c>31-60</c>.</param>
    /// <param name="bucket">The bucket when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetBucket(string label, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgingBucket? bucket)
    {
        bucket = Buckets.FirstOrDefault(b => string.Equals(b.Label, label, StringComparison.Ordinal));
        return bucket is not null;
    }

    /// <summary>The table the batch path classifies with.</summary>
    internal BucketLookup Lookup { get; }

    internal int IndexOf(int daysPastDue)
    {
        var bounds = _upperBounds;
        var index = 0;
        while (index < bounds.Length && daysPastDue > bounds[index])
        {
            index++;
        }

        return index;
    }

    private static void ThrowIfAny(List<string> violations, string parameterName)
    {
        if (violations.Count > 0)
        {
            throw new ArgumentException("The aging buckets are invalid: " + string.Join("; ", violations) + ".", parameterName);
        }
    }
}
