using Collections.Samples.Rendering;

namespace Collections.Samples.GovernanceReport;

/// <summary>The sample's command line, checked: every problem is named with its option.</summary>
internal sealed record GovernanceArguments(string OutputDirectory, string Period, string? Creditor, int Seed, int Accounts, string? InputsFile, string? AuditFile, bool Help)
{
    public const int DefaultSeed = 20260930;

    public const int DefaultAccounts = 2_500;

    public const string Usage = """
        Usage: collections-governance --out DIR [--period weekly|monthly] [--creditor ID] [--seed S] [--accounts N]
                                      [--inputs FILE] [--audit FILE]

        Generates a seeded synthetic quarter of collection work (Q3 2026, and Q2 for comparison: two creditors, four segments, six agents, call
        scripts and message templates, five channels with unit costs, accounts with balances and days past due, attempts,
        promises, payments, weekly aging snapshots), counts it with the KPI accumulators, builds the governance report
        (KPIs against baseline and target, aging over time, roll rates, channels, promises kept by agent and template,
        next-quarter recommendations) and writes governance-report.ar.html, governance-report.en.html and
        governance-report.json to DIR. The report's issuance is appended to an audit trail.

          --out DIR         where the report is written (required)
          --period KIND     weekly (Sunday to Saturday) or monthly (default monthly)
          --creditor ID     waha-bank or nakheel-finance (default waha-bank)
          --seed S          the generator's seed (default 20260930); the same seed gives the same report
          --accounts N      accounts generated across both creditors (default 2,500; 50 to 100,000)
          --inputs FILE     baseline, targets and channel costs as JSON (default: the embedded
                            governance-inputs.default.json; see the sample's README)
          --audit FILE      append the issuance to this SQLite audit log (default: an in-memory trail)
          --help            this text

        Exit codes: 0 written; 2 bad arguments; 3 the inputs file, audit log or output folder refused (nothing was recorded
        or written); 1 an unexpected failure (a bug); 130 cancelled.
        """;

    /// <summary>Printed after argument errors instead of the whole usage, so that the errors stay in view.</summary>
    public const string HelpHint = "Run collections-governance --help for the options.";

    public static readonly IReadOnlyList<string> Creditors = ["waha-bank", "nakheel-finance"];

    public static (GovernanceArguments? Arguments, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var line = CommandLine.Scan(args, ["--out", "--period", "--creditor", "--seed", "--accounts", "--inputs", "--audit"]);
        var problems = line.Problems.ToList();
        var output = line.Value("--out") is { } outValue ? CheckOutputFolder("--out", outValue, problems) : null;
        var period = line.Value("--period") is { } periodValue
            ? periodValue is "weekly" or "monthly" ? periodValue : Invalid<string>("--period", periodValue, "is not weekly or monthly", problems)
            : null;
        var creditor = line.Value("--creditor") is { } creditorValue
            ? Creditors.Contains(creditorValue) ? creditorValue : Invalid<string>("--creditor", creditorValue, "is not a creditor of the generated data (waha-bank or nakheel-finance)", problems)
            : null;
        var seed = line.Value("--seed") is { } seedValue ? CommandLine.WholeNumber("--seed", seedValue, int.MinValue, int.MaxValue, problems) : null;
        var accounts = line.Value("--accounts") is { } accountsValue ? CommandLine.WholeNumber("--accounts", accountsValue, 50, 100_000, problems) : null;
        var inputs = line.Value("--inputs") is { } inputsValue ? CheckInputsFile("--inputs", inputsValue, problems) : null;
        var audit = line.Value("--audit") is { } auditValue ? CheckAuditFile("--audit", auditValue, problems) : null;

        if (line.Help)
        {
            return (new GovernanceArguments(output ?? string.Empty, period ?? "monthly", creditor, seed ?? DefaultSeed, accounts ?? DefaultAccounts, inputs, audit, Help: true), []);
        }

        if (output is null && !problems.Any(p => p.StartsWith("--out:", StringComparison.Ordinal)))
        {
            problems.Add("--out: the output folder is required.");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new GovernanceArguments(output!, period ?? "monthly", creditor ?? Creditors[0], seed ?? DefaultSeed, accounts ?? DefaultAccounts, inputs, audit, Help: false), problems);
    }

    private static string? CheckOutputFolder(string option, string value, List<string> problems) =>
        string.IsNullOrWhiteSpace(value) ? Invalid<string>(option, value, "is not a folder path", problems)
        : File.Exists(value) ? Invalid<string>(option, value, "is a file; give a folder (created if missing)", problems)
        : value;

    private static string? CheckInputsFile(string option, string value, List<string> problems) =>
        Directory.Exists(value) ? Invalid<string>(option, value, "is a folder; give the inputs JSON file", problems)
        : File.Exists(value) ? value
        : Invalid<string>(option, value, "does not exist", problems);

    /// <summary>The audit log may not exist yet (it is then created), but its folder must.</summary>
    private static string? CheckAuditFile(string option, string value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Invalid<string>(option, value, "is not a file path", problems);
        }

        if (Directory.Exists(value))
        {
            return Invalid<string>(option, value, "is a folder; give the SQLite audit log file (created if missing)", problems);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(value));
        return folder is null || Directory.Exists(folder) ? value : Invalid<string>(option, value, $"is in a folder that does not exist ({folder})", problems);
    }

    /// <summary>Records a problem with an option's value; the value read is then "none".</summary>
    private static T? Invalid<T>(string option, string value, string why, List<string> problems)
    {
        problems.Add($"{option}: '{value}' {why}.");
        return default;
    }
}
