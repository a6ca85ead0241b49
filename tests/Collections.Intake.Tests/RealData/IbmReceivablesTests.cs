using System.Globalization;
using Collections.TestKit;

namespace Collections.Intake.Tests.RealData;

/// <summary>The bundled IBM "late payment histories" invoices read with samples/Collections.Samples.Assessment/ibm-receivables.mapping.json,
/// checked against plain loops over the same file.</summary>
public sealed class IbmReceivablesTests
{
    private static Task<IntakeResult> ReadAsync() => PortfolioFileReader.ReadAsync(
        RepositoryFiles.IbmReceivables,
        IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "ibm-receivables.mapping.json")),
        cancellationToken: TestContext.Current.CancellationToken);

    private static (string[] Header, string[][] Rows) Cells()
    {
        var lines = File.ReadAllLines(RepositoryFiles.IbmReceivables);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    /// <summary>M/D/YYYY, read with the invariant culture's own parser (not the library's).</summary>
    private static LocalDate MonthFirst(string text) =>
        LocalDate.FromDateTime(DateTime.ParseExact(text, "M/d/yyyy", CultureInfo.InvariantCulture));

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_Ibm_Gives2466SettledItemsOn100Accounts()
    {
        var result = await ReadAsync();

        Assert.True(result.IsAccepted);
        Assert.Equal((2_466, 2_466, 0), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Equal(2_466, result.Portfolio.Items.Length);
        Assert.Equal(100, result.Portfolio.Accounts.Length);
        Assert.All(result.Portfolio.Items, i => Assert.NotNull(i.SettledOn));
        Assert.Equal("f5d488eaa4c1cc843b478b6f1068c553c5394aab4b64d587e4b9ad811d845c19", result.Sha256);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_Ibm_KeepsInvoiceNumbersWithTheirLeadingZeros()
    {
        var (header, rows) = Cells();
        var invoice = Array.IndexOf(header, "invoiceNumber");
        var result = await ReadAsync();

        Assert.Equal(rows.Select(r => r[invoice]), result.Portfolio!.Items.Select(i => i.Id.Value));
        Assert.Contains(result.Portfolio.Items, i => i.Id.Value == "0000611365");
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_Ibm_AmountsSumExactlyToAPlainLoopsSum()
    {
        var (header, rows) = Cells();
        var amount = Array.IndexOf(header, "InvoiceAmount");
        var expected = 0m;
        foreach (var row in rows)
        {
            expected += decimal.Parse(row[amount], NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        var result = await ReadAsync();
        var total = result.Portfolio!.Items.Aggregate(Money.Zero(Currency.UsDollar), (sum, item) => sum + item.Amount);
        Assert.Equal(expected, total.Amount);
    }

    [Fact]
    public async Task ReadAsync_Ibm_DatesDisputesAndLatenessMatchAPlainLoop()
    {
        var (header, rows) = Cells();
        int Column(string name) => Array.IndexOf(header, name);
        var result = await ReadAsync();
        var items = result.Portfolio!.Items;

        Assert.Equal(rows.Select(r => MonthFirst(r[Column("InvoiceDate")])), items.Select(i => i.IssuedOn!.Value));
        Assert.Equal(rows.Select(r => MonthFirst(r[Column("DueDate")])), items.Select(i => i.DueOn));
        Assert.Equal(rows.Select(r => MonthFirst(r[Column("SettledDate")])), items.Select(i => i.SettledOn!.Value));
        Assert.Equal(rows.Select(r => r[Column("Disputed")] == "Yes"), items.Select(i => i.IsDisputed));
        Assert.Equal(561, items.Count(i => i.IsDisputed));

        // DaysLate in the file is max(0, settled − due); the library's dates must give the same lateness.
        Assert.Equal(
            rows.Select(r => int.Parse(r[Column("DaysLate")], CultureInfo.InvariantCulture)),
            items.Select(i => Math.Max(0, DaysPastDue.Between(i.DueOn, i.SettledOn!.Value).Value)));
        Assert.All(result.Portfolio.Accounts, a => Assert.False(a.HasOpenDispute)); // every item is settled
    }

    [Fact]
    public async Task ReadAsync_Ibm_FirstRowAndAccountFieldsAreAsInTheFile()
    {
        // 391,0379-NEVHP,4/6/2013,0000611365,1/2/2013,2/1/2013,55.94,No,1/15/2013,...
        var result = await ReadAsync();
        var first = result.Portfolio!.Items[0];
        Assert.Equal(("0379-NEVHP", new LocalDate(2013, 1, 2), new LocalDate(2013, 2, 1), 5594L, new LocalDate(2013, 1, 15)), (first.AccountId.Value, first.IssuedOn, first.DueOn, first.Amount.MinorUnits, first.SettledOn!.Value));
        var fields = result.AccountFields.Where(f => f.AccountId.Value == "0379-NEVHP").ToDictionary(f => f.Name);
        Assert.Equal("391", fields["country_code"].Text);
        Assert.Equal(new LocalDate(2013, 4, 6), fields["paperless_since"].Date);
    }

    [Fact]
    public async Task ReadAsync_Ibm_ReportShowsTheAssumedCurrencyNote()
    {
        var result = await ReadAsync();
        Assert.Contains(result.Report.Notes, n => n.Code == "mapping" && n.Text.English.StartsWith("ASSUMED CURRENCY", StringComparison.Ordinal) && n.Text.English.Contains("USD", StringComparison.Ordinal));
        Assert.Contains("ASSUMED CURRENCY", result.Report.Describe(Language.English), StringComparison.Ordinal);
    }
}
