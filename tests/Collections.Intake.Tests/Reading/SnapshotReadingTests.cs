using System.Collections.Immutable;

namespace Collections.Intake.Tests.Reading;

/// <summary>Reading periodic snapshots, long (a row per account and period) and wide (a group of columns per period).</summary>
public sealed class SnapshotReadingTests
{
    private static IntakeMapping Long(StatusUnit unit) => IntakeMapping.ForShape(IntakeShape.SnapshotsLong) with
    {
        CreditorId = Intake.Creditor,
        Currency = Currency.SaudiRiyal,
        DateOrder = DateOrder.DayMonthYear,
        StatusUnit = unit,
    };

    private static IntakeMapping Wide() => IntakeMapping.ForShape(IntakeShape.SnapshotsWide) with
    {
        CreditorId = Intake.Creditor,
        Currency = Currency.SaudiRiyal,
        StatusUnit = StatusUnit.Months,
        Periods =
        [
            new WidePeriodColumns(new YearMonth(2024, 2), "Status Feb", "Balance Feb", "Paid Feb"),
            new WidePeriodColumns(new YearMonth(2024, 1), "Status Jan", "Balance Jan", "Paid Jan"),
        ],
    };

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_LongFileInDays_GivesOneSnapshotPerRow()
    {
        var csv = "Account,Period,Days Past Due,Balance,Payment\n"
            + "A1,2024-01,0,1000.00,\n"
            + "A1,2024-02,31,900.00,100.00\n"
            + "A2,29/02/2024,٤٥,(50.00),\n"; // a month-end date (day first) and Arabic-Indic digits
        var result = await Intake.ReadCsvAsync(csv, Long(StatusUnit.Days));

        Assert.True(result.Report.IsClean);
        var snapshots = result.Portfolio!.Snapshots;
        Assert.Equal([new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 2)], snapshots.Select(s => s.Period));
        Assert.Equal([0, 31, 45], snapshots.Select(s => s.DaysPastDue.Value));
        Assert.Equal([100000L, 90000L, -5000L], snapshots.Select(s => s.Balance.MinorUnits));
        Assert.Equal(Money.Of(100m, Currency.SaudiRiyal), snapshots[1].Payment);
        Assert.Null(snapshots[0].Payment);
        Assert.All(snapshots, s => Assert.Null(s.ReportedStatus)); // day counts are not codes
        Assert.Equal([new YearMonth(2024, 1), new YearMonth(2024, 2)], result.Portfolio.SnapshotPeriods);
    }

    [Fact]
    public async Task ReadAsync_LongFileInMonths_ConvertsToDaysAndKeepsTheReportedCode()
    {
        var csv = "Account,Period,Status,Balance\nA1,2024-01,-2,0\nA1,2024-02,3,500.00\n";
        var result = await Intake.ReadCsvAsync(csv, Long(StatusUnit.Months));
        var snapshots = result.Portfolio!.Snapshots;
        Assert.Equal([0, 90], snapshots.Select(s => s.DaysPastDue.Value)); // -2 is current; 3 months late = 3 × 30 days
        Assert.Equal(["-2", "3"], snapshots.Select(s => s.ReportedStatus));
    }

    [Fact]
    public async Task ReadAsync_TwoRowsForOneAccountAndPeriod_RejectsTheSecondNamingTheFirst()
    {
        var csv = "Account,Period,Status,Balance\nA1,2024-01,0,10\nA1,2024-02,0,10\nA1,2024-01,1,20\n";
        var result = await Intake.ReadCsvAsync(csv, Long(StatusUnit.Days));
        var error = Intake.SingleError(result);
        Assert.Equal((4, IntakeIssueCode.DuplicatePeriod, "Period"), (error.RowNumber, error.Code, error.Column));
        Assert.Equal("Account A1 already has a snapshot for 2024-01 on row 2; this row is rejected.", error.Reason.English);
        Assert.Equal(2, result.Portfolio!.Snapshots.Length);
    }

    [Theory]
    [InlineData("2024-13", "invalid_period")]
    [InlineData("January", "invalid_period")]
    [InlineData("31/02/2024", "invalid_date")]
    public async Task ReadAsync_BadPeriod_RejectsTheRow(string period, string expectedCode)
    {
        Assert.True(IntakeIssueCode.TryFromCode(expectedCode, out var code));
        var result = await Intake.ReadCsvAsync($"Account,Period,Status,Balance\nA1,{period},0,10\n", Long(StatusUnit.Days));
        var error = Intake.SingleError(result);
        Assert.Equal((code, period), (error.Code, error.Value));
    }

    [Theory]
    [InlineData("1.5", "invalid_status")]
    [InlineData("late", "invalid_status")]
    [InlineData("5000", "number_out_of_range")]
    public async Task ReadAsync_BadMonthStatus_RejectsTheRow(string status, string expectedCode)
    {
        Assert.True(IntakeIssueCode.TryFromCode(expectedCode, out var code));
        var result = await Intake.ReadCsvAsync($"Account,Period,Status,Balance\nA1,2024-01,{status},10\n", Long(StatusUnit.Months));
        Assert.Equal(code, Intake.SingleError(result).Code);
    }

    [Fact]
    public async Task ReadAsync_WideFile_GivesASnapshotPerPeriodWithAValue()
    {
        var csv = "ID,Status Jan,Balance Jan,Paid Jan,Status Feb,Balance Feb,Paid Feb\n"
            + "1,0,1000,100,1,950,\n"
            + "2,,,,-1,0,0\n"; // not on the books in January: no snapshot, no error
        var result = await Intake.ReadCsvAsync(csv, Wide() with { Columns = ImmutableDictionary<ColumnRole, string>.Empty.Add(ColumnRole.Account, "ID") });

        Assert.True(result.Report.IsClean);
        var snapshots = result.Portfolio!.Snapshots;
        Assert.Equal(
            [("1", new YearMonth(2024, 2), 30), ("1", new YearMonth(2024, 1), 0), ("2", new YearMonth(2024, 2), 0)],
            snapshots.Select(s => (s.AccountId.Value, s.Period, s.DaysPastDue.Value)));
        Assert.Equal(["1", "0", "-1"], snapshots.Select(s => s.ReportedStatus));
        Assert.Null(snapshots[0].Payment);
        Assert.Equal(Money.Of(100m, Currency.SaudiRiyal), snapshots[1].Payment);
    }

    [Fact]
    public async Task ReadAsync_WideFileWithARepeatedAccount_RejectsTheRepeatNamingTheFirstRow()
    {
        var csv = "Account,Status Jan,Balance Jan,Paid Jan,Status Feb,Balance Feb,Paid Feb\n"
            + "7,0,10,0,0,10,0\n8,0,10,0,0,10,0\n7,1,99,0,1,99,0\n";
        var result = await Intake.ReadCsvAsync(csv, Wide());
        var error = Intake.SingleError(result);
        Assert.Equal((4, "Account", "A4", "7", IntakeIssueCode.DuplicateAccount), (error.RowNumber, error.Column, error.CellReference, error.Value, error.Code));
        Assert.StartsWith("Account 7 already appears on row 2", error.Reason.English, StringComparison.Ordinal);
        Assert.Equal(4, result.Portfolio!.Snapshots.Length);
        Assert.All(result.Portfolio.Snapshots.Where(s => s.AccountId.Value == "7"), s => Assert.Equal(1000, s.Balance.MinorUnits));
    }

    [Fact]
    public async Task ReadAsync_WidePeriodWithAStatusButNoBalance_RejectsTheRow()
    {
        var csv = "Account,Status Jan,Balance Jan,Paid Jan,Status Feb,Balance Feb,Paid Feb\n7,0,10,0,2,,0\n";
        var result = await Intake.ReadCsvAsync(csv, Wide());
        var error = Intake.SingleError(result);
        Assert.Equal((IntakeIssueCode.IncompletePeriod, "Balance Feb"), (error.Code, error.Column));
        Assert.Empty(result.Portfolio!.Snapshots);
    }

    [Fact]
    public async Task ReadAsync_WideFileMissingAPeriodColumn_IsRefusedNamingIt()
    {
        var csv = "Account,Status Jan,Balance Jan,Paid Jan,Status Feb,Paid Feb\n7,0,10,0,0,0\n";
        var exception = await Intake.FailsAsync(Intake.Utf8(csv), Wide());
        Assert.Equal(FileProblem.MissingColumns, exception.Problem);
        Assert.Contains("period 2024-02: column 'Balance Feb'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AccountFields_AreKeptPerAccount()
    {
        var csv = "Account,Status Jan,Balance Jan,Paid Jan,Status Feb,Balance Feb,Paid Feb,Limit,Opened,Defaulted\n7,0,10,0,0,10,0,5e+05,15/03/2020,1\n";
        var mapping = Wide() with
        {
            DateOrder = DateOrder.DayMonthYear,
            AccountFields =
            [
                new AccountFieldColumn("credit_limit", "Limit", FieldKind.Amount),
                new AccountFieldColumn("opened", "Opened", FieldKind.Date),
                new AccountFieldColumn("defaulted", "Defaulted", FieldKind.Flag),
            ],
        };
        var result = await Intake.ReadCsvAsync(csv, mapping);
        Assert.Equal(["credit_limit=500000.00", "opened=2020-03-15", "defaulted=true"], result.AccountFields.Select(f => f.Name + "=" + f.Text));
        Assert.Equal(Money.Of(500000m, Currency.SaudiRiyal), result.AccountFields[0].Amount);
        Assert.Equal(new LocalDate(2020, 3, 15), result.AccountFields[1].Date);
        Assert.True(result.AccountFields[2].Flag);
        Assert.Equal(1, result.Report.CountOf(NormalisationRule.ScientificNotation));
    }
}
