using System.Collections.Immutable;
using Collections.TestKit;

namespace Collections.Intake.Tests.Mapping;

/// <summary>A mapping file is checked as a whole and every bad field is named by its JSON path.</summary>
public sealed class IntakeMappingTests
{
    private static IReadOnlyList<string> Violations(string json)
    {
        var exception = Assert.Throws<IntakeMappingException>(() => IntakeMapping.Parse(json));
        Assert.False(IntakeMapping.TryParse(json, out var mapping, out var violations));
        Assert.Null(mapping);
        Assert.Equal(exception.Violations, violations);
        return violations;
    }

    [Fact]
    public void Parse_CompleteLedgerMapping_ReadsEveryField()
    {
        var mapping = IntakeMapping.Parse("""
            {
              // comments and trailing commas are allowed in hand-written mappings
              "shape": "ledger",
              "creditorId": "bank-1",
              "currency": "sar",
              "encoding": "windows-1256",
              "delimiter": ";",
              "sheet": "Data",
              "headerRow": 3,
              "decimalSeparator": ",",
              "dateOrder": "dmy",
              "calendar": "umm-al-qura",
              "excelSerialDates": true,
              "phoneRegion": "ae",
              "recogniseHeaders": false,
              "columns": { "account": "رقم الحساب", "item": "رقم الفاتورة", "dueDate": "تاريخ الاستحقاق", "amount": "المبلغ" },
              "accountFields": [ { "name": "branch", "column": "الفرع", "kind": "text" } ],
              "notes": "The currency is assumed.",
            }
            """);
        Assert.Equal(IntakeShape.Ledger, mapping.Shape);
        Assert.Equal(new CreditorId("bank-1"), mapping.CreditorId);
        Assert.Equal(Currency.SaudiRiyal, mapping.Currency);
        Assert.Equal(IntakeEncoding.Windows1256, mapping.Encoding);
        Assert.Equal(';', mapping.Delimiter);
        Assert.Equal("Data", mapping.SheetName);
        Assert.Equal(3, mapping.HeaderRow);
        Assert.Equal(',', mapping.DecimalSeparator);
        Assert.Equal(DateOrder.DayMonthYear, mapping.DateOrder);
        Assert.Equal(CalendarSystem.UmAlQura, mapping.Calendar);
        Assert.True(mapping.ExcelSerialDates);
        Assert.Equal("AE", mapping.PhoneRegion);
        Assert.False(mapping.RecogniseHeaders);
        Assert.Equal("رقم الحساب", mapping.Columns[ColumnRole.Account]);
        Assert.Equal(4, mapping.Columns.Count);
        Assert.Equal(new AccountFieldColumn("branch", "الفرع", FieldKind.Text), Assert.Single(mapping.AccountFields));
        Assert.Equal("The currency is assumed.", Assert.Single(mapping.Notes));
    }

    [Fact]
    public void Parse_WideMapping_ReadsThePeriods()
    {
        var mapping = IntakeMapping.Parse("""
            { "shape": "snapshots-wide", "statusUnit": "months", "columns": { "account": "ID" },
              "periods": [ { "period": "2005-09", "status": "PAY_0", "balance": "BILL_AMT1", "payment": "PAY_AMT1" },
                           { "period": "2005-08", "status": "PAY_2", "balance": "BILL_AMT2" } ] }
            """);
        Assert.Equal(StatusUnit.Months, mapping.StatusUnit);
        Assert.Equal(new WidePeriodColumns(new YearMonth(2005, 9), "PAY_0", "BILL_AMT1", "PAY_AMT1"), mapping.Periods[0]);
        Assert.Null(mapping.Periods[1].Payment);
    }

