using Collections.Samples.Assessment;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>Runs the sample in-process, as its command line would, into a fresh temporary folder.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error, string Directory)
{
    public static string UciMapping => RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "uci-credit-card.mapping.json");

    public static string IbmMapping => RepositoryFiles.PathTo("samples", "Collections.Samples.Assessment", "ibm-receivables.mapping.json");

    public static string QuickstartExtract => RepositoryFiles.PathTo("samples", "data", "uci-credit-card-extract.csv");

    public string FiguresPath => Path.Combine(Directory, "figures.json");

    public string ReportPath => Path.Combine(Directory, "report.html");

    public string SpreadsheetPath => Path.Combine(Directory, "assessment.xlsx");

    public string RoadmapPath => Path.Combine(Directory, "roadmap.html");

    public string FeeProposalPath => Path.Combine(Directory, "fee-proposal.html");

    public string NdaPath => Path.Combine(Directory, "nda.html");

    public AssessmentFigures Figures => FiguresJson.Deserialize(File.ReadAllText(FiguresPath));

    public static async Task<SampleRun> RunAsync(params string[] arguments)
    {
        var directory = Path.Combine(Path.GetTempPath(), "collections-sample-" + Guid.NewGuid().ToString("N"));
        var args = arguments.Select(a => a == "{out}" ? directory : a).ToArray();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AssessmentApp.RunAsync(args, output, error, outputRedirected: true, TestContext.Current.CancellationToken);
        return new SampleRun(exit, output.ToString(), error.ToString(), directory);
    }
}
