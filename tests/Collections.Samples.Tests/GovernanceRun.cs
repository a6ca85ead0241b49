using Collections.Samples.GovernanceReport;
using System.Text.Json;

namespace Collections.Samples.Tests;

/// <summary>The governance sample run in-process, as its command line would, writing to a fresh temporary folder
/// (<c>{out}</c> in the arguments).</summary>
internal sealed record GovernanceRun(int ExitCode, string Output, string Error, string Directory)
{
    public JsonDocument Json => JsonDocument.Parse(File.ReadAllText(Path("governance-report.json")));

    public string Path(string file) => System.IO.Path.Combine(Directory, file);

    /// <summary>A fresh temporary folder path (not created).</summary>
    public static string NewFolder() => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "collections-governance-" + Guid.NewGuid().ToString("N"));

    public static Task<GovernanceRun> RunAsync(params string[] arguments) => RunInAsync(NewFolder(), arguments);

    /// <summary>Runs with <c>{out}</c> standing for <paramref name="directory"/> (which a test may have prepared).</summary>
    public static async Task<GovernanceRun> RunInAsync(string directory, params string[] arguments)
    {
        var args = arguments.Select(a => a == "{out}" ? directory : a).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GovernanceApp.RunAsync(args, output, error, outputRedirected: true, CancellationToken.None);
        return new GovernanceRun(exit, output.ToString(), error.ToString(), directory);
    }
}
