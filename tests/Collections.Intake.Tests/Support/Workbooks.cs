using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Collections.Intake.Tests;

/// <summary>One cell of a test workbook: text, a number, a date (stored as a serial with a date format), or a formula with or
/// without a saved result.</summary>
internal sealed record XCell
{
    public string? Text { get; init; }

    public double? Number { get; init; }

    public DateOnly? Date { get; init; }

    public string? Formula { get; init; }

    public string? SavedResult { get; init; }

    public string? ErrorValue { get; init; }

    public static implicit operator XCell(string text) => new() { Text = text };

    public static implicit operator XCell(double number) => new() { Number = number };

    public static XCell Of(DateOnly date) => new() { Date = date };

    public static XCell WithFormula(string formula, string? savedResult) => new() { Formula = formula, SavedResult = savedResult };

    public static XCell Error(string value) => new() { ErrorValue = value };
}

/// <summary>A sheet of a test workbook: rows from a given first row number, and merged ranges.</summary>
internal sealed record XSheet(string Name, IReadOnlyList<XCell?[]> Rows, int FirstRow = 1, IReadOnlyList<string>? Merged = null);

/// <summary>Writes .xlsx files for tests with DocumentFormat.OpenXml (formulas and merged cells included).</summary>
internal static class Workbooks
{
    public static byte[] Create(params XSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })); // 14 = built-in short date
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var rowNumber = (uint)(sheet.FirstRow + r);
                    var row = new Row { RowIndex = rowNumber };
                    for (var c = 0; c < sheet.Rows[r].Length; c++)
                    {
                        if (sheet.Rows[r][c] is { } cell)
                        {
                            row.Append(ToCell(cell, TableSource.ColumnLetters(c) + rowNumber));
                        }
                    }

                    data.Append(row);
                }

                worksheetPart.Worksheet = new Worksheet(data);
                if (sheet.Merged is { Count: > 0 } merged)
                {
                    worksheetPart.Worksheet.InsertAfter(new MergeCells(merged.Select(m => new MergeCell { Reference = m })), data);
                }

                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = sheet.Name });
            }
        }

        return stream.ToArray();
    }

    public static byte[] Single(params XCell?[][] rows) => Create(new XSheet("Sheet1", rows));

    private static Cell ToCell(XCell cell, string reference)
    {
        if (cell.ErrorValue is not null)
        {
            return new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(cell.ErrorValue) };
        }

        if (cell.Formula is not null)
        {
            var formulaCell = new Cell { CellReference = reference, CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula(cell.Formula) };
            if (cell.SavedResult is not null)
            {
                formulaCell.CellValue = new CellValue(cell.SavedResult);
            }

            return formulaCell;
        }

        if (cell.Date is { } date)
        {
            var serial = date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
            return new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(serial) };
        }

        if (cell.Number is { } number)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }) };
    }
}
