using Collections.Core;
using Collections.Samples.Assessment.Onboarding;
using Collections.Samples.Rendering;
using NodaTime;
using NodaTime.Text;

namespace Collections.Samples.Assessment;

/// <summary>The command line, checked: every problem is reported at once, naming the argument.</summary>
public sealed record AssessmentArguments(
    string File,
    LocalDate AsOf,
    string OutputDirectory,
    string? Mapping,
    Language Language,
    bool Strict,
    string? Creditor,
    decimal? HighBalance,
    string? Currency,
    string? DateOrder)
{
    /// <summary>The parties' details and fee schedules for the onboarding documents.</summary>
    public OnboardingOptions Onboarding { get; init; } = OnboardingOptions.None;

    /// <summary>Printed after argument errors instead of the whole usage, so that the errors stay in view.</summary>
    public const string HelpHint = "Run collections-assessment --help for the options.";

    public const string Usage = """
        Usage: collections-assessment FILE --as-of YYYY-MM-DD --out DIR [--mapping FILE] [--lang en|ar] [--strict] [--creditor NAME] [--high-balance AMOUNT]
                              [--currency CODE] [--date-order iso|dmy|mdy] [--collector NAME] [--creditor-address TEXT] [--collector-address TEXT]
                              [--phone-fees FILE] [--legal-fees FILE]

          FILE        the creditor's portfolio file (CSV or XLSX)
          --as-of     the assessment date (ISO, e.g. 2005-09-30); never taken from the clock
          --out       the folder the pack is written to (created if missing)
          --mapping   a JSON mapping file (columns, shape, date order, currency); see docs/intake-mapping.md
          --lang      report language: en (default) or ar (Arabic, right to left)
          --strict    refuse the whole file if any row is rejected (default: keep accepted rows, list rejected ones)
          --creditor  the creditor's name shown in the report (default: from the mapping, else the file name)
          --high-balance  the amount from which a balance counts as high in segmentation (default: the upper quartile)
          --currency  the file's ISO 4217 currency when the mapping does not declare it (e.g. SAR)
          --date-order  how the file writes dates when the mapping does not declare it: iso, dmy or mdy
          --collector  the collection agency's name for the NDA (default: a placeholder to fill in)
          --creditor-address, --collector-address  the parties' addresses for the NDA (default: placeholders)
          --phone-fees, --legal-fees  fee schedule JSON files for the fee proposal (default: the sample's schedules;
                      the shape is in src/Collections.Fees/README.md)
        Without --mapping the file is read as a ledger (one row per invoice) with English and Arabic headers
        recognised; --currency and --date-order are then required, because they are never guessed.
        The pack also holds the onboarding documents: roadmap.html (14 days), fee-proposal.html and nda.html.
        """;

    public static bool TryParse(IReadOnlyList<string> args, out AssessmentArguments? arguments, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = CommandLine.Scan(
            args,
            ["--as-of", "--out", "--mapping", "--lang", "--creditor", "--high-balance", "--currency", "--date-order", "--collector",
             "--creditor-address", "--collector-address", "--phone-fees", "--legal-fees"],
            ["--strict"],
            takesPositionals: true);
        var problems = line.Problems.ToList();
        var file = line.Positionals.Count > 0 ? line.Positionals[0] : null;
        foreach (var extra in line.Positionals.Skip(1))
        {
            problems.Add($"'{extra}': only one input file is taken (already have '{file}').");
        }

        var (asOfText, output, mapping, lang, creditor) = (line.Value("--as-of"), line.Value("--out"), line.Value("--mapping"), line.Value("--lang"), line.Value("--creditor"));
        var (highBalanceText, currency, dateOrder) = (line.Value("--high-balance"), line.Value("--currency"), line.Value("--date-order"));
        var (collector, creditorAddress, collectorAddress) = (line.Value("--collector"), line.Value("--creditor-address"), line.Value("--collector-address"));
        var (phoneFees, legalFees, strict) = (line.Value("--phone-fees"), line.Value("--legal-fees"), line.Flag("--strict"));

        if (file is null)
        {
            problems.Add("FILE: the portfolio file is missing.");
        }
        else if (!System.IO.File.Exists(file))
        {
            problems.Add($"FILE: '{file}' does not exist.");
        }

        LocalDate asOf = default;
        if (asOfText is null)
        {
            if (!problems.Contains("--as-of: a value is missing."))
            {
                problems.Add("--as-of: the assessment date is required (it is never taken from the clock).");
            }
        }
        else if (LocalDatePattern.Iso.Parse(asOfText) is { Success: true } parsed)
        {
            asOf = parsed.Value;
        }
        else
        {
            problems.Add(System.Text.RegularExpressions.Regex.IsMatch(asOfText, @"^\d{4}-\d{2}-\d{2}$")
                ? $"--as-of: '{asOfText}' is not a calendar date (the form YYYY-MM-DD is right; the day or month does not exist)."
                : $"--as-of: '{asOfText}' is not a date in the form YYYY-MM-DD.");
        }

        if (output is null)
        {
            if (!problems.Contains("--out: a value is missing."))
            {
                problems.Add("--out: the output folder is required.");
            }
        }
        else if (System.IO.File.Exists(output))
        {
            problems.Add($"--out: '{output}' is a file; give a folder (it is created if missing).");
        }

        if (mapping is not null && !System.IO.File.Exists(mapping))
        {
            problems.Add($"--mapping: '{mapping}' does not exist.");
        }

        foreach (var (option, path) in new[] { ("--phone-fees", phoneFees), ("--legal-fees", legalFees) })
        {
            if (path is not null && !System.IO.File.Exists(path))
            {
                problems.Add($"{option}: '{path}' does not exist.");
            }
        }

        foreach (var (option, text) in new[] { ("--creditor", creditor), ("--collector", collector), ("--creditor-address", creditorAddress), ("--collector-address", collectorAddress) })
        {
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{option}: the value is empty.");
            }
        }

        if (currency is not null && !Collections.Core.Currency.TryFromCode(currency, out _))
        {
            problems.Add($"--currency: '{currency}' is not a known ISO 4217 code (e.g. SAR, USD).");
        }

        if (dateOrder is not null && !Collections.Intake.DateOrder.TryFromCode(dateOrder, out _))
        {
            problems.Add($"--date-order: '{dateOrder}' is not one of iso, dmy, mdy.");
        }

        if (mapping is null && file is not null && (currency is null || dateOrder is null))
        {
            problems.Add("--mapping: without a mapping file, give --currency and --date-order (they are never guessed).");
        }

        var language = Language.English;
        if (lang is not null)
        {
            switch (lang.ToUpperInvariant())
            {
                case "EN": language = Language.English; break;
                case "AR": language = Language.Arabic; break;
                default: problems.Add($"--lang: '{lang}' is not supported; use en or ar."); break;
            }
        }

        decimal? highBalance = null;
        if (highBalanceText is not null)
        {
            if (decimal.TryParse(highBalanceText, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount) && amount > 0)
            {
                highBalance = amount;
            }
            else
            {
                problems.Add($"--high-balance: '{highBalanceText}' is not a positive amount such as 5000 or 5000.50.");
            }
        }

        errors = problems;
        arguments = problems.Count == 0
            ? new AssessmentArguments(file!, asOf, output!, mapping, language, strict, creditor, highBalance, currency, dateOrder)
            {
                Onboarding = new OnboardingOptions(collector?.Trim(), creditorAddress?.Trim(), collectorAddress?.Trim(), phoneFees, legalFees),
            }
            : null;
        return arguments is not null;
    }
}
