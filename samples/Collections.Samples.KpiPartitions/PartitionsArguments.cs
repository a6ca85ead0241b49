using System.Globalization;

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
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? attempts = null, accounts = null, partitions = null, seed = null;
        string? stateDirectory = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is "--help" or "-h")
            {
                help = true;
                continue;
            }

            if (!option.StartsWith("--", StringComparison.Ordinal))
            {
                problems.Add($"'{option}': not an option (see --help).");
                continue;
            }

            if (!seen.Add(option))
            {
                problems.Add($"{option}: given more than once.");
            }

            if (i + 1 >= args.Count)
            {
                problems.Add($"{option}: a value is missing.");
                break;
            }

            var value = args[++i];
            switch (option)
            {
                case "--attempts":
                    attempts = Count(option, value, 1, 200_000_000, problems);
                    break;
                case "--accounts":
                    accounts = Count(option, value, 1, 50_000_000, problems);
                    break;
                case "--partitions":
                    partitions = Count(option, value, 1, 64, problems);
                    break;
                case "--seed":
                    seed = int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : Invalid(option, value, "is not a whole number", problems);
                    break;
                case "--state-dir":
                    stateDirectory = value;
                    break;
                default:
                    problems.Add($"{option}: unknown option (see --help).");
                    break;
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var attemptCount = attempts ?? 2_000_000;
        return (new PartitionsArguments(attemptCount, accounts ?? Math.Max(1, attemptCount / 10), partitions ?? 4, seed ?? 20261204, stateDirectory, help), problems);
    }

    private static int? Count(string option, string value, int min, int max, List<string> problems)
    {
        var text = value.Replace(",", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : Invalid(option, value, string.Create(CultureInfo.InvariantCulture, $"is not a whole number from {min:N0} to {max:N0}"), problems);
    }

    private static int? Invalid(string option, string value, string why, List<string> problems)
    {
        problems.Add($"{option}: '{value}' {why}.");
        return null;
    }
}
