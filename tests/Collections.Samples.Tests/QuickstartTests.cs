using System.Text.Json;
using Collections.TestKit;
using MiniExcelLibs;

namespace Collections.Samples.Tests;

/// <summary>The README's first command, run in-process: the pack from the bundled extract.</summary>
public sealed class QuickstartTests
{
    private static readonly string[] BucketLabels = ["current", "1-30", "31-60", "61-90", "91-120", "121+"];

    [Fact]
    public async Task Quickstart_BundledExtract_WritesThePackAndSaysWhere()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(run.FiguresPath, run.Output, StringComparison.Ordinal);
        Assert.Contains(run.ReportPath, run.Output, StringComparison.Ordinal);
        Assert.Contains(run.SpreadsheetPath, run.Output, StringComparison.Ordinal);
        Assert.Contains(run.RoadmapPath, run.Output, StringComparison.Ordinal);
        Assert.Contains(run.FeeProposalPath, run.Output, StringComparison.Ordinal);
        Assert.Contains(run.NdaPath, run.Output, StringComparison.Ordinal);
        Assert.Contains("2,000 rows read: 2,000 accepted, 0 rejected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiguresJson_HasTheContractFields_AndExactlyTheSixBucketLabelsInOrder()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");
        using var json = JsonDocument.Parse(File.ReadAllText(run.FiguresPath));
        var root = json.RootElement;

        Assert.Equal("2005-09-30", root.GetProperty("as_of").GetString());
        Assert.Equal(BucketLabels, root.GetProperty("aging").EnumerateArray().Select(b => b.GetProperty("bucket").GetString()));
        Assert.All(root.GetProperty("aging").EnumerateArray(), b =>
        {
            Assert.Equal(JsonValueKind.Number, b.GetProperty("accounts").ValueKind);
            Assert.Equal(JsonValueKind.Number, b.GetProperty("balance").ValueKind);
        });
        Assert.Equal(JsonValueKind.Number, root.GetProperty("credit_balances").GetProperty("accounts").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("credit_balances").GetProperty("amount").ValueKind);
        var rolls = root.GetProperty("roll_rates").EnumerateArray().ToList();
        Assert.Equal(["2005-04", "2005-05", "2005-06", "2005-07", "2005-08"], rolls.Select(r => r.GetProperty("from").GetString()));
        Assert.Equal(["2005-05", "2005-06", "2005-07", "2005-08", "2005-09"], rolls.Select(r => r.GetProperty("to").GetString()));
        Assert.All(rolls, r => Assert.Equal(JsonValueKind.Object, r.GetProperty("accounts").ValueKind));
        foreach (var section in new[] { "segments", "cure_rates", "kpis", "data_quality", "receivables_baseline", "input", "roadmap", "fee_proposal", "nda" })
        {
            Assert.True(root.TryGetProperty(section, out _), $"figures.json has no '{section}'.");
        }
    }

    [Fact]
    public async Task Report_English_IsSelfContainedLeftToRight_WithInlineCharts()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");
        var html = File.ReadAllText(run.ReportPath);

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Report_Arabic_IsMarkedRightToLeft_AndUsesTheBriefsTerms()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}", "--lang", "ar");
        var html = File.ReadAllText(run.ReportPath);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("خط الأساس للذمم", html, StringComparison.Ordinal);
        Assert.Contains("أعمار الديون", html, StringComparison.Ordinal);
        Assert.Contains("معدل انتقال التأخر بين الفترات", html, StringComparison.Ordinal);
        Assert.Equal("ar", run.Figures.Language);
        using var workbook = System.IO.Compression.ZipFile.OpenRead(run.SpreadsheetPath);
        using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("rightToLeft=\"1\"", sheet.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spreadsheet_HasOneSheetPerSection_IncludingRejectedRows()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");

        var sheets = MiniExcel.GetSheetNames(run.SpreadsheetPath);

        Assert.Equal(["summary", "aging", "credit_balances", "segments", "roll_rates", "cure_rates", "ledger_history", "kpis", "data_quality", "roadmap", "fee_proposal", "rejected_rows", "warnings"], sheets);
        var aging = MiniExcel.Query(run.SpreadsheetPath, useHeaderRow: true, sheetName: "aging").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(6, aging.Count);
        Assert.Equal(run.Figures.Aging.Sum(b => b.Balance), aging.Sum(r => Convert.ToDecimal(r["balance"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task Figures_AreTheSameWhateverTheMachinesCulture()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");
        var expected = File.ReadAllText(RepositoryFiles.PathTo("tests", "Collections.Samples.Tests", "Golden", "quickstart-figures.json"));

        Assert.Equal(expected.ReplaceLineEndings(), File.ReadAllText(run.FiguresPath).ReplaceLineEndings());
    }
}
