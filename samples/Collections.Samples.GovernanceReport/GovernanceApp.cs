using System.Diagnostics;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.GovernanceReport.Data;
using Collections.Samples.GovernanceReport.Facts;
using Collections.Samples.GovernanceReport.Inputs;
using Collections.Samples.GovernanceReport.Rendering;
using Collections.Samples.GovernanceReport.Report;
using Collections.Kpi.Governance;
using Collections.Core.Audit;
using System.Collections.Immutable;

namespace Collections.Samples.GovernanceReport;

#pragma warning disable IDE0065 // the alias must be inside the namespace: the sample\'s own namespace is named GovernanceReport
using GovernanceReport = Collections.Kpi.Governance.GovernanceReport;
#pragma warning restore IDE0065

/// <summary>The sample's steps, callable in-process (the tests run it small). Exit codes: 0 written, 2 bad arguments,
/// 3 the inputs file, audit log or output folder refused (nothing recorded or written), 1 unexpected failure, 130 cancelled.</summary>
/// <remarks>Order, so that a refusal leaves nothing behind: arguments and inputs → the audit log opened and verified →
/// the output folder checked → the report built → the files written under temporary names → the issuance recorded →
/// the files moved into place.</remarks>
internal static class GovernanceApp
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool outputRedirected, CancellationToken cancellationToken)
    {
        // 1. Read the command line and the inputs (baseline, targets, channel costs).
        var (arguments, problems) = GovernanceArguments.Parse(args);
        if (arguments is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync(GovernanceArguments.HelpHint).ConfigureAwait(false);
            return 2;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(GovernanceArguments.Usage).ConfigureAwait(false);
            return 0;
        }

        try
        {
            var inputs = arguments.InputsFile is { } file ? await ReadInputsAsync(file, cancellationToken).ConfigureAwait(false) : GovernanceInputs.Default();
            return await RunAsync(arguments, inputs, output, outputRedirected, cancellationToken).ConfigureAwait(false);
        }
        catch (GovernanceRefusal e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 3;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled; nothing was written.").ConfigureAwait(false);
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is a defect in the sample or the library: say so plainly, with the detail a bug report needs.
            await error.WriteLineAsync("Unexpected failure (a bug; please report it with the command line): " + e).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<GovernanceInputs> ReadInputsAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await GovernanceInputs.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            throw new GovernanceRefusal("--inputs " + e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GovernanceRefusal($"--inputs: '{file}' cannot be read ({e.Message}).", e);
        }
    }

    private static async Task<int> RunAsync(GovernanceArguments arguments, GovernanceInputs inputs, TextWriter output, bool outputRedirected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();

        // 2. Open the audit log (an existing file must verify) and check the output folder, before any work is done.
        using var issuance = await Issuance.OpenAsync(arguments.AuditFile, cancellationToken).ConfigureAwait(false);
        using var files = ReportFiles.Check(arguments.OutputDirectory);
        await output.WriteLineAsync(string.Create(Invariant,
            $"Governance report: {arguments.Accounts:N0} accounts, seed {arguments.Seed}, creditor {arguments.Creditor}, {arguments.Period}")).ConfigureAwait(false);

        // 3. Generate the quarter (and the one before, for comparison).
        await output.WriteLineAsync("1. Generating the quarter and the one before").ConfigureAwait(false);
        GovernanceData data;
        using (var bar = new StageProgressBar(output, outputRedirected))
        {
            data = QuarterGenerator.Generate(arguments.Accounts, arguments.Seed, inputs.ChannelCosts, bar.For("days simulated"));
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"   {data.Accounts.Length:N0} accounts, {data.Attempts.Length:N0} attempts, {data.Promises.Length:N0} promises, {data.Payments.Length:N0} payments, {data.Snapshots.Length:N0} snapshot rows")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 4. The creditor's facts through the library: codebook, promise evaluations, one accumulator per period, aging at
        //    each period end, account activity; the governance report builder (this quarter and the previous one) and the
        //    next-quarter recommendation rules.
        var facts = new CreditorFacts(data, new CreditorId(arguments.Creditor!), AgingBucketSet.Default);
        var kind = arguments.Period == "weekly" ? GovernancePeriodKind.Weekly : GovernancePeriodKind.Monthly;
        await output.WriteLineAsync(string.Create(Invariant, $"2. Building the {kind.Code} report for {facts.Creditor.Value}: {facts.Accounts.Count:N0} accounts, {facts.Attempts.Length:N0} attempts, {facts.Evaluations.Length:N0} promises evaluated")).ConfigureAwait(false);
        GovernanceReport report, previous;
        ImmutableArray<Recommendation> recommendations;
        using (var bar = new StageProgressBar(output, outputRedirected))
        {
            (report, previous, recommendations) = GovernanceStep.Build(facts, inputs, kind, issuance.Head, bar.For("periods counted"));
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"   {report.Periods.Length} periods {report.Span.Start:uuuu-MM-dd}..{report.Span.End:uuuu-MM-dd}, {recommendations.Length} recommendations, input SHA-256 {report.Provenance.InputSha256[..16]}…")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 5. Write the figures and both pages under temporary names (they show the head after issuance, known from the
        //    prepared entry), record the issuance, then move the files into place.
        var issuedAt = data.AsOf.At(new NodaTime.LocalTime(8, 0)).InZoneStrictly(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Riyadh"]).ToInstant();
        var entry = issuance.Prepare(report, recommendations.Length, issuedAt);
        var figures = FiguresMapping.Map(report, previous, recommendations, facts, inputs, new AuditHead(entry.Sequence, entry.Hash), issuance.Description);
        await files.StageAsync(
            [FiguresJson.Serialize(figures), GovernanceHtml.Render(figures, Language.English), GovernanceHtml.Render(figures, Language.Arabic)],
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var after = await issuance.RecordAsync(entry, CancellationToken.None).ConfigureAwait(false);
        try
        {
            files.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GovernanceRefusal(string.Create(Invariant,
                $"--out: the files could not be moved into '{files.Folder}' ({e.Message}); the issuance was recorded as audit entry {after.Count}, so run again to write them."), e);
        }

        // 6. Say what was written.
        await output.WriteLineAsync(string.Create(Invariant,
            $"3. Issuance recorded in the {issuance.Description} audit trail: {Entries(after.Count)}, head {after.Hash[..16]}…")).ConfigureAwait(false);
        foreach (var file in files.Targets)
        {
            await output.WriteLineAsync("   " + file).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(Invariant, $"Done in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
        return 0;
    }

    private static string Entries(long count) => string.Create(Invariant, $"{count:N0} {(count == 1 ? "entry" : "entries")}");
}
