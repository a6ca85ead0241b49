using System.Globalization;
using Collections.Samples.Rendering;
using NodaTime;
using NodaTime.Text;

namespace Collections.Samples.PolicyReplay;

/// <summary>The command line, checked: every problem is reported at once, naming the argument.</summary>
public sealed record ReplayArguments(
    int Attempts,
    int Debtors,
    int Seed,
    LocalDate From,
    int Months,
    string OutputDirectory,
    string? CurrentPolicyFile,
    string? ProposedPolicyFile,
    int Examples,
    bool Audit)
{
    /// <summary>Printed after argument errors instead of the whole usage, so that the errors stay in view.</summary>
    public const string HelpHint = "Run collections-contact-replay --help for the options.";

    public const string Usage = """
        Usage: collections-contact-replay [--out DIR] [--attempts N] [--debtors N] [--seed N] [--from YYYY-MM-DD] [--months N]
                                          [--current FILE] [--proposed FILE] [--examples N] [--no-audit]

          --out       the folder for the report, the policies and the audit log (default: out/contact-policy-replay)
          --attempts  attempts in the generated history, 100 to 1,000,000 (default 20,000)
          --debtors   debtors in the generated history, 10 to 200,000 and at most the attempts (default 1,500, or the attempts if fewer)
          --seed      the generator's seed, any whole number (default 20260101): the same seed gives the same history
          --from      the history's first day (default 2026-01-04); it covers Ramadan and both Eids of 2026 by default
          --months    how many months the history spans, 1 to 24 (default 6)
          --current   a contact policy JSON file for the current version (default: the sample's Policies/current.policy.json)
          --proposed  a contact policy JSON file for the proposed version (default: Policies/proposed.policy.json)
          --examples  examples kept per reason, 0 to 20 (default 3)
          --no-audit  do not write the decisions to the SQLite audit log (each decision is one committed SQLite
                      transaction: about 1 ms each on a busy two-core machine, so 40,000 entries for the defaults)
        Writes replay-report.md (English, then Arabic), current.policy.json and proposed.policy.json (canonical, with
        their SHA-256 in the report) and replay-audit.db (every replayed decision, verified, its head printed).
        Exit codes: 0 done, 2 bad arguments or policy file, 1 unexpected failure, 130 cancelled.
        """;

    public static bool TryParse(IReadOnlyList<string> args, out ReplayArguments? arguments, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = CommandLine.Scan(args, ["--out", "--attempts", "--debtors", "--seed", "--from", "--months", "--current", "--proposed", "--examples"], ["--no-audit"]);
        var problems = line.Problems.ToList();
        var audit = !line.Flag("--no-audit");
        var attempts = Integer(line, "--attempts", 20_000, 100, 1_000_000, problems);
        var debtors = Integer(line, "--debtors", Math.Min(1_500, attempts), 10, 200_000, problems);
        var seed = Integer(line, "--seed", 20_260_101, int.MinValue, int.MaxValue, problems);
        var months = Integer(line, "--months", 6, 1, 24, problems);
        var examples = Integer(line, "--examples", 3, 0, 20, problems);
        if (debtors > attempts && line.Value("--debtors") is not null)
        {
            problems.Add($"--debtors: {debtors.ToString(CultureInfo.InvariantCulture)} debtors is more than the {attempts.ToString(CultureInfo.InvariantCulture)} attempts.");
        }

        var from = new LocalDate(2026, 1, 4);
        if (line.Value("--from") is { } fromText)
        {
            var parsed = LocalDatePattern.Iso.Parse(fromText);
            if (!parsed.Success)
            {
                problems.Add($"--from: '{fromText}' is not a date in the form YYYY-MM-DD.");
            }
            else if (parsed.Value.Year is < 2000 or > 2070)
            {
                problems.Add($"--from: '{fromText}' is outside 2000 to 2070.");
            }
            else
            {
                from = parsed.Value;
            }
        }

        var output = line.Value("--out") ?? Path.Combine("out", "contact-policy-replay");
        if (File.Exists(output))
        {
            problems.Add($"--out: '{output}' is a file; give a folder (it is created if missing).");
        }

        foreach (var option in new[] { "--current", "--proposed" })
        {
            if (line.Value(option) is { } file && !File.Exists(file))
            {
                problems.Add($"{option}: '{file}' does not exist.");
            }
        }

        errors = problems;
        arguments = problems.Count == 0
            ? new ReplayArguments(attempts, debtors, seed, from, months, output, line.Value("--current"), line.Value("--proposed"), examples, audit)
            : null;
        return arguments is not null;
    }

    private static int Integer(CommandLine line, string name, int fallback, int minimum, int maximum, List<string> problems) =>
        line.Value(name) is { } text ? CommandLine.WholeNumber(name, text, minimum, maximum, problems) ?? fallback : fallback;
}
