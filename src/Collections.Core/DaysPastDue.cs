using NodaTime;

namespace Collections.Core;

/// <summary>Whole days between an item's due date and an as-of date; zero or less is current.</summary>
/// <remarks>
/// docs/kpi-definitions.md: days past due = as-of date − due date, in whole days, for an item with an open amount; DPD ≤ 0 is
/// current ("due today" is current), DPD 30 is in 1–30 and DPD 31 in 31–60. Month-based statuses map m
/// months late to m × 30 days (see <see cref="FromMonthsPastDue"/>). Negative values say how many days are
/// left before the due date.
/// </remarks>
public readonly record struct DaysPastDue : IComparable<DaysPastDue>
{
    /// <summary>Creates a value from a day count.</summary>
    /// <param name="value">Days past due; zero or negative means current.</param>
    public DaysPastDue(int value) => Value = value;

    /// <summary>The day count: positive when late, zero on the due date, negative before it.</summary>
    public int Value { get; }

    /// <summary>Whether the item is current (not yet late).</summary>
    public bool IsCurrent => Value <= 0;

    /// <summary>Zero days: due today, current.</summary>
    public static DaysPastDue Current => default;

    /// <summary>Days past due of an item due on <paramref name="dueDate"/>, seen on <paramref name="asOf"/>.</summary>
    /// <param name="dueDate">The due date (any calendar; compared on the ISO calendar).</param>
    /// <param name="asOf">The as-of date, always explicit.</param>
    /// <returns><paramref name="asOf"/> − <paramref name="dueDate"/> in days.</returns>
    public static DaysPastDue Between(LocalDate dueDate, LocalDate asOf) =>
        new(DayNumber.Of(asOf) - DayNumber.Of(dueDate));

    /// <summary>Maps a months-past-due status to days: m months late is m × 30 days; zero or less is current.</summary>
    /// <remarks>docs/kpi-definitions.md: 1 → 1–30, 2 → 31–60, …, 5 and more → 121+ with the default buckets.</remarks>
    /// <param name="months">Months past due as reported (negative codes such as "paid duly" count as current).</param>
    /// <returns>The days past due.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than 70,000,000 months.</exception>
    public static DaysPastDue FromMonthsPastDue(int months)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, int.MaxValue / 30);
        return months <= 0 ? Current : new DaysPastDue(months * 30);
    }

    /// <inheritdoc/>
    public int CompareTo(DaysPastDue other) => Value.CompareTo(other.Value);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is fewer days.</returns>
    public static bool operator <(DaysPastDue left, DaysPastDue right) => left.Value < right.Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is more days.</returns>
    public static bool operator >(DaysPastDue left, DaysPastDue right) => left.Value > right.Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is fewer or equal days.</returns>
    public static bool operator <=(DaysPastDue left, DaysPastDue right) => left.Value <= right.Value;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether <paramref name="left"/> is more or equal days.</returns>
    public static bool operator >=(DaysPastDue left, DaysPastDue right) => left.Value >= right.Value;

    /// <summary>The day count in the invariant culture.</summary>
    /// <returns>For example <c>45</c>.</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
