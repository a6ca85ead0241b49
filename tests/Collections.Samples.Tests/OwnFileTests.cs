using System.Text;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>A creditor's own small files, as a user would bring them: Arabic headers, no mapping, missing columns, bad rows.</summary>
public sealed class OwnFileTests
{
    // Arabic headers recognised without a mapping; day-first dates; a not-yet-due invoice; an invalid phone.
    private const string ArabicLedger =
        "رقم الحساب,الاسم,رقم الفاتورة,تاريخ الفاتورة,تاريخ الاستحقاق,المبلغ,الجوال\n" +
        "A1,محمد,F1,01/06/2025,01/07/2025,1500.00,0551234567\n" +
        "A1,محمد,F2,15/09/2025,15/10/2025,2000.00,0551234567\n" +
        "A2,سارة,F3,01/05/2025,31/05/2025,750.50,12345\n";

    [Fact]
    public async Task NoMapping_ArabicLedgerInWindows1256_AssessedWithTheDeclaredCurrencyAndDateOrder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = await WriteAsync(ArabicLedger, Encoding.GetEncoding(1256), ".csv");

        var run = await SampleRun.RunAsync(path, "--as-of", "2025-09-30", "--out", "{out}", "--currency", "SAR", "--date-order", "dmy", "--creditor", "شركة الاختبار");

        Assert.True(run.ExitCode == 0, run.Error);
        var aging = run.Figures.Aging.ToDictionary(a => a.Bucket);
        Assert.Equal(2000.00m, aging["current"].Balance);  // F2, due 2025-10-15: not yet due
        Assert.Equal(1500.00m, aging["91-120"].Balance);   // F1: 2025-09-30 − 2025-07-01 = 91 days
        Assert.Equal(750.50m, aging["121+"].Balance);      // F3: 2025-09-30 − 2025-05-31 = 122 days
        Assert.Equal("شركة الاختبار", run.Figures.Portfolio.Creditor);
        Assert.Equal(1, run.Figures.DataQuality.Warnings);
        Assert.Contains(run.Figures.DataQuality.WarningRows, w => w.Value == "12345");
    }

    [Fact]
    public async Task NoIssueDateColumn_NotYetDueInvoicesStayInTheDebtAsCurrent()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,F1,2025-08-01,1500.00\nA1,F2,2025-10-15,2000.00\n";
        var path = await WriteAsync(csv, new UTF8Encoding(false), ".csv");

        var run = await SampleRun.RunAsync(path, "--as-of", "2025-09-30", "--out", "{out}", "--currency", "SAR", "--date-order", "iso");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3500.00m, run.Figures.ReceivablesBaseline.TotalDebt);
        Assert.Equal(2000.00m, run.Figures.Aging.Single(a => a.Bucket == "current").Balance);
        Assert.Empty(run.Figures.LedgerHistory);
        Assert.DoesNotContain(run.Figures.DataQuality.Findings, f => f.Code == "uniform_terms");
    }

    [Fact]
    public async Task LedgerWithoutSettlementDates_HasNoMonthEndHistory_AndItsKpisAreNotApplicableNotZero()
    {
        var path = await WriteAsync(ArabicLedger, new UTF8Encoding(false), ".csv");

        var run = await SampleRun.RunAsync(path, "--as-of", "2025-09-30", "--out", "{out}", "--currency", "SAR", "--date-order", "dmy");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Figures.LedgerHistory);
        Assert.All(run.Figures.Kpis.Where(k => k.Id is "dso" or "cei" or "liquidation_rate" or "paying_accounts_rate"), k => Assert.Null(k.Baseline));
    }

    [Fact]
    public async Task EveryRowRejected_ExitCode3_ListsTheRejectedRows()
    {
        var csv = "Account,Invoice,Due Date,Amount\nA1,F1,someday,1500.00\nA2,F2,2025-10-15,lots\n";
        var path = await WriteAsync(csv, new UTF8Encoding(false), ".csv");

        var run = await SampleRun.RunAsync(path, "--as-of", "2025-09-30", "--out", "{out}", "--currency", "SAR", "--date-order", "iso");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no account could be read", run.Error, StringComparison.Ordinal);
        Assert.Contains("someday", run.Error, StringComparison.Ordinal);
        Assert.Contains("lots", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Directory));
    }

    [Fact]
    public async Task CurrencyDisagreeingWithTheMapping_ExitCode3_NamesTheOption()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}", "--currency", "USD");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--currency: 'USD' disagrees with the mapping file, which declares 'TWD'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedRun_LeavesThePreviousPackAsItWas()
    {
        var first = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");
        var before = Directory.GetFiles(first.Directory).ToDictionary(f => f, File.ReadAllBytes);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await Collections.Samples.Assessment.AssessmentApp.RunAsync(
            [SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-01-31", "--out", first.Directory], output, error, true, TestContext.Current.CancellationToken);

        Assert.Equal(3, exit);
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(first.Directory).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public async Task AsOfLongAfterTheData_Assessed_WithAWarningFinding()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2030-01-01", "--out", "{out}");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("2005-09", run.Figures.AgedPeriod);
        Assert.Contains(run.Figures.DataQuality.Findings, f => f.Code == "as_of_after_data" && f.Severity == "warning");
    }

    [Fact]
    public async Task LedgerAsOfBeforeTheFirstInvoice_ExitCode3_SaysWhenTheFirstWasIssued()
    {
        var run = await SampleRun.RunAsync(RepositoryFiles.IbmReceivables, "--mapping", SampleRun.IbmMapping, "--as-of", "2010-01-01", "--out", "{out}");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("before the first item was issued (2012-01-", run.Error, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(string text, Encoding encoding, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), "own-" + Guid.NewGuid().ToString("N") + extension);
        await File.WriteAllBytesAsync(path, encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray(), TestContext.Current.CancellationToken);
        return path;
    }
}
