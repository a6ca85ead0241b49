using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>One bucket of an <see cref="AgingBucketSet"/>: a closed range of days past due with a label.</summary>
/// <remarks>The first bucket of a set is open below (it holds every current item, DPD ≤ its upper bound); the last is open above.</remarks>
public sealed record AgingBucket
{
    internal AgingBucket(int index, string label, int? lowerBound, int? upperBound)
    {
        Index = index;
        Label = label;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>The bucket's position in its set, 0 for the first.</summary>
    public int Index { get; }

    /// <summary>The label, for example <c>current</c>, <c>31-60</c> or <c>121+</c>.</summary>
    public string Label { get; }

    /// <summary>The smallest DPD in the bucket, or <see langword="null"/> for the first bucket (open below).</summary>
    public int? LowerBound { get; }

    /// <summary>The largest DPD in the bucket, or <see langword="null"/> for the last bucket (open above).</summary>
    public int? UpperBound { get; }

    /// <summary>Whether the bucket holds current (not yet late) items.</summary>
    public bool IsCurrent => LowerBound is null;

    /// <summary>The bucket's days-past-due values as a Core <see cref="DaysPastDueRange"/> (for segment criteria, fee tiers, escalation rules).</summary>
    public DaysPastDueRange Range => new(LowerBound, UpperBound);

    /// <summary>The DPD values of a run of buckets, from this one to <paramref name="last"/>.</summary>
    /// <param name="last">The last bucket of the run (this one for a single bucket).</param>
    /// <returns>The range from this bucket's lower bound to the last bucket's upper bound.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="last"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> comes before this bucket.</exception>
    public DaysPastDueRange RangeThrough(AgingBucket last)
    {
        ArgumentNullException.ThrowIfNull(last);
        if (last.Index < Index)
        {
            throw new ArgumentException($"Bucket '{last.Label}' comes before bucket '{Label}'.", nameof(last));
        }

        return new(LowerBound, last.UpperBound);
    }

    /// <summary>Whether a DPD value falls in this bucket.</summary>
    /// <param name="daysPastDue">The value.</param>
    /// <returns><see langword="true"/> when inside the bounds.</returns>
    public bool Contains(DaysPastDue daysPastDue) =>
        (LowerBound is not { } low || daysPastDue.Value >= low) && (UpperBound is not { } high || daysPastDue.Value <= high);

    /// <summary>The label.</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    internal static string DefaultLabel(int? lowerBound, int? upperBound) => (lowerBound, upperBound) switch
    {
        (null, 0) => "current",
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"0-{high}"),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"{low}+"),
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low}-{high}"),
        (null, null) => "all",
    };
}
