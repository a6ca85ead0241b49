using System.Diagnostics;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.GovernanceReport.Data;
using Collections.Samples.GovernanceReport.Facts;
using Collections.Samples.GovernanceReport.Inputs;

namespace Collections.Samples.GovernanceReport;

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
    }

    private static async Task<int> RunAsync(GovernanceArguments arguments, GovernanceInputs inputs, TextWriter output, bool outputRedirected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync(string.Create(Invariant,
            $"Governance report: {arguments.Accounts:N0} accounts, seed {arguments.Seed}, creditor {arguments.Creditor}, {arguments.Period}")).ConfigureAwait(false);

        // 2. Generate the quarter.
        await output.WriteLineAsync("1. Generating the quarter").ConfigureAwait(false);
        GovernanceData data;
        using (var bar = new ProgressBar(output, outputRedirected, "days simulated"))
        {
            data = QuarterGenerator.Generate(arguments.Accounts, arguments.Seed, inputs.ChannelCosts, bar);
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"   {data.Accounts.Length:N0} accounts, {data.Attempts.Length:N0} attempts, {data.Promises.Length:N0} promises, {data.Payments.Length:N0} payments, {data.Snapshots.Length:N0} snapshot rows")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 3. The creditor's facts through the library.
        var facts = new CreditorFacts(data, new CreditorId(arguments.Creditor!), AgingBucketSet.Default);
        var scope = KpiScope.Create(data.Quarter, inputs.Currency, AgingBucketSet.Default, [KpiDimension.Segment, KpiDimension.AgingBucket, KpiDimension.Agent, KpiDimension.Template]);
        var report = facts.Accumulate(scope).ToReport();
        foreach (var figure in report.Figures())
        {
            await output.WriteLineAsync(string.Create(Invariant, $"   {figure.Format(2, Invariant),14}  {figure.Definition.Title.English}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(Invariant, $"Done in {clock.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
        return 0;
    }
}
