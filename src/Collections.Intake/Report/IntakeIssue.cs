using Collections.Core;

namespace Collections.Intake;

/// <summary>One problem found in one row: an error that rejected the row, or a warning about a value that was kept.</summary>
/// <remarks>Rows are numbered as the creditor sees the file: the header is row 1, the first data row is row 2 (a workbook's
/// own row numbers when the header is lower down). <see cref="CellReference"/> is the spreadsheet address (<c>C7</c>), which
/// also finds the cell when a CSV file is opened in Excel.</remarks>
public sealed record IntakeIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="rowNumber">The row as the creditor sees it (header = row 1).</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="reason">The reason in words, English and Arabic.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row number is below 1.</exception>
    public IntakeIssue(int rowNumber, IntakeIssueCode code, BilingualText reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowNumber, 1);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(reason);
        RowNumber = rowNumber;
        Code = code;
        Reason = reason;
    }

    /// <summary>The row as the creditor sees it (header = row 1).</summary>
    public int RowNumber { get; }

    /// <summary>The header of the column at fault, when the problem is in one cell.</summary>
    public string? Column { get; init; }

    /// <summary>The spreadsheet address of the cell, for example <c>C7</c>.</summary>
    public string? CellReference { get; init; }

    /// <summary>The cell's text exactly as it was in the file.</summary>
    public string? Value { get; init; }

    /// <summary>What kind of problem it is.</summary>
    public IntakeIssueCode Code { get; }

    /// <summary>Whether the problem rejected the row (rather than flagging a kept value).</summary>
    public bool IsError => Code.IsError;

    /// <summary>The reason in words, English and Arabic.</summary>
    public BilingualText Reason { get; }

    /// <summary>The issue as one line in the given language: row, column, cell, value and reason.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>Row 7, column 'InvoiceAmount' (G7), value '12.345': '12.345' has more than 2 decimal places…</c>.</returns>
    public string Describe(Language language)
    {
        var parts = new List<string> { IntakeTexts.Render("describe.row", ("row", RowNumber)).In(language) };
        if (Column is not null)
        {
            parts.Add(IntakeTexts.Render("describe.column", ("column", Column), ("cell", CellReference ?? string.Empty)).In(language).Replace(" ()", string.Empty, StringComparison.Ordinal));
        }

        if (Value is not null)
        {
            parts.Add(IntakeTexts.Render("describe.value", ("value", Value)).In(language));
        }

        var separator = language == Language.Arabic ? "، " : ", ";
        return string.Join(separator, parts) + ": " + Reason.In(language);
    }

    /// <summary>The issue as one line in English.</summary>
    /// <returns>The English description.</returns>
    public override string ToString() => Describe(Language.English);
}