    [Theory]
    [InlineData("""{ "shape": "ledger", "shap": "x" }""", "$.shap: unknown property")]
    [InlineData("""{ "shape": "journal" }""", "$.shape: unknown value 'journal'; one of ledger, snapshots-long, snapshots-wide")]
    [InlineData("""{ "currency": "SAR" }""", "$.shape: missing")]
    [InlineData("""{ "shape": "ledger", "columns": { "acount": "A" } }""", "$.columns.acount: unknown column role 'acount'")]
    [InlineData("""{ "shape": "ledger", "columns": { "account": "" } }""", "$.columns.account: must be the column's header text")]
    [InlineData("""{ "shape": "ledger", "dateOrder": "ymd" }""", "$.dateOrder: unknown value 'ymd'; one of iso, dmy, mdy")]
    [InlineData("""{ "shape": "ledger", "currency": "XYZ" }""", "$.currency: 'XYZ' is not a known ISO 4217 currency code")]
    [InlineData("""{ "shape": "ledger", "calendar": "julian" }""", "$.calendar: unknown value 'julian'")]
    [InlineData("""{ "shape": "ledger", "encoding": "latin-1" }""", "$.encoding: unknown value 'latin-1'")]
    [InlineData("""{ "shape": "ledger", "phoneRegion": "ZZ" }""", "the phone region 'ZZ' is not a region libphonenumber knows")]
    [InlineData("""{ "shape": "ledger", "delimiter": ";;" }""", "$.delimiter: must be a string of one character")]
    [InlineData("""{ "shape": "ledger", "decimalSeparator": "x" }""", "the decimal separator must be '.' or ','")]
    [InlineData("""{ "shape": "ledger", "excelSerialDates": "yes" }""", "$.excelSerialDates: must be true or false")]
    [InlineData("""{ "shape": "ledger", "statusUnit": "weeks" }""", "$.statusUnit: unknown value 'weeks'")]
    [InlineData("""{ "shape": "ledger", "columns": { "period": "Month" } }""", "column role 'period' is not used by shape 'ledger'")]
    [InlineData("""{ "shape": "ledger", "columns": { "mobile": "Phone", "phone": "phone" } }""", "column roles 'mobile' and 'phone' both name the header 'phone'")]
    [InlineData("""{ "shape": "snapshots-wide" }""", "shape 'snapshots-wide' needs the list of periods")]
    [InlineData("""{ "shape": "ledger", "periods": [ { "period": "2005-09", "status": "S", "balance": "B" } ] }""", "periods are only used by shape 'snapshots-wide'")]
    [InlineData("""{ "shape": "snapshots-wide", "periods": [ { "period": "2005-13", "status": "S", "balance": "B" } ] }""", "$.periods[0].period: '2005-13' is not a month written YYYY-MM")]
    [InlineData("""{ "shape": "snapshots-wide", "periods": [ { "period": "2005-09", "status": "S" } ] }""", "$.periods[0]: needs both 'status' and 'balance' column headers")]
    [InlineData("""{ "shape": "ledger", "accountFields": [ { "name": "x", "column": "X", "kind": "money" } ] }""", "$.accountFields[0].kind: unknown value 'money'")]
    [InlineData("""{ "shape": "ledger", "accountFields": [ { "name": "x", "column": "X", "kind": "text" }, { "name": "x", "column": "Y", "kind": "text" } ] }""", "field 'x' is declared more than once")]
    [InlineData("""{ "shape": "ledger", "notes": [ 1 ] }""", "$.notes: must be a string or an array of non-empty strings")]
    [InlineData("""{ "shape": "ledger", "shape": "ledger" }""", "$.shape: the property appears more than once")]
    [InlineData("""[ "ledger" ]""", "$: a mapping must be a JSON object")]
    [InlineData("""{ "shape": "ledger", "headerRow": 0 }""", "$.headerRow: must be a whole number from 1")]
    public void Parse_BadField_IsNamedByItsPath(string json, string expected) =>
        Assert.Contains(Violations(json), v => v.Contains(expected, StringComparison.Ordinal));

    [Fact]
    public void Parse_MalformedJson_NamesLineAndPosition()
    {
        var violation = Assert.Single(Violations("{\n  \"shape\": \"ledger\",\n  \"currency\" \"SAR\"\n}"));
        Assert.StartsWith("$: not valid JSON at line 3, position", violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadFields_AreAllListedAtOnce()
    {
        var violations = Violations("""{ "shape": "ledger", "currency": "XYZ", "dateOrder": "ymd", "columns": { "acount": "A" }, "extra": 1 }""");
        Assert.Equal(4, violations.Count);
    }

    [Fact]
    public void Load_MissingFile_IsAnIOError() =>
        Assert.Throws<FileNotFoundException>(() => IntakeMapping.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")));

    [Fact]
    public void Load_BadFile_NamesTheFileInTheMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".mapping.json");
        File.WriteAllText(path, """{ "shape": "ledgr" }""");
        try
        {
            var exception = Assert.Throws<IntakeMappingException>(() => IntakeMapping.Load(path));
            Assert.Contains(path, exception.Message, StringComparison.Ordinal);
            Assert.Contains("$.shape: unknown value 'ledgr'", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_SampleMappings_AreValidAndTheIbmOneSaysItsCurrencyIsAssumed()
    {
        var uci = IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "uci-credit-card.mapping.json"));
        Assert.Equal(IntakeShape.SnapshotsWide, uci.Shape);
        Assert.Equal("TWD", uci.Currency?.Code);
        Assert.Equal(6, uci.Periods.Length);

        var ibm = IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "ibm-receivables.mapping.json"));
        Assert.Equal(IntakeShape.Ledger, ibm.Shape);
        Assert.Equal(DateOrder.MonthDayYear, ibm.DateOrder);
        Assert.Contains(ibm.Notes, n => n.Contains("assumed", StringComparison.OrdinalIgnoreCase) && n.Contains(ibm.Currency!.Value.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MappingBuiltInCode_ListsEveryProblem()
    {
        var mapping = IntakeMapping.ForShape(IntakeShape.SnapshotsLong) with
        {
            DecimalSeparator = ';',
            Columns = ImmutableDictionary<ColumnRole, string>.Empty.Add(ColumnRole.Item, "Invoice"),
        };
        var violations = mapping.Validate();
        Assert.Equal(2, violations.Count);
    }
}
