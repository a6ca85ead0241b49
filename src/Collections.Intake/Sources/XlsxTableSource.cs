using System.Globalization;
using Collections.Core;
using ExcelDataReader;

namespace Collections.Intake;

/// <summary>Reads one sheet of an .xlsx workbook with ExcelDataReader; formula and error cells come from <see cref="WorkbookScanner"/>.</summary>
/// <remarks>
/// The header is the first row with a value; rows keep the sheet's own numbers. Header cells that are merged are refused
/// (the columns under a merged cell have no header of their own). Formula cells are read from their saved result with a
/// warning naming the cell; a formula without a saved result rejects its row (there is no value to read, and computing it
/// would mean re-implementing Excel). Error cells (<c>#N/A</c>) are read as their error text, which no parser accepts.
/// </remarks>
internal sealed class XlsxTableSource : TableSource
{
    private readonly IExcelDataReader _reader;
    private readonly Dictionary<(int Row, int Column), CellFormula> _formulas;
    private readonly string[] _headers;
    private readonly long _totalBytes;
    private readonly int _rowCount;

    private XlsxTableSource(IExcelDataReader reader, Dictionary<(int Row, int Column), CellFormula> formulas, string[] headers, int headerRow, string sheetName, IReadOnlyList<string> sheetNames, long totalBytes)
    {
        _reader = reader;
        _formulas = formulas;
        _headers = headers;
        HeaderRowNumber = headerRow;
        SheetName = sheetName;
        SheetNames = sheetNames;
        _totalBytes = totalBytes;
        _rowCount = Math.Max(1, reader.RowCount);
    }

    public string SheetName { get; }

    public IReadOnlyList<string> SheetNames { get; }

    public override IReadOnlyList<string> Headers => _headers;

    public override int HeaderRowNumber { get; }

    public override int RowNumber => _reader.Depth + 1;

    public override int FieldCount => _headers.Length;

    public override long BytesRead => Math.Min(_totalBytes, _totalBytes * RowNumber / _rowCount);

    public static XlsxTableSource Open(Stream stream, string fileName, string? requestedSheet, int? headerRow, long totalBytes)
    {
        IntakeSettings.RegisterCodePages();
        List<string> names;
        try
        {
            if (!WorkbookScanner.HasWorkbook(stream))
            {
                throw new IntakeFileException(
                    fileName,
                    FileProblem.NotASpreadsheet,
                    IntakeTexts.Render("file.not_a_spreadsheet", ("file", fileName), ("format", "XLSX"), ("detail", IntakeTexts.Get("detail.zip_not_workbook"))));
            }

            stream.Position = 0;
            names = WorkbookScanner.SheetNames(stream);
        }
        catch (InvalidDataException exception)
        {
            throw Unreadable(fileName, exception);
        }

        var index = requestedSheet is null ? 0 : names.FindIndex(n => string.Equals(n, requestedSheet, StringComparison.Ordinal));
        if (index < 0 && requestedSheet is not null)
        {
            index = names.FindIndex(n => string.Equals(n.Trim(), requestedSheet.Trim(), StringComparison.OrdinalIgnoreCase));
        }

        if (index < 0 || names.Count == 0)
        {
            throw new IntakeFileException(
                fileName,
                FileProblem.UnknownSheet,
                IntakeTexts.Render("file.unknown_sheet", ("file", fileName), ("sheet", requestedSheet ?? "(first)"), ("sheets", string.Join(", ", names.Select(n => "'" + n + "'")))));
        }

        Dictionary<(int Row, int Column), CellFormula> formulas;
        IExcelDataReader reader;
        try
        {
            stream.Position = 0;
            formulas = WorkbookScanner.ScanSheet(stream, names[index]);
            stream.Position = 0;
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream, new ExcelReaderConfiguration { LeaveOpen = true });
        }
        catch (Exception exception) when (exception is InvalidDataException or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException)
        {
            throw Unreadable(fileName, exception);
        }

