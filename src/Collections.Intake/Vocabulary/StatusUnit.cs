using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>What a snapshot file's delinquency status counts: days past due, or months past due.</summary>
/// <remarks>
/// Month statuses are converted with <see cref="Collections.Core.DaysPastDue.FromMonthsPastDue"/> (m months late is
/// m × 30 days; zero or less, including codes such as -1 "paid duly" and -2 "no consumption", is current), and the
/// status text as reported is kept on the snapshot (docs/kpi-definitions.md: month-based statuses map m → bucket m × 30).
/// </remarks>
public sealed class StatusUnit : SmartEnum<StatusUnit>
{
    /// <summary>The status is days past due (code <c>days</c>).</summary>
    public static readonly StatusUnit Days = new("days", 1);

    /// <summary>The status is months past due (code <c>months</c>), as in the UCI file's <c>PAY_x</c> columns.</summary>
    public static readonly StatusUnit Months = new("months", 2);

    private StatusUnit(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>months</c>.</summary>
    public string Code => Name;

    /// <summary>Every unit, ordered by value.</summary>
    public static IReadOnlyList<StatusUnit> All { get; } = [Days, Months];

    /// <summary>Looks up a unit by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>days</c>.</param>
    /// <param name="unit">The unit when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out StatusUnit? unit)
    {
        unit = All.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        return unit is not null;
    }
}
