namespace Collections.Intake.Tests.Reading;

/// <summary>Reading .xlsx workbooks: typed cells, the first or a named sheet, a header lower down, error values.</summary>
public sealed class WorkbookReadingTests
{
    private static IntakeMapping LedgerWithoutDateOrder() => IntakeMapping.ForShape(IntakeShape.Ledger) with
    {
        CreditorId = Intake.Creditor,
        Currency = Currency.SaudiRiyal,
    };

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_TypedCells_NeedNoDeclaredDateOrder()
    {
        var bytes = Workbooks.Single(
            ["رقم الحساب", "الاسم", "رقم الفاتورة", "تاريخ الفاتورة", "تاريخ الاستحقاق", "المبلغ"],
            ["ح-1", "فهد", "0000611365", XCell.Of(new DateOnly(2024, 1, 1)), 45352.0, 1234.5]); // 45352 = 2024-03-01 as an Excel serial
        var result = await Intake.ReadAsync(bytes, LedgerWithoutDateOrder(), fileName: "ledger.xlsx");

        Assert.True(result.Report.IsClean);
        Assert.Equal(IntakeFormat.Xlsx, result.Format);
        Assert.Equal("Sheet1", result.SheetName);
        Assert.Null(result.Encoding);
        var item = Assert.Single(result.Portfolio!.Items);
        Assert.Equal(("0000611365", new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 1), 123450L), (item.Id.Value, item.IssuedOn, item.DueOn, item.Amount.MinorUnits));
        Assert.Equal("فهد", Assert.Single(result.Portfolio.Debtors).Name);
        Assert.Equal(1, result.Report.CountOf(NormalisationRule.ExcelSerialDates));
    }

    [Fact]
    public async Task ReadAsync_TextDateInAWorkbookWithoutADeclaredOrder_RejectsTheRow()
    {
        var bytes = Workbooks.Single(["Account", "Invoice", "Due Date", "Amount"], ["A1", "I1", "01/02/2024", 1.0]);
        var result = await Intake.ReadAsync(bytes, LedgerWithoutDateOrder(), fileName: "ledger.xlsx");
        var error = Intake.SingleError(result);
        Assert.Equal((IntakeIssueCode.DateOrderNotDeclared, "C2", "01/02/2024"), (error.Code, error.CellReference, error.Value));

        var declared = await Intake.ReadAsync(bytes, LedgerWithoutDateOrder() with { DateOrder = DateOrder.DayMonthYear }, fileName: "ledger.xlsx");
        Assert.Equal(new LocalDate(2024, 2, 1), Assert.Single(declared.Portfolio!.Items).DueOn);
    }

    [Fact]
    public async Task ReadAsync_NamedSheet_IsRead()
    {
        var bytes = Workbooks.Create(
            new XSheet("Summary", [["Total"], [99.0]]),
            new XSheet("Open items", [["Account", "Invoice", "Due Date", "Amount"], ["A1", "I1", XCell.Of(new DateOnly(2024, 1, 31)), 10.0]]));
        var result = await Intake.ReadAsync(bytes, LedgerWithoutDateOrder() with { SheetName = "open items" }, fileName: "book.xlsx");
        Assert.Equal("Open items", result.SheetName);
        Assert.Single(result.Portfolio!.Items);
        Assert.Contains(result.Report.Notes, n => n.Text.English == "Sheet read: 'Open items' (sheets in the workbook: 'Summary', 'Open items').");
    }

    [Fact]
    public async Task ReadAsync_UnknownSheet_ListsTheSheets()
    {
        var bytes = Workbooks.Create(new XSheet("Summary", [["Total"]]), new XSheet("Data", [["Account"]]));
        var exception = await Intake.FailsAsync(bytes, LedgerWithoutDateOrder() with { SheetName = "Ledger" }, "book.xlsx");
        Assert.Equal(FileProblem.UnknownSheet, exception.Problem);
        Assert.Equal("'book.xlsx' has no sheet named 'Ledger'. Sheets: 'Summary', 'Data'.", exception.Message);
    }

    private static byte[] BookWithATitle() => Workbooks.Create(new XSheet(
        "Sheet1",
        [
            ["Portfolio of 2024"],
            [],
            ["Account", "Invoice", "Due Date", "Amount"],
            ["A1", "I1", XCell.Of(new DateOnly(2024, 1, 31)), "ten"],
        ],
        FirstRow: 2));

    [Fact]
    public async Task ReadAsync_DeclaredHeaderRowBelowATitle_KeepsTheSheetsRowNumbers()
    {
        var result = await Intake.ReadAsync(BookWithATitle(), LedgerWithoutDateOrder() with { HeaderRow = 4 }, fileName: "book.xlsx");
        var error = Intake.SingleError(result);
        Assert.Equal((5, "D5", "ten"), (error.RowNumber, error.CellReference, error.Value)); // title on row 2, header on row 4
    }

    [Fact]
    public async Task ReadAsync_TitleAboveTheHeaderWithoutADeclaredHeaderRow_ShowsWhatWasTakenForTheHeader()
    {
        var exception = await Intake.FailsAsync(BookWithATitle(), LedgerWithoutDateOrder(), "book.xlsx");
        Assert.Equal((FileProblem.MissingColumns, 2), (exception.Problem, exception.RowNumber));
        Assert.EndsWith("Headers found: 'Portfolio of 2024' (A).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DeclaredHeaderRowInACsvFile_SkipsTheLinesAbove()
    {
        var csv = "Creditor: Example Bank\nExtracted 2024-02-01\nAccount,Invoice,Due Date,Amount\nA1,I1,2024-01-31,x\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger() with { HeaderRow = 3 });
        Assert.Equal(4, Intake.SingleError(result).RowNumber);
    }

    [Fact]
    public async Task ReadAsync_ErrorValueInACell_IsRejectedAsItsText()
    {
        var bytes = Workbooks.Single(["Account", "Invoice", "Due Date", "Amount"], ["A1", "I1", XCell.Of(new DateOnly(2024, 1, 31)), XCell.Error("#N/A")]);
        var result = await Intake.ReadAsync(bytes, LedgerWithoutDateOrder(), fileName: "book.xlsx");
        var error = Intake.SingleError(result);
        Assert.Equal((IntakeIssueCode.InvalidAmount, "#N/A"), (error.Code, error.Value));
    }

    [Fact]
    public async Task ReadAsync_EmptySheet_IsAnEmptyFile()
    {
        var exception = await Intake.FailsAsync(Workbooks.Single(), LedgerWithoutDateOrder(), "empty.xlsx");
        Assert.Equal(FileProblem.EmptyFile, exception.Problem);
        Assert.Equal("'empty.xlsx [Sheet1]' is empty: it has no header row and no data.", exception.Message);
    }

    [Fact]
    public async Task ReadAsync_HeaderOnlySheet_IsRefusedNamingTheHeaderRow()
    {
        var bytes = Workbooks.Create(new XSheet("Sheet1", [["Account", "Invoice", "Due Date", "Amount"]], FirstRow: 3));
        var exception = await Intake.FailsAsync(bytes, LedgerWithoutDateOrder(), "header.xlsx");
        Assert.Equal((FileProblem.HeaderOnly, 3), (exception.Problem, exception.RowNumber));
    }

    [Fact]
    public async Task ReadAsync_WorkbookWideSnapshots_ReadLikeCsv()
    {
        var bytes = Workbooks.Single(["ID", "PAY_0", "BILL_AMT1", "PAY_AMT1"], [1.0, 2.0, 3913.0, 0.0], [2.0, -1.0, 2682.0, 500.0]);
        var mapping = IntakeMapping.ForShape(IntakeShape.SnapshotsWide) with
        {
            CreditorId = Intake.Creditor,
            Currency = Currency.FromCode("TWD"),
            StatusUnit = StatusUnit.Months,
            Columns = System.Collections.Immutable.ImmutableDictionary<ColumnRole, string>.Empty.Add(ColumnRole.Account, "ID"),
            Periods = [new WidePeriodColumns(new YearMonth(2005, 9), "PAY_0", "BILL_AMT1", "PAY_AMT1")],
        };
        var result = await Intake.ReadAsync(bytes, mapping, fileName: "uci.xlsx");
        Assert.Equal(["1", "2"], result.Portfolio!.Accounts.Select(a => a.Id.Value)); // the number 1 read as the text "1"
        Assert.Equal([60, 0], result.Portfolio.Snapshots.Select(s => s.DaysPastDue.Value));
        Assert.Equal(["2", "-1"], result.Portfolio.Snapshots.Select(s => s.ReportedStatus));
    }
}