        try
        {
            for (var i = 0; i < index; i++)
            {
                reader.NextResult();
            }

            var headerCells = FindHeader(reader, headerRow);
            if (headerCells is null)
            {
                throw new IntakeFileException(fileName, FileProblem.EmptyFile, IntakeTexts.Render("file.empty_file", ("file", fileName + " [" + names[index] + "]")));
            }

            var foundHeaderRow = reader.Depth + 1;
            CheckMergedHeader(reader, foundHeaderRow, fileName, names[index]);
            return new XlsxTableSource(reader, formulas, headerCells, foundHeaderRow, names[index], names, totalBytes);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public override ValueTask<bool> ReadAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_reader.Read());

    public override ReadOnlySpan<char> GetText(int column) => TextOf(column);

    public override CellKind GetKind(int column)
    {
        if (column >= _reader.FieldCount)
        {
            return CellKind.Empty;
        }

        return _reader.GetValue(column) switch
        {
            null => GetFormula(column)?.ErrorValue is null ? CellKind.Empty : CellKind.Text,
            double => CellKind.Number,
            DateTime => CellKind.DateTime,
            bool => CellKind.Boolean,
            string text => CellText.IsBlank(text) ? CellKind.Empty : CellKind.Text,
            _ => CellKind.Text,
        };
    }

    public override double GetNumber(int column) => Convert.ToDouble(_reader.GetValue(column), CultureInfo.InvariantCulture);

    public override DateTime GetDateTime(int column) => (DateTime)_reader.GetValue(column);

    public override CellFormula? GetFormula(int column) =>
        _formulas.Count > 0 && _formulas.TryGetValue((RowNumber, column), out var formula) ? formula : null;

    public override bool IsBlankRow()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (GetKind(i) != CellKind.Empty || GetFormula(i) is not null)
            {
                return false;
            }
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.Dispose();
        }

        base.Dispose(disposing);
    }

    private static string[]? FindHeader(IExcelDataReader reader, int? headerRow)
    {
        while (reader.Read())
        {
            if (headerRow is { } declared && reader.Depth + 1 < declared)
            {
                continue;
            }

            var cells = new string[reader.FieldCount];
            var any = false;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Describe(reader.GetValue(i));
                any |= !CellText.IsBlank(cells[i]);
            }

            if (any || headerRow is not null)
            {
                var used = cells.Length;
                while (used > 0 && CellText.IsBlank(cells[used - 1]))
                {
                    used--;
                }

                return cells[..used];
            }
        }

        return null;
    }

    private static void CheckMergedHeader(IExcelDataReader reader, int headerRow, string fileName, string sheetName)
    {
        var merged = (reader.MergeCells ?? [])
            .Where(range => range.FromRow + 1 <= headerRow && headerRow <= range.ToRow + 1)
            .Select(range => ColumnLetters(range.FromColumn) + (range.FromRow + 1).ToString(CultureInfo.InvariantCulture) + ":" + ColumnLetters(range.ToColumn) + (range.ToRow + 1).ToString(CultureInfo.InvariantCulture))
            .ToList();
        if (merged.Count > 0)
        {
            throw new IntakeFileException(
                fileName,
                FileProblem.MergedHeaderCells,
                IntakeTexts.Render("file.merged_header_cells", ("file", fileName), ("sheet", sheetName), ("ranges", string.Join(", ", merged))))
            {
                RowNumber = headerRow,
                Column = string.Join(", ", merged),
            };
        }
    }

    private static IntakeFileException Unreadable(string fileName, Exception exception) =>
        new(fileName, FileProblem.UnreadableWorkbook, IntakeTexts.Render("file.unreadable_workbook", ("file", fileName), ("detail", IntakeTexts.Render("detail.reader_error", ("message", exception.Message)))), exception);

    private string TextOf(int column)
    {
        if (column >= _reader.FieldCount)
        {
            return string.Empty;
        }

        var value = _reader.GetValue(column);
        return value is null ? GetFormula(column)?.ErrorValue ?? string.Empty : Describe(value);
    }

    private static string Describe(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => Math.Abs(number) < 7.9e27 ? ((decimal)number).ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
