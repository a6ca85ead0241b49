using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>An inclusive range of days past due, open at either end, for segment criteria on age.</summary>
/// <param name="Minimum">The smallest DPD in the range, or <see langword="null"/> for no lower limit.</param>
/// <param name="Maximum">The largest DPD in the range, or <see langword="null"/> for no upper limit.</param>
public readonly record struct DaysPastDueRange(int? Minimum, int? Maximum)
{
    /// <summary>A range from <paramref name="minimum"/> to <paramref name="maximum"/> days, both included.</summary>
    /// <param name="minimum">The smallest DPD.</param>
    /// <param name="maximum">The largest DPD.</param>
    /// <returns>The range.</returns>
    public static DaysPastDueRange Between(int minimum, int maximum) => new(minimum, maximum);

    /// <summary>Every DPD of <paramref name="minimum"/> or more.</summary>
    /// <param name="minimum">The smallest DPD.</param>
    /// <returns>The range.</returns>
    public static DaysPastDueRange AtLeast(int minimum) => new(minimum, null);

    /// <summary>Every DPD of <paramref name="maximum"/> or less (current included).</summary>
    /// <param name="maximum">The largest DPD.</param>
    /// <returns>The range.</returns>
    public static DaysPastDueRange AtMost(int maximum) => new(null, maximum);

    /// <summary>The DPD values of a run of buckets, from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="first">The first bucket.</param>
    /// <param name="last">The last bucket (the same as <paramref name="first"/> for one bucket).</param>
    /// <returns>The range from the first bucket's lower bound to the last bucket's upper bound.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> comes before <paramref name="first"/>.</exception>
    public static DaysPastDueRange OfBuckets(AgingBucket first, AgingBucket last)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(last);
        if (last.Index < first.Index)
        {
            throw new ArgumentException($"Bucket '{last.Label}' comes before bucket '{first.Label}'.", nameof(last));
        }

        return new(first.LowerBound, last.UpperBound);
    }

    /// <summary>Whether a DPD value is in the range.</summary>
    /// <param name="daysPastDue">The value.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(DaysPastDue daysPastDue) =>
        (Minimum is not { } low || daysPastDue.Value >= low) && (Maximum is not { } high || daysPastDue.Value <= high);

    /// <summary>The range in words, for example <c>31..90</c> or <c>121..</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}..{Maximum}");

    internal void Validate(string owner, List<string> violations)
    {
        if (Minimum is { } low && Maximum is { } high && high < low)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the age range ends ({high}) before it starts ({low})"));
        }
    }
}
