namespace Collections.Intake.Tests.Reading;

/// <summary>Reading a ledger: items, accounts and debtors from distinct account numbers, contact points, the report.</summary>
public sealed class LedgerReadingTests
{
    private const string Header = "Account,Name,Mobile,Email,Invoice,Invoice Date,Due Date,Amount,Open Amount,Settled Date,Disputed\n";

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_SmallLedger_BuildsItemsAccountsAndDebtors()
    {
        var csv = Header
            + "A-1,Sara Al-Harbi,0551234567,Sara@Example.com,0000611365,2024-01-01,2024-01-31,\"1,000.00\",,2024-02-10,No\n"
            + "A-1,Sara Al-Harbi,0551234567,,0000611366,2024-02-01,2024-03-02,250.50,250.50,,Yes\n"
            + "B-2,Omar,+966 50 000 0001,,0000611367,2024-01-15,2024-02-14,(75.25),,,No\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        Assert.True(result.IsAccepted);
        Assert.True(result.Report.IsClean);
        Assert.Equal(3, result.Report.RowsRead);
        Assert.Equal(3, result.Report.RowsAccepted);
        var portfolio = result.Portfolio;
        Assert.Equal(Intake.Creditor, portfolio.CreditorId);
        Assert.Equal(["0000611365", "0000611366", "0000611367"], portfolio.Items.Select(i => i.Id.Value));
        Assert.Equal(["A-1", "B-2"], portfolio.Accounts.Select(a => a.Id.Value));
        Assert.Equal(["A-1", "B-2"], portfolio.Debtors.Select(d => d.Id.Value)); // no debtor column: the account number stands for the debtor

        var first = portfolio.Items[0];
        Assert.Equal(new LocalDate(2024, 1, 1), first.IssuedOn);
        Assert.Equal(new LocalDate(2024, 1, 31), first.DueOn);
        Assert.Equal(Money.Of(1000m, Currency.SaudiRiyal), first.Amount);
        Assert.Null(first.OpenAmount);
        Assert.Equal(new LocalDate(2024, 2, 10), first.SettledOn);
        Assert.False(first.IsDisputed);
        Assert.True(portfolio.Items[1].IsDisputed);
        Assert.Equal(Money.Of(-75.25m, Currency.SaudiRiyal), portfolio.Items[2].Amount); // (75.25) is a credit note

        Assert.True(portfolio.Accounts[0].HasOpenDispute); // 0000611366 is disputed and still open
        Assert.False(portfolio.Accounts[1].HasOpenDispute);

        var sara = portfolio.Debtors[0];
        Assert.Equal("Sara Al-Harbi", sara.Name);
        Assert.Equal(["+966551234567", "Sara@example.com"], sara.ContactPoints.Select(c => c.Value));
        Assert.All(sara.ContactPoints, c => Assert.Equal(ContactPointStatus.Valid, c.Status));
        Assert.Equal("0551234567", sara.ContactPoints[0].OriginalText);
        Assert.Equal("+966500000001", Assert.Single(portfolio.Debtors[1].ContactPoints).Value);

        // Three cells rewritten to E.164 (the second row repeats the first's number), one amount with a thousands separator, one in parentheses.
        Assert.Equal(3, result.Report.CountOf(NormalisationRule.PhonesToE164));
        Assert.Equal(1, result.Report.CountOf(NormalisationRule.ThousandsSeparators));
        Assert.Equal(1, result.Report.CountOf(NormalisationRule.ParenthesesNegative));
    }

    [Fact]
    public async Task ReadAsync_InputIdentity_IsReportedWithTheSha256OfTheBytes()
    {
        var bytes = Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n");
        var result = await Intake.ReadAsync(bytes, Intake.Ledger(), fileName: "creditor.csv");
        Assert.Equal("creditor.csv", result.FileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.Sha256);
        Assert.Equal(bytes.Length, result.ByteCount);
        Assert.Equal(IntakeFormat.Csv, result.Format);
        Assert.Equal(IntakeShape.Ledger, result.Shape);
        Assert.Null(result.SheetName);
    }

