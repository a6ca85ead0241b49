namespace Collections.Intake.Tests.Mapping;

/// <summary>Without a mapping entry, common English and Arabic headers are recognised; a mapping entry always wins.</summary>
public sealed class HeaderRecognitionTests
{
    [Theory]
    [InlineData("رقم الحساب", "account")]
    [InlineData("رَقْم الحِسَاب", "account")]   // with diacritics
    [InlineData("رقم الحسـاب", "account")]     // with tatweel
    [InlineData("Account No.", "account")]
    [InlineData("ACCOUNT_NUMBER", "account")]
    [InlineData("الاسم", "name")]
    [InlineData("اسم العميل", "name")]
    [InlineData("المبلغ", "amount")]
    [InlineData("تاريخ الاستحقاق", "dueDate")]
    [InlineData("تاريخ الفاتورة", "issueDate")]
    [InlineData("Due Date", "dueDate")]
    [InlineData("الجوال", "mobile")]
    [InlineData("رقم الجوال", "mobile")]
    [InlineData("Mobile", "mobile")]
    [InlineData("Phone", "phone")]
    [InlineData("البريد الالكتروني", "email")]      // without the hamza
    [InlineData("البريد الإلكتروني", "email")]
    [InlineData("E-Mail", "email")]
    [InlineData("الرصيد", "openAmount")]          // in a ledger, the balance is the item's open amount
    [InlineData("Invoice No", "item")]
    public void RoleOf_CommonLedgerHeader_IsRecognised(string header, string role) =>
        Assert.Equal(role, HeaderSynonyms.RoleOf(header, IntakeShape.Ledger)?.Code);

    [Fact]
    public void RoleOf_BalanceInASnapshotFile_IsTheBalance() =>
        Assert.Equal(ColumnRole.Balance, HeaderSynonyms.RoleOf("الرصيد", IntakeShape.SnapshotsLong));

    [Fact]
    public void RoleOf_UnknownHeader_IsNone() => Assert.Null(HeaderSynonyms.RoleOf("PaperlessBill", IntakeShape.Ledger));

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_ArabicHeadersWithoutAMapping_ReadsTheLedger()
    {
        var csv = "رقم الحساب,اسم العميل,الجوال,رقم الفاتورة,تاريخ الفاتورة,تاريخ الاستحقاق,المبلغ,الرصيد\n"
            + "ح-1,محمد القحطاني,٠٥٥١٢٣٤٥٦٧,0001,2024-01-01,2024-01-31,١٬٢٠٠٫٥٠,200.00\n";
        var result = await Intake.ReadCsvAsync(csv, Intake.Ledger());

        Assert.True(result.Report.IsClean);
        var item = Assert.Single(result.Portfolio!.Items);
        Assert.Equal(new ItemId("0001"), item.Id);
        Assert.Equal(Money.Of(1200.50m, Currency.SaudiRiyal), item.Amount);
        Assert.Equal(Money.Of(200m, Currency.SaudiRiyal), item.OpenAmount);
        var debtor = Assert.Single(result.Portfolio.Debtors);
        Assert.Equal("محمد القحطاني", debtor.Name);
        Assert.Equal("+966551234567", Assert.Single(debtor.ContactPoints).Value);
        Assert.Contains(result.Report.Notes, n => n.Code == "columns" && n.Text.English.Contains("account number ← 'رقم الحساب' (A)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_MappingEntry_WinsOverTheSynonyms()
    {
        // "Amount" would be recognised as the amount; the mapping says the amount is in "Gross".
        var csv = "Account,Invoice,Due Date,Amount,Gross\nA1,I1,2024-01-31,1.00,2.00\n";
        var mapping = Intake.Ledger() with { Columns = Intake.Ledger().Columns.Add(ColumnRole.Amount, "Gross") };
        var result = await Intake.ReadCsvAsync(csv, mapping);
        Assert.Equal(200, Assert.Single(result.Portfolio!.Items).Amount.MinorUnits);
    }

    [Fact]
    public async Task ReadAsync_TwoColumnsThatCouldBeTheSameRole_IsRefusedNamingBoth()
    {
        var csv = "Account,Invoice,Due Date,Amount,Mobile,Mobile Number\nA1,I1,2024-01-31,1.00,0551234567,0551234568\n";
        var exception = await Intake.FailsAsync(Intake.Utf8(csv), Intake.Ledger());
        Assert.Equal(FileProblem.AmbiguousColumns, exception.Problem);
        Assert.Equal(1, exception.RowNumber);
        Assert.Contains("'Mobile' (E), 'Mobile Number' (F)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MappedHeaderThatAppearsTwice_IsRefused()
    {
        var csv = "Account,Invoice,Due Date,Amount,Amount\nA1,I1,2024-01-31,1.00,2.00\n";
        var mapping = Intake.Ledger() with { Columns = Intake.Ledger().Columns.Add(ColumnRole.Amount, "Amount") };
        var exception = await Intake.FailsAsync(Intake.Utf8(csv), mapping);
        Assert.Equal(FileProblem.AmbiguousColumns, exception.Problem);
        Assert.Contains("the column 'Amount' appears more than once (D, E)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RecognitionSwitchedOff_UsesOnlyTheMapping()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n";
        var mapping = Intake.Ledger() with { RecogniseHeaders = false, Columns = Intake.Ledger().Columns.Add(ColumnRole.Account, "Account") };
        var exception = await Intake.FailsAsync(Intake.Utf8(csv), mapping);
        Assert.Equal(FileProblem.MissingColumns, exception.Problem);
        Assert.Contains("the invoice or item number", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the due date", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the amount", exception.Message, StringComparison.Ordinal);
    }
}
