using Collections.Samples.Rendering;

namespace Collections.Samples.KpiPartitions;

/// <summary>The sample's command line, checked: every problem is named with its option.</summary>
internal sealed record PartitionsArguments(int Attempts, int Accounts, int Partitions, int Seed, string? StateDirectory, bool Help)
{
    /// <summary>Printed after argument errors instead of the whole usage, so that the errors stay in view.</summary>
    public const string HelpHint = "Run collections-kpi-partitions --help for the options.";

    public const string Usage = """
        Usage: collections-kpi-partitions [--attempts N] [--accounts N] [--partitions P] [--seed S] [--state-dir DIR]

        Generates a seeded month of collection work (accounts, attempts, promises, payments, complaints, agent time),
        counts it in P partitions in parallel with one KpiAccumulator each, saves each partial state to a file, loads and
        merges them, checks the merged figures equal one pass over everything, and prints the KPI catalog's figures with
        their English and Arabic titles and the timings.

          --attempts N     attempts to generate (default 2,000,000; promises are 1 in 30, payments 1 in 20)
          --accounts N     accounts (default: attempts / 10)
          --partitions P   partitions counted in parallel (default 4)
          --seed S         the generator's seed (default 20261204)
          --state-dir DIR  where the partial states are written (default: a new temporary folder, deleted at the end)
          --help           this text

        Exit codes: 0 the merged figures equal one pass; 1 they differ (or an unexpected failure); 2 bad arguments.
        """;

    public static (PartitionsArguments? Arguments, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Scan(args, ["--attempts", "--accounts", "--partitions", "--seed", "--state-dir"]);
        var problems = line.Problems.ToList();
        int? Number(string option, int min, int max) => line.Value(option) is { } value ? CommandLine.WholeNumber(option, value, min, max, problems) : null;
        var attempts = Number("--attempts", 1, 200_000_000);
        var accounts = Number("--accounts", 1, 50_000_000);
        var partitions = Number("--partitions", 1, 64);
        var seed = Number("--seed", int.MinValue, int.MaxValue);
        var stateDirectory = line.Value("--state-dir");
        if (stateDirectory is not null && (string.IsNullOrWhiteSpace(stateDirectory) || File.Exists(stateDirectory)))
        {
            problems.Add($"--state-dir: '{stateDirectory}' " + (File.Exists(stateDirectory) ? "is a file; give a folder (created if missing)." : "is not a folder path."));
        }

        if (line.Help)
        {
            return (new PartitionsArguments(2_000_000, 200_000, 4, 20261204, null, Help: true), []);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var attemptCount = attempts ?? 2_000_000;
        return (new PartitionsArguments(attemptCount, accounts ?? Math.Max(1, attemptCount / 10), partitions ?? 4, seed ?? 20261204, stateDirectory, Help: false), problems);
    }
}
