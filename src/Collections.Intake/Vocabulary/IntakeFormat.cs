using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>The kind of file read: delimited text (CSV) or an Excel workbook (XLSX).</summary>
/// <remarks>
/// Taken from <see cref="IntakeOptions.Format"/> when declared, otherwise from the file name's extension
/// (<c>.csv</c>, <c>.txt</c>, <c>.tsv</c> → CSV; <c>.xlsx</c>, <c>.xlsm</c> → XLSX). The content is checked against it:
/// a PNG or a ZIP archive given as CSV, or a CSV renamed <c>.xlsx</c>, is refused with a clear error.
/// </remarks>
public sealed class IntakeFormat : SmartEnum<IntakeFormat>
{
    /// <summary>Delimited text, one record per row, a header row first (code <c>csv</c>).</summary>
    public static readonly IntakeFormat Csv = new("csv", 1);

    /// <summary>An Office Open XML workbook; one sheet is read (code <c>xlsx</c>).</summary>
    public static readonly IntakeFormat Xlsx = new("xlsx", 2);

    private IntakeFormat(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>csv</c>.</summary>
    public string Code => Name;

    /// <summary>Every format, ordered by value.</summary>
    public static IReadOnlyList<IntakeFormat> All { get; } = [Csv, Xlsx];

    /// <summary>Looks up a format by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>xlsx</c>.</param>
    /// <param name="format">The format when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IntakeFormat? format)
    {
        format = All.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
        return format is not null;
    }
}
