namespace Collections.Intake;

/// <summary>A workbook cell that holds a formula (or an error value such as <c>#N/A</c>) rather than a typed-in value.</summary>
/// <param name="Formula">The formula text without the leading '=' ("(shared)" for a cell that shares another cell's formula).</param>
/// <param name="HasSavedResult">Whether the workbook stored the formula's last result.</param>
/// <param name="ErrorValue">The error the cell shows (<c>#N/A</c>, <c>#DIV/0!</c>), when it shows one.</param>
internal sealed record CellFormula(string? Formula, bool HasSavedResult, string? ErrorValue);
