using System.Diagnostics;
using System.Globalization;
using Collections.ContactPolicy;
using Collections.PhoneNumbers;
using Collections.Samples.Rendering;
using NodaTime;
using PolicyType = Collections.ContactPolicy.ContactPolicy;

namespace Collections.Samples.PolicyReplay;

/// <summary>The sample's steps, callable from Program and from tests. Exit codes: 0 done, 1 unexpected failure (a bug), 2 bad arguments or policy file, 130 cancelled.</summary>
public static class ReplayApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, bool outputRedirected, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(clock);

        // 1. Read and check the command line: every problem at once, naming the argument.
        if (CommandLine.AsksForHelp(args))
        {
            await output.WriteLineAsync(ReplayArguments.Usage).ConfigureAwait(false);
            return 0;
        }

        if (!ReplayArguments.TryParse(args, out var arguments, out var errors))
        {
            foreach (var problem in errors)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync(ReplayArguments.HelpHint).ConfigureAwait(false);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            // 2. The two versions: the current policy and the proposed one (JSON files on the sa-sama-2025 pack).
            var current = LoadPolicy(arguments!.CurrentPolicyFile, "current.policy.json");
            var proposed = LoadPolicy(arguments.ProposedPolicyFile, "proposed.policy.json");
            await output.WriteLineAsync($"Current  {current.Version} (SHA-256 {current.Sha256})").ConfigureAwait(false);
            await output.WriteLineAsync($"Proposed {proposed.Version} (SHA-256 {proposed.Sha256})").ConfigureAwait(false);

            // 3. A seeded synthetic history; each debtor's zones found by the convention, phone numbers through libphonenumber.
            var history = HistoryGenerator.Generate(arguments.Attempts, arguments.Debtors, arguments.Seed, arguments.From, arguments.Months, new LibPhoneNumberTimeZoneSource("SA"));
            await output.WriteLineAsync(Invariant(
                $"History: {history.Attempts.Length:N0} attempts to {history.Debtors:N0} debtors, {history.From:uuuu-MM-dd} to {history.To:uuuu-MM-dd} (seed {arguments.Seed}), generated in {stopwatch.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);

            // 4. Replay both versions over it, each attempt against the attempts before it, and compare.
            ContactPolicyComparison comparison;
            using (var line = new ProgressLine(output, outputRedirected, "replay"))
            {
                comparison = ContactPolicyReplay.Compare(
                    current, proposed, history.Attempts, new ContactReplayOptions { ExamplesPerCode = arguments.Examples, Progress = new ReplayProgress(line) });
            }

            await output.WriteLineAsync(Invariant(
                $"Refused: current {comparison.Current.Refused:N0} ({comparison.Current.RefusedRate.ToPercentString(1, CultureInfo.InvariantCulture)}), proposed {comparison.Proposed.Refused:N0} ({comparison.Proposed.RefusedRate.ToPercentString(1, CultureInfo.InvariantCulture)}); newly refused {comparison.NewlyRefused.Count:N0}, newly allowed {comparison.NewlyAllowed.Count:N0}")).ConfigureAwait(false);

            // 5. Every replayed decision into a hash-chained audit log in SQLite; verify it and show its head.
            Directory.CreateDirectory(arguments.OutputDirectory);
            AuditSummary? audit = null;
            if (arguments.Audit)
            {
                using var line = new ProgressLine(output, outputRedirected, "audit ");
                audit = await AuditLogWriter.WriteAsync(
                    Path.Combine(arguments.OutputDirectory, "replay-audit.db"), [current, proposed], history.Attempts, clock, line, cancellationToken).ConfigureAwait(false);
            }

            // 6. The report (English, then Arabic) and the two policies as canonical JSON (their SHA-256 is in the report).
            var report = Path.Combine(arguments.OutputDirectory, "replay-report.md");
            await File.WriteAllTextAsync(report, ReportWriter.Write(comparison, history, arguments.Seed, audit), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(arguments.OutputDirectory, "current.policy.json"), current.ToCanonicalJson(), cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(arguments.OutputDirectory, "proposed.policy.json"), proposed.ToCanonicalJson(), cancellationToken).ConfigureAwait(false);

            // 7. Say where everything is.
            if (audit is not null)
            {
                await output.WriteLineAsync($"Audit log {audit.File}: {(audit.Verification.IsIntact ? "verified intact" : "BROKEN: " + audit.Verification.FirstBreak!.Reason.English)}").ConfigureAwait(false);
                await output.WriteLineAsync($"Audit head (keep it to check the log later): {audit.Head}").ConfigureAwait(false);
            }

            await output.WriteLineAsync(Invariant($"Report written in {stopwatch.Elapsed.TotalSeconds:F1} s: {report}")).ConfigureAwait(false);
            return audit is null || audit.Verification.IsIntact ? 0 : 1;
        }
        catch (ContactPolicyException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await error.WriteLineAsync("error: the replay failed unexpectedly. Please report this with the details below.").ConfigureAwait(false);
            await error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>A policy from a file, or the sample's own (embedded) one.</summary>
    private static PolicyType LoadPolicy(string? file, string embedded)
    {
        if (file is not null)
        {
            return ContactPolicyJson.Load(file);
        }

        using var stream = typeof(ReplayApp).Assembly.GetManifestResourceStream("Collections.Samples.ContactPolicyReplay." + embedded)
            ?? throw new InvalidOperationException($"The sample's policy {embedded} is not embedded.");
        using var reader = new StreamReader(stream);
        return ContactPolicyJson.Parse(reader.ReadToEnd());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
