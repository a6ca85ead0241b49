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
using System.Collections.Immutable;

namespace Collections.Samples.GovernanceReport;

#pragma warning disable IDE0065 // the alias must be inside the namespace: the sample\'s own namespace is named GovernanceReport
using GovernanceReport = Collections.Kpi.Governance.GovernanceReport;
#pragma warning restore IDE0065

/// <summary>The sample's steps, callable in-process (the tests run it small). Exit codes: 0 written, 1 unexpected failure,
/// 2 bad arguments or inputs file, 130 cancelled.</summary>
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

            await error.WriteLineAsync(Environment.NewLine + GovernanceArguments.Usage).ConfigureAwait(false);
            return 2;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(GovernanceArguments.Usage).ConfigureAwait(false);
            return 0;
        }

        GovernanceInputs inputs;
        try
        {
            inputs = arguments.InputsFile is { } file ? GovernanceInputs.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), file) : GovernanceInputs.Default();
        }
        catch (FormatException e)
        {
            await error.WriteLineAsync("error: --inputs " + e.Message).ConfigureAwait(false);
            return 2;
        }

        try
        {
            return await RunAsync(arguments, inputs, output, outputRedirected, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Cancelled; nothing was written.").ConfigureAwait(false);
            return 130;
        }
        catch (IOException e)
        {
            await error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else is a defect in the sample or the library: say so plainly, with the detail a bug report needs.
            await error.WriteLineAsync("Unexpected failure (a bug; please report it with the command line): " + e).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> RunAsync(GovernanceArguments arguments, GovernanceInputs inputs, TextWriter output, bool outputRedirected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync(string.Create(Invariant,
            $"Governance report: {arguments.Accounts:N0} accounts, seed {arguments.Seed}, creditor {arguments.Creditor}, {arguments.Period}")).ConfigureAwait(false);

        // 2. Generate the quarter (and the one before, for comparison).
        await output.WriteLineAsync("1. Generating the quarter and the one before").ConfigureAwait(false);
        GovernanceData data;
        using (var bar = new StageProgressBar(output, outputRedirected))
        {
            data = QuarterGenerator.Generate(arguments.Accounts, arguments.Seed, inputs.ChannelCosts, bar.For("days simulated"));
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"   {data.Accounts.Length:N0} accounts, {data.Attempts.Length:N0} attempts, {data.Promises.Length:N0} promises, {data.Payments.Length:N0} payments, {data.Snapshots.Length:N0} snapshot rows")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 3. The creditor's facts through the library: codebook, promise evaluations, one accumulator per period, aging at
        //    each period end, account activity; the governance report builder (this quarter and the previous one) and the
        //    next-quarter recommendation rules.
        var facts = new CreditorFacts(data, new CreditorId(arguments.Creditor!), AgingBucketSet.Default);
        var kind = arguments.Period == "weekly" ? GovernancePeriodKind.Weekly : GovernancePeriodKind.Monthly;
        var issuedAt = data.AsOf.At(new NodaTime.LocalTime(8, 0)).InZoneStrictly(NodaTime.DateTimeZoneProviders.Tzdb["Asia/Riyadh"]).ToInstant();
        using var issuance = new Issuance(arguments.AuditFile, issuedAt);
        var head = await issuance.Trail.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(Invariant, $"2. Building the {kind.Code} report for {facts.Creditor.Value}: {facts.Accounts.Count:N0} accounts, {facts.Attempts.Length:N0} attempts, {facts.Evaluations.Length:N0} promises evaluated")).ConfigureAwait(false);
        GovernanceReport report, previous;
        ImmutableArray<Recommendation> recommendations;
        using (var bar = new StageProgressBar(output, outputRedirected))
        {
            (report, previous, recommendations) = GovernanceStep.Build(facts, inputs, kind, head, bar.For("periods counted"));
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"   {report.Periods.Length} periods {report.Span.Start:uuuu-MM-dd}..{report.Span.End:uuuu-MM-dd}, {recommendations.Length} recommendations, input SHA-256 {report.Provenance.InputSha256[..16]}…")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 4. Record the issuance in the audit trail (hash chain), verify it, and write the figures and both pages (the
        //    output folder is created first, so a folder that cannot be written is refused before anything is recorded).
        Directory.CreateDirectory(arguments.OutputDirectory);
        var after = await issuance.AppendAsync(report, recommendations.Length, cancellationToken).ConfigureAwait(false);
        var figures = FiguresMapping.Map(report, previous, recommendations, facts, inputs, after, issuance.Description);
        var files = new List<string>();
        foreach (var (name, content) in new[]
        {
            ("governance-report.json", FiguresJson.Serialize(figures)),
            ("governance-report.en.html", GovernanceHtml.Render(figures, Language.English)),
            ("governance-report.ar.html", GovernanceHtml.Render(figures, Language.Arabic)),
        })
        {
            var path = Path.Combine(arguments.OutputDirectory, name);
            await File.WriteAllTextAsync(path, content, new System.Text.UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            files.Add(path);
        }

        // 5. Say what was written.
        await output.WriteLineAsync(string.Create(Invariant, $"3. Issuance recorded in the {issuance.Description} audit trail: {after.Count} entries, head {after.Hash[..16]}…")).ConfigureAwait(false);
        foreach (var file in files)
        {
            await output.WriteLineAsync("   " + file).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(Invariant, $"Done in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
        return 0;
    }
}
