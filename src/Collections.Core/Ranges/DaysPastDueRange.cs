using System.Globalization;

namespace Collections.Core;

/// <summary>An inclusive range of days past due, open at either end: an age criterion for segments, fee tiers and escalation rules.</summary>
/// <remarks>
/// Shared vocabulary in Core so that a package can tier or select by age without referencing Collections.Aging
/// (aging buckets are one way to name such ranges: <c>AgingBucket.Range</c> in Collections.Aging). Both ends are
/// included: <c>Between(31, 60)</c> holds 31 and 60. A missing <see cref="Minimum"/> includes every current value
/// (DPD ≤ 0) and below; a missing <see cref="Maximum"/> has no upper limit.
/// </remarks>
/// <param name="Minimum">The smallest DPD in the range, or <see langword="null"/> for no lower limit.</param>
/// <param name="Maximum">The largest DPD in the range, or <see langword="null"/> for no upper limit.</param>
public readonly record struct DaysPastDueRange(int? Minimum, int? Maximum)
{
    /// <summary>Every DPD value (no limit at either end).</summary>
    public static DaysPastDueRange All => default;

    /// <summary>Whether the range holds no value at all (it ends before it starts).</summary>
    public bool IsEmpty => Minimum is { } low && Maximum is { } high && high < low;

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

    /// <summary>Whether a DPD value is in the range.</summary>
    /// <param name="daysPastDue">The value.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(DaysPastDue daysPastDue) =>
        (Minimum is not { } low || daysPastDue.Value >= low) && (Maximum is not { } high || daysPastDue.Value <= high);

    /// <summary>Whether the two ranges share at least one DPD value.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when they overlap; empty ranges overlap nothing.</returns>
    public bool Overlaps(DaysPastDueRange other) =>
        !IsEmpty && !other.IsEmpty
        && (Maximum is not { } high || other.Minimum is not { } otherLow || otherLow <= high)
        && (other.Maximum is not { } otherHigh || Minimum is not { } low || low <= otherHigh);

    /// <summary>The range in words, for example <c>31..90</c> or <c>121..</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Minimum}..{Maximum}");
}
