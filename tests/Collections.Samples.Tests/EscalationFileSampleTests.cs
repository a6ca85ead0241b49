using System.Text.RegularExpressions;
using Collections.Samples.EscalationFile;

namespace Collections.Samples.Tests;

/// <summary>The escalation-file sample, run in-process: the workflow's decisions printed, the audit log verified, the lawyer's file written in Arabic and English.</summary>
public sealed partial class EscalationFileSampleTests
{
    private static async Task<(int Exit, string Output, string Error, string Directory)> RunAsync(params string[] arguments)
    {
        var directory = Path.Combine(Path.GetTempPath(), "collections-escalation-file-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EscalationFileApp.RunAsync([.. arguments.Select(a => a == "{out}" ? directory : a)], output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString(), directory);
    }

    [Fact]
    public async Task Run_TakesTheAccountsAlongTheTrack_AndWritesTheFileInBothLanguages()
    {
        var run = await RunAsync("--out", "{out}");

        Assert.True(run.Exit == 0, run.Error);
        Assert.Contains("file ESC-2026-0042: allowed → filed", run.Output, StringComparison.Ordinal);
        Assert.Contains("authorize ESC-2026-0043 under AUTH-ACME-2026-04: refused", run.Output, StringComparison.Ordinal);
        Assert.Contains("authorization_outside_scope: Account ACC-1002 is outside the scope of authorization AUTH-ACME-2026-04", run.Output, StringComparison.Ordinal);
        Assert.Contains("before filing allowed, after filing refused (legal_hold)", run.Output, StringComparison.Ordinal);
        // 8 escalation entries, the gate's policy version and its two decisions (before and after filing).
        Assert.Contains("Audit log: 11 entries, intact", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(run.Directory, "escalation-file-ACC-1001.en.html")));
        Assert.True(File.Exists(Path.Combine(run.Directory, "escalation-file-ACC-1001.ar.html")));
    }

    [Fact]
    public async Task TheArabicFile_IsRightToLeft_SelfContained_AndPrintsOnA4()
    {
        var run = await RunAsync("--out", "{out}", "--lang", "ar");
        var html = await File.ReadAllTextAsync(Path.Combine(run.Directory, "escalation-file-ACC-1001.ar.html"), TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("ملف التصعيد القانوني", html, StringComparison.Ordinal);
        Assert.Contains("التفويض الكتابي المسبق من الجهة الدائنة", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.False(File.Exists(Path.Combine(run.Directory, "escalation-file-ACC-1001.en.html")));
    }

    [Fact]
    public async Task TheEnglishFile_HasEverySectionALawyerNeeds_WithTheDocumentHashes()
    {
        var run = await RunAsync("--out", "{out}", "--lang", "en");
        var html = await File.ReadAllTextAsync(Path.Combine(run.Directory, "escalation-file-ACC-1001.en.html"), TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        foreach (var section in new[] { "1. Parties", "2. The debt", "3. Why the account qualifies for legal escalation", "4. Contact history", "5. Promises to pay", "6. The creditor&#39;s prior written authorization", "7. Steps of the case" })
        {
            Assert.Contains(section, html, StringComparison.Ordinal);
        }

        Assert.Contains(Escalation.DocumentHash.Of(SyntheticData.SignedAuthorizationDocument).Hex, html, StringComparison.Ordinal);
        Assert.Contains("RYD-ENF-2026-004217", html, StringComparison.Ordinal);
        Assert.Contains("12,750.00 SAR", html, StringComparison.Ordinal);
        Assert.Contains("covers this account", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArguments_EveryProblemNamed_ExitTwo()
    {
        var run = await RunAsync("--lang", "fr", "--verbose");

        Assert.Equal(2, run.Exit);
        Assert.Contains("error: --lang: 'fr' is not en, ar or both.", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: --verbose: unknown option (see --help).", run.Error, StringComparison.Ordinal);
        Assert.Contains(EscalationFileApp.HelpHint, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Error, StringComparison.Ordinal); // the hint, not the whole usage
        Assert.Equal(0, (await RunAsync("--help")).Exit);
    }

    [GeneratedRegex("(src|href)=\"https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
