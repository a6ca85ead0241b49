using System.Globalization;
using Collections.TestKit;

namespace Collections.Intake.Tests.RealData;

/// <summary>The bundled UCI "default of credit card clients" file read with samples/Collections.Samples.Assessment/uci-credit-card.mapping.json,
/// checked against plain loops over the same file (no part of the library involved in the expected values).</summary>
public sealed class UciCreditCardTests
{
    private static readonly string[] StatusColumns = ["PAY_0", "PAY_2", "PAY_3", "PAY_4", "PAY_5", "PAY_6"];

    private static Task<IntakeResult> ReadAsync() => PortfolioFileReader.ReadAsync(
        RepositoryFiles.UciCreditCard,
        IntakeMapping.Load(RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "uci-credit-card.mapping.json")),
        cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>The file as plain cells: header and rows split on commas (the file has no quoted fields).</summary>
    private static (string[] Header, string[][] Rows) Cells()
    {
        var lines = File.ReadAllLines(RepositoryFiles.UciCreditCard);
        return (lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    private static decimal Number(string cell) => decimal.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_Uci_Gives30000AccountsAnd180000SnapshotsWithNothingRejected()
    {
        var result = await ReadAsync();

        Assert.True(result.IsAccepted);
        Assert.Equal((30_000, 30_000, 0, 0), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected, result.Report.Warnings.Length));
        Assert.Equal(30_000, result.Portfolio.Accounts.Length);
        Assert.Equal(180_000, result.Portfolio.Snapshots.Length);
        Assert.Equal(
            [new YearMonth(2005, 4), new YearMonth(2005, 5), new YearMonth(2005, 6), new YearMonth(2005, 7), new YearMonth(2005, 8), new YearMonth(2005, 9)],
            result.Portfolio.SnapshotPeriods);
        Assert.Equal([Currency.FromCode("TWD")], result.Portfolio.Currencies);
        Assert.Equal("420f0278ba235d05b0402a298a3c1e007bbb6bd722c8b234bb3b226847695244", result.Sha256); // as published in shared/data/README.md
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_Uci_CountsEveryScientificNotationCell()
    {
        var (header, rows) = Cells();
        var limit = Array.IndexOf(header, "LIMIT_BAL");
        var amounts = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("BILL_AMT", StringComparison.Ordinal) || x.h.StartsWith("PAY_AMT", StringComparison.Ordinal)).Select(x => x.i).ToArray();
        var inLimit = rows.Count(r => r[limit].Contains('e', StringComparison.OrdinalIgnoreCase));
        var inAmounts = rows.Sum(r => amounts.Count(i => r[i].Contains('e', StringComparison.OrdinalIgnoreCase)));
        Assert.Equal((4_150, 112), (inLimit, inAmounts)); // the counts the data README documents, found independently

        var result = await ReadAsync();
        Assert.Equal(inLimit + inAmounts, result.Report.CountOf(NormalisationRule.ScientificNotation));
        Assert.Equal(4_262, result.Report.CountOf(NormalisationRule.ScientificNotation));
    }

    [Fact]
    public async Task ReadAsync_Uci_BalancesPaymentsAndStatusesMatchAPlainLoop()
    {
        var (header, rows) = Cells();
        var result = await ReadAsync();
        var byPeriod = result.Portfolio!.Snapshots.ToLookup(s => s.Period);
        for (var p = 0; p < 6; p++)
        {
            var period = new YearMonth(2005, 9 - p);
            var status = Array.IndexOf(header, StatusColumns[p]);
            var bill = Array.IndexOf(header, "BILL_AMT" + (p + 1).ToString(CultureInfo.InvariantCulture));
            var paid = Array.IndexOf(header, "PAY_AMT" + (p + 1).ToString(CultureInfo.InvariantCulture));
            var snapshots = byPeriod[period].ToArray();

            Assert.Equal(rows.Sum(r => Number(r[bill])), snapshots.Sum(s => s.Balance.Amount));
            Assert.Equal(rows.Sum(r => Number(r[paid])), snapshots.Sum(s => s.Payment!.Value.Amount));
            Assert.Equal(rows.Count(r => int.Parse(r[status], CultureInfo.InvariantCulture) > 0), snapshots.Count(s => !s.DaysPastDue.IsCurrent));
            Assert.Equal(rows.Select(r => r[status]), snapshots.Select(s => s.ReportedStatus));
        }
    }

    [Fact]
    public async Task ReadAsync_Uci_FirstAccountIsAsInTheFile()
    {
        // ID 1: LIMIT_BAL 20000, PAY_0 2 (two months late in 2005-09), BILL_AMT1 3913, PAY_AMT1 0, default next month 1.
        var result = await ReadAsync();
        var september = result.Portfolio!.Snapshots.First(s => s.AccountId.Value == "1" && s.Period == new YearMonth(2005, 9));
        Assert.Equal(60, september.DaysPastDue.Value);
        Assert.Equal("2", september.ReportedStatus);
        Assert.Equal(Money.Of(3913m, Currency.FromCode("TWD")), september.Balance);
        Assert.Equal(Money.Zero(Currency.FromCode("TWD")), september.Payment);
        var fields = result.AccountFields.Where(f => f.AccountId.Value == "1").ToDictionary(f => f.Name, f => f.Text);
        Assert.Equal("20000.00", fields["credit_limit"]);
        Assert.Equal("24", fields["age"]);
        Assert.Equal("true", fields["defaulted_next_month"]);
        Assert.Equal(30_000 * 6, result.AccountFields.Length);
    }
}
