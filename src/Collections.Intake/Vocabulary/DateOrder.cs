using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>The order of day, month and year in a file's text dates; declared once for the file, never guessed per row.</summary>
/// <remarks>
/// <c>1/2/2013</c> is 2 January 2013 in <see cref="MonthDayYear"/> (the IBM receivables file) and 1 February 2013 in
/// <see cref="DayMonthYear"/> (usual in Saudi Arabia and the Gulf). A file whose dates could be read either way cannot be
/// told apart row by row, so the order is part of the mapping or the options. Years must have four digits.
/// </remarks>
public sealed class DateOrder : SmartEnum<DateOrder>
{
    /// <summary>Year, month, day: <c>2013-01-02</c> or <c>2013/1/2</c> (code <c>iso</c>).</summary>
    public static readonly DateOrder Iso = new("iso", 1, "yyyy-mm-dd");

    /// <summary>Day, month, year: <c>02/01/2013</c> (code <c>dmy</c>).</summary>
    public static readonly DateOrder DayMonthYear = new("dmy", 2, "dd/mm/yyyy");

    /// <summary>Month, day, year: <c>1/2/2013</c> (code <c>mdy</c>).</summary>
    public static readonly DateOrder MonthDayYear = new("mdy", 3, "mm/dd/yyyy");

    private DateOrder(string code, int value, string pattern)
        : base(code, value) => Pattern = pattern;

    /// <summary>The persisted code, for example <c>dmy</c>.</summary>
    public string Code => Name;

    /// <summary>The pattern in words for messages, for example <c>dd/mm/yyyy</c>.</summary>
    public string Pattern { get; }

    /// <summary>Every order, ordered by value.</summary>
    public static IReadOnlyList<DateOrder> All { get; } = [Iso, DayMonthYear, MonthDayYear];

    /// <summary>Looks up an order by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>mdy</c>.</param>
    /// <param name="order">The order when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out DateOrder? order)
    {
        order = All.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase));
        return order is not null;
    }
}