    [Fact]
    public async Task ReadAsync_NoIssueDateColumn_LeavesTheIssueDateUnknownAndSaysSo()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n", Intake.Ledger());
        var item = Assert.Single(result.Portfolio!.Items);
        Assert.Null(item.IssuedOn);
        Assert.Equal(Money.Of(1.00m, item.Amount.Currency), item.OpenAmountOn(new LocalDate(2024, 1, 15)));
        Assert.Contains(result.Report.Notes, n => n.Code == "issue_date_missing");
    }

    [Fact]
    public async Task ReadAsync_DuplicateInvoiceNumber_RejectsTheLaterRowNamingTheFirst()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,0007,2024-01-31,1.00\nA2,0008,2024-01-31,2.00\nA3,0007,2024-01-31,3.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        var error = Intake.SingleError(result);
        Assert.Equal(4, error.RowNumber);
        Assert.Equal("Invoice", error.Column);
        Assert.Equal("B4", error.CellReference);
        Assert.Equal("0007", error.Value);
        Assert.Equal(IntakeIssueCode.DuplicateItem, error.Code);
        Assert.Contains("already appears on row 2", error.Reason.English, StringComparison.Ordinal);
        Assert.Equal(["0007", "0008"], result.Portfolio!.Items.Select(i => i.Id.Value));
        Assert.DoesNotContain(result.Portfolio.Accounts, a => a.Id.Value == "A3"); // nothing of the rejected row is kept
    }

    [Fact]
    public async Task ReadAsync_DueDateBeforeIssueDate_RejectsTheRow()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Invoice Date,Due Date,Amount\nA1,I1,2024-02-01,2024-01-31,1.00\n", Intake.Ledger());
        var error = Intake.SingleError(result);
        Assert.Equal(IntakeIssueCode.DueBeforeIssue, error.Code);
        Assert.Equal("Due Date", error.Column);
        Assert.Equal("The due date 2024-01-31 is before the issue date 2024-02-01.", error.Reason.English);
        Assert.Empty(result.Portfolio!.Items);
    }

    [Fact]
    public async Task ReadAsync_EveryProblemInARow_IsListed()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount,Disputed\n,I1,2024-02-30,12.345,maybe\n", Intake.Ledger());
        Assert.Equal(
            [IntakeIssueCode.MissingValue, IntakeIssueCode.InvalidDate, IntakeIssueCode.TooManyDecimals, IntakeIssueCode.InvalidFlag],
            result.Report.Errors.Select(e => e.Code));
        Assert.All(result.Report.Errors, e => Assert.Equal(2, e.RowNumber));
        Assert.Equal([2], result.Report.RejectedRows);
    }

    [Fact]
    public async Task ReadAsync_InvalidPhone_KeepsTheRowAndTheNumberFlagged()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount,Mobile\nA1,I1,2024-01-31,1.00,05123\n", Intake.Ledger());

        Assert.True(result.Report.IsClean);
        Assert.Single(result.Portfolio!.Items);
        var contact = Assert.Single(Assert.Single(result.Portfolio.Debtors).ContactPoints);
        Assert.Equal(ContactPointStatus.Invalid, contact.Status);
        Assert.Equal("05123", contact.Value);
        Assert.Contains("too short", contact.Note, StringComparison.Ordinal);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal((2, "Mobile", "E2", "05123", IntakeIssueCode.InvalidPhone), (warning.RowNumber, warning.Column, warning.CellReference, warning.Value, warning.Code));
    }

    [Fact]
    public async Task ReadAsync_CurrencyColumn_SetsEachAccountsCurrencyAndRefusesAMixedAccount()
    {
        var csv = "Account,Invoice,Due Date,Amount,Currency\nA1,I1,2024-01-31,1.500,KWD\nA1,I2,2024-01-31,2.00,SAR\nB1,I3,2024-01-31,3.00,sar\nC1,I4,2024-01-31,4.00,XYZ\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        Assert.Equal([IntakeIssueCode.ConflictingCurrency, IntakeIssueCode.UnknownCurrency], result.Report.Errors.Select(e => e.Code));
        Assert.Equal("Account A1 is in KWD (row 2) but this row is in SAR.", result.Report.Errors[0].Reason.English);
        Assert.Equal(["KWD", "SAR"], result.Portfolio!.Accounts.Select(a => a.Currency.Code));
        Assert.Equal(1500, result.Portfolio.Items[0].Amount.MinorUnits); // three decimals are fils in KWD
    }

    [Fact]
    public async Task ReadAsync_DebtorColumn_GroupsAccountsAndRefusesAnAccountWithTwoDebtors()
    {
        var csv = "Account,Debtor ID,Invoice,Due Date,Amount\nA1,1010,I1,2024-01-31,1.00\nA2,1010,I2,2024-01-31,1.00\nA1,2020,I3,2024-01-31,1.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        var error = Intake.SingleError(result);
        Assert.Equal(IntakeIssueCode.ConflictingDebtor, error.Code);
        Assert.Equal(4, error.RowNumber);
        var debtor = Assert.Single(result.Portfolio!.Debtors);
        Assert.Equal("1010", debtor.Id.Value);
        Assert.All(result.Portfolio.Accounts, a => Assert.Equal(debtor.Id, a.DebtorId));
    }

    [Fact]
    public async Task ReadAsync_DifferentNameOnALaterRow_KeepsTheFirstWithAWarning()
    {
        var csv = "Account,Name,Invoice,Due Date,Amount\nA1,Sara,I1,2024-01-31,1.00\nA1,Sarah,I2,2024-01-31,1.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());
        Assert.Equal("Sara", Assert.Single(result.Portfolio!.Debtors).Name);
        var warning = Assert.Single(result.Report.Warnings);
        Assert.Equal(IntakeIssueCode.ConflictingValue, warning.Code);
        Assert.Equal(3, warning.RowNumber);
    }

    [Fact]
    public async Task ReadAsync_RowWithTheWrongNumberOfFields_IsRejected()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31\nA2,I2,2024-01-31,2.00,\nA3,I3,2024-01-31,3.00,extra\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        Assert.Equal([2, 4], result.Report.RejectedRows); // a trailing empty field (row 3) is harmless
        Assert.Equal("The row has 3 fields but the header has 4.", result.Report.Errors[0].Reason.English);
        Assert.Null(result.Report.Errors[0].Column);
        Assert.Equal(["I2"], result.Portfolio!.Items.Select(i => i.Id.Value));
    }

    [Fact]
    public async Task ReadAsync_BlankRows_AreCountedNotRejected()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n\n,,,\nA2,I2,2024-01-31,2.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());
        Assert.Equal(4, result.Report.RowsRead);
        Assert.Equal(2, result.Report.BlankRowsSkipped);
        Assert.Equal(2, result.Report.RowsAccepted);
        Assert.Equal(0, result.Report.RowsRejected);
    }

    [Fact]
    public async Task ReadAsync_QuotedFieldWithALineBreak_CountsAsOneRow()
    {
        var csv = "Account,Name,Invoice,Due Date,Amount\nA1,\"Line one\nline two\",I1,2024-01-31,1.00\nA2,B,I2,2024-01-31,x\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());
        Assert.Equal(3, Intake.SingleError(result).RowNumber); // as Excel numbers the rows
    }

    [Fact]
    public async Task ReadAsync_StrictModeWithARejectedRow_GivesNoPortfolioButTheWholeReport()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\nA2,I2,not a date,2.00\nA3,I3,2024-01-31,3.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger(), new IntakeOptions { Strict = true });

        Assert.False(result.IsAccepted);
        Assert.Null(result.Portfolio);
        Assert.True(result.Strict);
        Assert.Equal((3, 2, 1), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Equal(IntakeIssueCode.InvalidDate, Intake.SingleError(result).Code);
    }

    [Fact]
    public async Task ReadAsync_StrictModeWithoutRejections_GivesThePortfolio()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n", Intake.Ledger(), new IntakeOptions { Strict = true });
        Assert.True(result.IsAccepted);
    }

    [Fact]
    public async Task ReadAsync_Progress_IsReportedEveryIntervalAndAtTheEnd()
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"A{i},I{i},2024-01-31,1.00\n"));
        var bytes = Intake.Utf8("Account,Invoice,Due Date,Amount\n" + rows);
        var progress = new RecordingProgress();
        await Intake.ReadAsync(bytes, Intake.Ledger(), new IntakeOptions { ProgressInterval = 10 }, progress: progress);

        Assert.Equal([10L, 20L, 25L], progress.Reports.Select(p => p.RowsRead));
        Assert.All(progress.Reports, p => Assert.Equal(bytes.Length, p.TotalBytes));
        Assert.Equal(1d, progress.Reports[^1].Fraction);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        using var stream = new MemoryStream(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PortfolioFileReader.ReadAsync(stream, "f.csv", Intake.Ledger(), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task ReadAsync_NothingDeclared_ListsEveryMissingDeclaration()
    {
        using var stream = new MemoryStream(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"));
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => PortfolioFileReader.ReadAsync(stream, "f.csv", IntakeMapping.ForShape(IntakeShape.Ledger), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("no creditor id", exception.Message, StringComparison.Ordinal);
        Assert.Contains("no currency", exception.Message, StringComparison.Ordinal);
        Assert.Contains("no date order", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MappingAndOptionsDisagree_IsRefused()
    {
        using var stream = new MemoryStream(Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"));
        var options = new IntakeOptions { Currency = Currency.UsDollar, DateOrder = DateOrder.Iso };
        var exception = await Assert.ThrowsAsync<ArgumentException>(() => PortfolioFileReader.ReadAsync(stream, "f.csv", Intake.Ledger(), options, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("the currency is 'SAR' in the mapping but 'USD' in the options", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_DeclarationsFromOptionsOnly_AreEnough()
    {
        var options = new IntakeOptions { CreditorId = new CreditorId("c"), Currency = Currency.SaudiRiyal, DateOrder = DateOrder.DayMonthYear };
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount\nA1,I1,02/01/2024,1.00\n", IntakeMapping.ForShape(IntakeShape.Ledger), options);
        Assert.Equal(new LocalDate(2024, 1, 2), Assert.Single(result.Portfolio!.Items).DueOn);
    }

    [Fact]
    public async Task Describe_Report_ListsCountsNotesAndIssuesInBothLanguages()
    {
        var result = await Intake.ReadCsvAsync("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,abc\n", Intake.Ledger());
        var english = result.Report.Describe(Language.English);
        var arabic = result.Report.Describe(Language.Arabic);
        Assert.Contains("file.csv: 1 rows read, 0 accepted, 1 rejected, 0 blank; 0 warnings.", english, StringComparison.Ordinal);
        Assert.Contains("Row 2, column 'Amount' (D2), value 'abc': 'abc' is not an amount.", english, StringComparison.Ordinal);
        Assert.Contains("السطر 2، العمود «Amount» (D2)، القيمة «abc»: «abc» ليس مبلغًا صالحًا.", arabic, StringComparison.Ordinal);
    }
}
