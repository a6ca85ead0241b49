using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>Why a whole file could not be read; carried by <see cref="IntakeFileException"/>.</summary>
/// <remarks>File-level problems stop the read before anything is returned, so nothing is ever half-read: either the file's
/// rows are all accounted for in a <see cref="ValidationReport"/>, or an <see cref="IntakeFileException"/> names the file
/// and the row, column or byte offset at fault.</remarks>
public sealed class FileProblem : SmartEnum<FileProblem>
{
    /// <summary>The file has no bytes, or only a byte-order mark or white space.</summary>
    public static readonly FileProblem EmptyFile = new("empty_file", 1);

    /// <summary>The file has a header row and no data rows.</summary>
    public static readonly FileProblem HeaderOnly = new("header_only", 2);

    /// <summary>A required column is missing.</summary>
    public static readonly FileProblem MissingColumns = new("missing_columns", 3);

    /// <summary>Several columns match one role, or a mapped header appears more than once.</summary>
    public static readonly FileProblem AmbiguousColumns = new("ambiguous_columns", 4);

    /// <summary>The bytes are not a CSV file or workbook (an image, an archive, a binary file).</summary>
    public static readonly FileProblem NotASpreadsheet = new("not_a_spreadsheet", 5);

    /// <summary>The bytes are not valid in the declared encoding.</summary>
    public static readonly FileProblem InvalidEncoding = new("invalid_encoding", 6);

    /// <summary>Header cells of a workbook are merged, so the columns under them have no header of their own.</summary>
    public static readonly FileProblem MergedHeaderCells = new("merged_header_cells", 7);

    /// <summary>The workbook has no sheet with the requested name.</summary>
    public static readonly FileProblem UnknownSheet = new("unknown_sheet", 8);

    /// <summary>The CSV text breaks the format (a quote that is never closed).</summary>
    public static readonly FileProblem MalformedCsv = new("malformed_csv", 9);

    /// <summary>The format could not be told from the file name and was not declared.</summary>
    public static readonly FileProblem UnknownFormat = new("unknown_format", 10);

    /// <summary>The workbook is damaged or encrypted and cannot be read.</summary>
    public static readonly FileProblem UnreadableWorkbook = new("unreadable_workbook", 11);

    private FileProblem(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>header_only</c>.</summary>
    public string Code => Name;

    /// <summary>Every problem, ordered by value.</summary>
    public static IReadOnlyList<FileProblem> All { get; } =
        [EmptyFile, HeaderOnly, MissingColumns, AmbiguousColumns, NotASpreadsheet, InvalidEncoding, MergedHeaderCells, UnknownSheet, MalformedCsv, UnknownFormat, UnreadableWorkbook];

    /// <summary>Looks up a problem by its code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="problem">The problem when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out FileProblem? problem)
    {
        problem = All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
        return problem is not null;
    }
}
