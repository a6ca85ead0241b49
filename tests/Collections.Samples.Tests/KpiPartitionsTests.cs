using Collections.Samples.KpiPartitions;

namespace Collections.Samples.Tests;

/// <summary>The KPI-partitions sample, run small in-process: partitions merged equal one pass, figures printed in both languages.</summary>
public sealed class KpiPartitionsTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KpiPartitionsApp.RunAsync(args, output, error, outputRedirected: true, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task SmallRun_ThreePartitions_MergedEqualsOnePass_PrintsEveryFigureWithBothTitles()
    {
        var state = Path.Combine(Path.GetTempPath(), "kpi-partitions-test-" + Guid.NewGuid().ToString("N"));

        var (exit, output, error) = await RunAsync("--attempts", "30000", "--partitions", "3", "--seed", "7", "--state-dir", state);

        Assert.True(exit == 0, error + output);
        Assert.Contains("merged = one pass", output, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(state, "partition-*.kpistate").Length);
        Assert.All(
            Kpi.KpiCatalog.Default.Definitions.Where(d => d.Source == Kpi.KpiSource.Accumulator),
            d =>
            {
                Assert.Contains(d.Title.English, output, StringComparison.Ordinal);
                Assert.Contains(d.Title.Arabic, output, StringComparison.Ordinal);
            });
        Assert.Contains("[####################] 100%", output, StringComparison.Ordinal); // progress
        Assert.Contains("Timings:", output, StringComparison.Ordinal);
        Directory.Delete(state, recursive: true);
    }

    [Fact]
    public async Task Help_PrintsTheUsage_ExitCode0()
    {
        var (exit, output, _) = await RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage: collections-kpi-partitions", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "--bogus")]
    [InlineData("--seed", "--help")]
    [InlineData("--partitions", "-h")]
    public async Task Help_AnywhereWinsOverBadArguments_ExitCode0(string first, string second)
    {
        var (exit, output, error) = await RunAsync(first, second);

        Assert.Equal(0, exit);
        Assert.Contains("Usage: collections-kpi-partitions", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task StateDir_AFile_ExitCode2BeforeAnythingIsGenerated()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exit, output, error) = await RunAsync("--attempts", "100", "--state-dir", file);

            Assert.Equal(2, exit);
            Assert.Contains($"--state-dir: '{file}' is a file; give a folder (created if missing).", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Generating", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--attempts", "many", "--attempts: 'many' is not a whole number from 1 to 200,000,000.")]
    [InlineData("--attempts", "1,2", "--attempts: '1,2' is not a whole number from 1 to 200,000,000.")]
    [InlineData("--partitions", "0", "--partitions: '0' is not a whole number from 1 to 64.")]
    [InlineData("--colour", "red", "--colour: unknown option")]
    public async Task BadArgument_ExitCode2_NamesTheOptionAndValue(string option, string value, string expected)
    {
        var (exit, _, error) = await RunAsync(option, value);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(PartitionsArguments.HelpHint, error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", error, StringComparison.Ordinal); // the hint, not the whole usage
    }
}
