using System.IO.Compression;
using System.Text;

namespace Collections.Intake.Tests.Reading;

/// <summary>The acceptance list of bad input: each gives a clear message naming the row and column (or byte offset), and
/// nothing is half-read — a file error comes before any row is returned (the progress recorder sees no row), and a row error
/// leaves nothing of its row in the portfolio.</summary>
public sealed class BadInputTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01];

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }

    [Fact]
    public async Task WrongEncoding_DeclaredUtf8_NamesTheLineAndByteOffset()
    {
        // The header is 37 bytes with its line feed; "A1," adds 3, so the first Arabic letter (م, 0xE3 in Windows-1256) is at
        // offset 40 on line 2. 0xE3 starts a three-byte UTF-8 sequence but 0xCD (ح) cannot continue one.
        var bytes = Windows1256("Account,Name,Invoice,Due Date,Amount\nA1,محمد,I1,2024-01-31,1.00\n");
        var progress = new RecordingProgress();
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger() with { Encoding = IntakeEncoding.Utf8 }, progress: progress);

        Assert.Equal(FileProblem.InvalidEncoding, exception.Problem);
        Assert.Equal(40, exception.ByteOffset);
        Assert.Equal(2, exception.LineNumber);
        Assert.Equal("file.csv", exception.FileName);
        Assert.Equal(
            "'file.csv' is not valid UTF-8: the bytes E3 CD E3 CF at offset 40 (line 2) cannot be decoded. Declare the file's encoding (windows-1256 for Arabic Windows exports) or save it as UTF-8.",
            exception.Message);
        Assert.Contains("40", exception.Reason.Arabic, StringComparison.Ordinal);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task WrongEncoding_Utf16WithoutByteOrderMark_IsNotAText()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes("Account,Invoice,Due Date,Amount\n");
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger());
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Equal(1, exception.ByteOffset); // 'A' is 41 00: the first zero byte is at offset 1
    }

    [Fact]
    public async Task MissingRequiredColumn_NamesTheHeaderRowTheColumnAndWhatWasFound()
    {
        var progress = new RecordingProgress();
        var exception = await Intake.FailsAsync(Intake.Utf8("Account,Invoice,Amount\nA1,I1,1.00\n"), Intake.Ledger(), progress: progress);

        Assert.Equal(FileProblem.MissingColumns, exception.Problem);
        Assert.Equal(1, exception.RowNumber);
        Assert.Equal("the due date (recognised headers include 'due date', 'due', 'maturity date', 'تاريخ الاستحقاق')", exception.Column);
        Assert.Equal(
            "'file.csv': the header (row 1) has no column for the due date (recognised headers include 'due date', 'due', 'maturity date', 'تاريخ الاستحقاق'). Headers found: 'Account' (A), 'Invoice' (B), 'Amount' (C).",
            exception.Message);
        Assert.Contains("تاريخ الاستحقاق", exception.Reason.Arabic, StringComparison.Ordinal);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task MissingMappedColumn_NamesTheMappedHeader()
    {
        var mapping = Intake.Ledger() with { Columns = Intake.Ledger().Columns.Add(ColumnRole.Account, "Customer No") };
        var exception = await Intake.FailsAsync(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"), mapping);
        Assert.Contains("the account number (the mapping names 'Customer No')", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateAccountNumbers_InAOneRowPerAccountFile_RejectTheRepeatNamingTheFirstRow()
    {
        var mapping = IntakeMapping.ForShape(IntakeShape.SnapshotsWide) with
        {
            CreditorId = Intake.Creditor,
            Currency = Currency.SaudiRiyal,
            StatusUnit = StatusUnit.Months,
            Periods = [new WidePeriodColumns(new YearMonth(2024, 1), "Status", "Balance")],
        };
        var result = await Intake.ReadCsvAsync("Account,Status,Balance\n100,0,10\n200,0,20\n100,3,30\n", mapping);

        var error = Intake.SingleError(result);
        Assert.Equal("Row 4, column 'Account' (A4), value '100': Account 100 already appears on row 2; this row is rejected (a file of this shape has one row per account).", error.ToString());
        Assert.Equal([1000L, 2000L], result.Portfolio!.Snapshots.Select(s => s.Balance.MinorUnits));
    }

    [Theory]
    [InlineData("2024-02-30", "Due Date", "C2", "'2024-02-30' is not a date in the declared order iso (yyyy-mm-dd, Gregorian calendar).")]
    [InlineData("31/01/2024", "Due Date", "C2", "'31/01/2024' is not a date in the declared order iso (yyyy-mm-dd, Gregorian calendar).")]
    public async Task UnparseableDate_IsRejectedNamingRowColumnAndValue(string date, string column, string cell, string reason)
    {
        var result = await Intake.ReadCsvAsync($"Account,Invoice,Due Date,Amount\nA1,I1,{date},1.00\nA2,I2,2024-01-31,2.00\n", Intake.Ledger());
        var error = Intake.SingleError(result);
        Assert.Equal((2, column, cell, date, reason), (error.RowNumber, error.Column, error.CellReference, error.Value, error.Reason.English));
        Assert.Equal(["I2"], result.Portfolio!.Items.Select(i => i.Id.Value));
    }

    [Theory]
    [InlineData("12,34.00", "'12,34.00' is not an amount.")]
    [InlineData("twelve", "'twelve' is not an amount.")]
    [InlineData("12.345", "'12.345' has more than 2 decimal places, which SAR does not allow; amounts are never rounded on intake.")]
    [InlineData("USD 12.00", "'USD 12.00' is marked as USD but the file's currency is SAR.")]
    public async Task UnparseableAmount_IsRejectedNamingRowColumnAndValue(string amount, string reason)
    {
        var result = await Intake.ReadCsvAsync($"Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,\"{amount}\"\n", Intake.Ledger());
        var error = Intake.SingleError(result);
        Assert.Equal((2, "Amount", "D2", amount, reason), (error.RowNumber, error.Column, error.CellReference, error.Value, error.Reason.English));
        Assert.Empty(result.Portfolio!.Items);
        Assert.Empty(result.Portfolio.Accounts);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x0D, 0x0A })]
    public async Task EmptyFile_IsRefused(byte[] bytes)
    {
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger(), "empty.csv");
        Assert.Equal(FileProblem.EmptyFile, exception.Problem);
        Assert.Equal("'empty.csv' is empty: it has no header row and no data.", exception.Message);
    }

    [Theory]
    [InlineData("Account,Invoice,Due Date,Amount")]
    [InlineData("Account,Invoice,Due Date,Amount\r\n")]
    [InlineData("Account,Invoice,Due Date,Amount\n\n,,,\n")]
    public async Task HeaderOnlyFile_IsRefusedNamingTheHeaderRow(string text)
    {
        var exception = await Intake.FailsAsync(Intake.Utf8(text), Intake.Ledger(), "header.csv");
        Assert.Equal(FileProblem.HeaderOnly, exception.Problem);
        Assert.Equal(1, exception.RowNumber);
        Assert.Equal("'header.csv' has a header row (row 1) and no data rows.", exception.Message);
    }

    [Fact]
    public async Task XlsxWithFormulas_ReadsSavedResultsWithAWarningAndRejectsFormulasWithoutOne()
    {
        var bytes = Workbooks.Single(
            ["Account", "Invoice", "Due Date", "Amount"],
            ["A1", "I1", XCell.Of(new DateOnly(2024, 1, 31)), XCell.WithFormula("10*1.5", "15")],
            ["A2", "I2", XCell.Of(new DateOnly(2024, 1, 31)), XCell.WithFormula("D2*2", null)],
            ["A3", "I3", XCell.Of(new DateOnly(2024, 1, 31)), 7.25]);
        var result = await Intake.ReadAsync(bytes, Intake.Ledger(), fileName: "book.xlsx");

        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((2, "D2", IntakeIssueCode.FormulaValue), (warning.RowNumber, warning.CellReference, warning.Code));
        Assert.Equal("Cell D2 holds the formula =10*1.5; its saved result '15' was read.", warning.Reason.English);
        var error = Intake.SingleError(result);
        Assert.Equal((3, "Amount", "D3", IntakeIssueCode.FormulaWithoutValue), (error.RowNumber, error.Column, error.CellReference, error.Code));
        Assert.StartsWith("Cell D3 holds the formula =D2*2 and no saved result", error.Reason.English, StringComparison.Ordinal);
        Assert.Equal([1500L, 725L], result.Portfolio!.Items.Select(i => i.Amount.MinorUnits));
    }

    [Fact]
    public async Task XlsxWithMergedHeaderCells_IsRefusedNamingTheRange()
    {
        var bytes = Workbooks.Create(new XSheet(
            "Ledger",
            [["Account", "Invoice", "Dates", null, "Amount"], ["A1", "I1", "2024-01-01", "2024-01-31", 1.0]],
            Merged: ["C1:D1"]));
        var progress = new RecordingProgress();
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger(), "merged.xlsx", progress: progress);

        Assert.Equal(FileProblem.MergedHeaderCells, exception.Problem);
        Assert.Equal(1, exception.RowNumber);
        Assert.Equal("C1:D1", exception.Column);
        Assert.Equal("'merged.xlsx', sheet 'Ledger': header cells C1:D1 are merged; unmerge them so that every column has its own header.", exception.Message);
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public async Task PngGivenAsAWorkbook_IsNotASpreadsheet()
    {
        var exception = await Intake.FailsAsync(Png, Intake.Ledger(), "ledger.xlsx");
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Equal("'ledger.xlsx' is not a XLSX file: it starts with the bytes 89 50 4E 47, the signature of a PNG image.", exception.Message);
    }

    [Fact]
    public async Task PngGivenAsCsv_IsNotASpreadsheet()
    {
        var exception = await Intake.FailsAsync(Png, Intake.Ledger(), "ledger.csv");
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Equal("'ledger.csv' is not a CSV file: it starts with the bytes 89 50 4E 47, the signature of a PNG image.", exception.Message);
    }

    [Fact]
    public async Task BinaryFileGivenAsCsv_NamesTheOffsetOfTheFirstZeroByte()
    {
        var exception = await Intake.FailsAsync([0x41, 0x63, 0x63, 0x0A, 0x01, 0x00, 0x02], Intake.Ledger(), "data.csv");
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Equal(5, exception.ByteOffset);
        Assert.Equal("'data.csv' is not a CSV file: it holds binary data (a zero byte at offset 5).", exception.Message);
    }

    [Fact]
    public async Task ZipWithoutAWorkbookRenamedXlsx_IsNotASpreadsheet()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("readme.txt").OpenAsync(TestContext.Current.CancellationToken);
            await entry.WriteAsync(Intake.Utf8("not a workbook"), TestContext.Current.CancellationToken);
        }

        var exception = await Intake.FailsAsync(zip.ToArray(), Intake.Ledger(), "archive.xlsx");
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Equal("'archive.xlsx' is not a XLSX file: it is a ZIP archive without a workbook inside (no xl/workbook.xml).", exception.Message);
    }

    [Fact]
    public async Task CsvRenamedXlsx_IsNotASpreadsheet()
    {
        var exception = await Intake.FailsAsync(Intake.Utf8("Account,Invoice\n"), Intake.Ledger(), "renamed.xlsx");
        Assert.Equal(FileProblem.NotASpreadsheet, exception.Problem);
        Assert.Contains("starts with 41 63 63 6F", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldBinaryWorkbook_IsNotReadAsXlsx()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00];
        var exception = await Intake.FailsAsync(ole, Intake.Ledger(), "old.xlsx");
        Assert.Contains("an old binary Office file (.xls or .doc); save it as .xlsx or CSV", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnclosedQuote_NamesTheRow()
    {
        var exception = await Intake.FailsAsync(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\nA2,\"I2,2024-01-31,2.00\n"), Intake.Ledger());
        Assert.Equal(FileProblem.MalformedCsv, exception.Problem);
        Assert.Equal(3, exception.RowNumber);
        Assert.Equal("'file.csv': row 3 breaks the CSV format (a quoted field is never closed).", exception.Message);
    }

    [Fact]
    public async Task UnknownExtensionWithoutADeclaredFormat_IsRefused()
    {
        var exception = await Intake.FailsAsync(Intake.Utf8("Account\n"), Intake.Ledger(), "ledger.dat");
        Assert.Equal(FileProblem.UnknownFormat, exception.Problem);
        var result = await Intake.ReadAsync(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"), Intake.Ledger(), new IntakeOptions { Format = IntakeFormat.Csv }, "ledger.dat");
        Assert.True(result.IsAccepted);
    }
}
