using System.Security.Cryptography;
using System.Text;
using Collections.Audit.Sqlite;
using Collections.Core.Audit;
using Collections.Samples.PolicyReplay;
using Microsoft.Data.Sqlite;
using NodaTime.Testing;

namespace Collections.Samples.Tests;

/// <summary>The contact-policy replay sample on a small seeded history: report in both languages, canonical policies, a verified SQLite audit log; bad input named.</summary>
public sealed class ContactPolicyReplaySampleTests
{
    private static readonly string[] Small = ["--attempts", "400", "--debtors", "40", "--months", "2", "--seed", "11"];

    private sealed record Run(int ExitCode, string Output, string Error, string Directory)
    {
        public string Report => Path.Combine(Directory, "replay-report.md");

        public string AuditLog => Path.Combine(Directory, "replay-audit.db");
    }

    private static async Task<Run> RunAsync(params string[] arguments)
    {
        var directory = Path.Combine(Path.GetTempPath(), "collections-replay-" + Guid.NewGuid().ToString("N"));
        var args = arguments.Append("--out").Append(directory).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 5, 9, 0), Duration.FromMilliseconds(1));
        var exit = await ReplayApp.RunAsync(args, output, error, outputRedirected: true, clock, TestContext.Current.CancellationToken);
        return new Run(exit, output.ToString(), error.ToString(), directory);
    }

    [Fact]
    public async Task OutFolderWithSemicolon_AuditLogIsWrittenThere_NotReadAsConnectionStringSyntax()
    {
        var directory = Path.Combine(Path.GetTempPath(), "collections-replay;Mode=Memory-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 7, 5, 9, 0), Duration.FromMilliseconds(1));

        var exit = await ReplayApp.RunAsync([.. Small, "--out", directory], output, error, outputRedirected: true, clock, TestContext.Current.CancellationToken);

        Assert.True(exit == 0, error.ToString());
        Assert.True(File.Exists(Path.Combine(directory, "replay-audit.db")));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Replay_SmallHistory_ReportInEnglishAndArabic_PoliciesAndAVerifiedAuditLog()
    {
        var run = await RunAsync(Small);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("History: 400 attempts to 40 debtors, 2026-01-04 to 2026-03-03 (seed 11)", run.Output, StringComparison.Ordinal);
        Assert.Contains("replay [####################] 100%  800 of 800", run.Output, StringComparison.Ordinal);
        Assert.Contains("verified intact", run.Output, StringComparison.Ordinal);
        var report = await File.ReadAllTextAsync(run.Report, TestContext.Current.CancellationToken);
        Assert.Contains("# Contact policy replay: example-finance-sa", report, StringComparison.Ordinal);
        Assert.Contains("<div dir=\"rtl\" lang=\"ar\">", report, StringComparison.Ordinal);
        Assert.Contains("# إعادة تطبيق سياسة التواصل: example-finance-sa", report, StringComparison.Ordinal);
        Assert.Contains("## Newly refused by the proposed version: ", report, StringComparison.Ordinal);
        Assert.Contains("## Newly allowed by the proposed version: ", report, StringComparison.Ordinal);

        // One convention for times: the debtor's local time with zone and offset, said in the legend; no UTC "08:17Z" anywhere.
        Assert.Contains("Times are the debtor's local time with its time zone and UTC offset, for example 2026-03-08 09:00 (Asia/Riyadh, +03:00)", report, StringComparison.Ordinal);
        Assert.Contains("الأوقات بالتوقيت المحلي للمدين مع منطقته الزمنية", report, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\d:\d\dZ", report);
        var example = report.Split('\n').First(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Matches(@"^- \d{4}-\d\d-\d\d \d\d:\d\d \([A-Za-z_/]+, [+-]\d\d:\d\d\) — ", example);

        // The policies as written hash to the SHA-256 the report gives (its first 16 digits).
        foreach (var name in new[] { "current.policy.json", "proposed.policy.json" })
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(await File.ReadAllTextAsync(Path.Combine(run.Directory, name), TestContext.Current.CancellationToken))));
            Assert.Contains("`" + sha[..16] + "…`", report, StringComparison.Ordinal);
        }

        // Two versions announced, then every attempt decided by each: 2 + 2 × 400 entries, intact.
        var store = new SqliteAuditStore("Data Source=" + run.AuditLog);
        var verification = await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken);
        Assert.True(verification.IsIntact);
        Assert.Equal(802, verification.VerifiedHead.Count);
        Assert.Contains("Audit head (keep it to check the log later): " + verification.VerifiedHead, run.Output, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Replay_SameSeedTwice_SameFigures()
    {
        var first = await RunAsync([.. Small, "--no-audit"]);
        var second = await RunAsync([.. Small, "--no-audit"]);

        static string Figures(Run run) => run.Output.Split('\n').Single(l => l.StartsWith("Refused:", StringComparison.Ordinal));
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(Figures(first), Figures(second));
        Assert.Equal(await File.ReadAllTextAsync(first.Report, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(second.Report, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(first.AuditLog));
    }

    [Theory]
    [InlineData("--attempts", "0", "--attempts: '0' is not a whole number from 100 to 1,000,000.")]
    [InlineData("--attempts", "lots", "--attempts: 'lots' is not a whole number from 100 to 1,000,000.")]
    [InlineData("--months", "25", "--months: '25' is not a whole number from 1 to 24.")]
    [InlineData("--from", "2026-02-30", "--from: '2026-02-30' is not a date in the form YYYY-MM-DD.")]
    [InlineData("--proposed", "no-such.policy.json", "--proposed: 'no-such.policy.json' does not exist.")]
    [InlineData("--colour", "red", "--colour: unknown option (see --help).")]
    public async Task BadArgument_ExitCode2_NamesTheArgument(string option, string value, string expected)
    {
        var run = await RunAsync(option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: " + expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("Run collections-contact-replay --help for the options.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Error, StringComparison.Ordinal); // the hint, not the whole usage
        Assert.False(Directory.Exists(run.Directory));
    }

    [Fact]
    public async Task ProposedPolicyFileWithAMistake_ExitCode2_NamesTheField()
    {
        var file = Path.Combine(Path.GetTempPath(), "collections-replay-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(
            file,
            """{ "policy": "p", "creditor": "c", "version": "1", "approvedBy": "x", "approvedOn": "2026-01-01", "effectiveFrom": "2026-01-01", "packs": ["sa-sama-2025"], "timeZone": "Asia/Riad" }""",
            TestContext.Current.CancellationToken);

        var run = await RunAsync([.. Small, "--proposed", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.timeZone: unknown time zone 'Asia/Riad'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsEveryOption_ExitCode0()
    {
        using var output = new StringWriter();
        var exit = await ReplayApp.RunAsync(["--help"], output, TextWriter.Null, true, new FakeClock(Instant.FromUtc(2026, 7, 5, 9, 0)), TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--out", "--attempts", "--debtors", "--seed", "--from", "--months", "--current", "--proposed", "--examples", "--no-audit" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }
}
