using Collections.Samples.Assessment;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>Bad command lines and bad files get a clear message naming the argument, and nothing is written.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task NoArguments_ExitCode2_ListsEveryMissingArgument()
    {
        var run = await SampleRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FILE: the portfolio file is missing.", run.Error, StringComparison.Ordinal);
        Assert.Contains("--as-of: the assessment date is required", run.Error, StringComparison.Ordinal);
        Assert.Contains("--out: the output folder is required.", run.Error, StringComparison.Ordinal);
        Assert.Contains(AssessmentArguments.HelpHint, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Error, StringComparison.Ordinal); // the hint, not the whole usage
    }

    [Theory]
    [InlineData("--as-of", "2005-13-01", "--as-of: '2005-13-01' is not a calendar date")]
    [InlineData("--as-of", "2005-02-30", "--as-of: '2005-02-30' is not a calendar date")]
    [InlineData("--as-of", "30/09/2005", "--as-of: '30/09/2005' is not a date in the form YYYY-MM-DD.")]
    [InlineData("--lang", "fr", "--lang: 'fr' is not supported; use en or ar.")]
    [InlineData("--high-balance", "-5", "--high-balance: '-5' is not a positive amount")]
    public async Task BadValue_ExitCode2_NamesTheArgumentAndValue(string option, string value, string expected)
    {
        var args = new List<string> { SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = await SampleRun.RunAsync([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(run.Directory));
    }

    [Fact]
    public async Task Help_PrintsTheUsage_ExitCode0()
    {
        var run = await SampleRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: collections-assessment FILE --as-of", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedOption_ExitCode2_Refused()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--as-of", "2005-08-31", "--out", "{out}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of: given more than once.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutIsAnExistingFile_ExitCode2_AsksForAFolder()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", SampleRun.QuickstartExtract);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a file; give a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMapping_WithoutCurrencyAndDateOrder_RefusedBecauseTheyAreNeverGuessed()
    {
        var run = await SampleRun.RunAsync(RepositoryFiles.IbmReceivables, "--as-of", "2013-06-30", "--out", "{out}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --currency and --date-order", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsOfBeforeTheFirstSnapshotPeriod_ExitCode3_SaysWhichDateWouldWork()
    {
        var run = await SampleRun.RunAsync(SampleRun.QuickstartExtract, "--mapping", SampleRun.UciMapping, "--as-of", "2005-04-15", "--out", "{out}");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("2005-04-30", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Directory, "figures.json")));
    }

    [Fact]
    public async Task NotASpreadsheet_ExitCode3_WithIntakesMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], TestContext.Current.CancellationToken);

        var run = await SampleRun.RunAsync(path, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(path), run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(run.Directory, "figures.json")));
    }

    [Fact]
    public async Task Strict_WithARejectedRow_RefusesTheWholeFileNamingRowAndColumn()
    {
        var lines = File.ReadAllLines(SampleRun.QuickstartExtract).Take(11).ToList();
        lines[5] = lines[5].Replace(",2,", ",two,", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllLinesAsync(path, lines, TestContext.Current.CancellationToken);

        var run = await SampleRun.RunAsync(path, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}", "--strict");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("row 6", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(run.Directory, "figures.json")));
    }
}
