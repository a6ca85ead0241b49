using System.Diagnostics;
using System.Globalization;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.Rendering;
using Collections.TestKit;

namespace Collections.Samples.KpiPartitions;

/// <summary>The sample's steps, callable in-process (the tests run it small).</summary>
internal static class KpiPartitionsApp
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool outputRedirected, CancellationToken cancellationToken)
    {
        // 1. Read the command line.
        var (arguments, problems) = PartitionsArguments.Parse(args);
        if (arguments is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            }

            await error.WriteLineAsync(PartitionsArguments.HelpHint).ConfigureAwait(false);
            return 2;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(PartitionsArguments.Usage).ConfigureAwait(false);
            return 0;
        }

        var stateDirectory = arguments.StateDirectory ?? Path.Combine(Path.GetTempPath(), "collections-kpi-partitions-" + Guid.NewGuid().ToString("N"));
        try
        {
            return await RunAsync(arguments, stateDirectory, output, outputRedirected, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (arguments.StateDirectory is null && Directory.Exists(stateDirectory))
            {
                Directory.Delete(stateDirectory, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(PartitionsArguments arguments, string stateDirectory, TextWriter output, bool outputRedirected, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await output.WriteLineAsync(string.Create(Invariant,
            $"KPI partitions: {arguments.Attempts:N0} attempts, {arguments.Accounts:N0} accounts, {arguments.Partitions} partitions, seed {arguments.Seed}")).ConfigureAwait(false);

        // 2. Generate a seeded month of facts (the same generator as the KPI tests and benchmarks).
        await output.WriteLineAsync("1. Generating the data set").ConfigureAwait(false);
        KpiDataSet data;
        using (var bar = new StageProgressBar(output, outputRedirected))
        {
            data = KpiFactGenerator.Generate(
                new KpiDataShape(arguments.Accounts, arguments.Attempts), arguments.Seed, [KpiDimension.Segment, KpiDimension.AgingBucket, KpiDimension.Agent], bar);
        }

        var generated = clock.Elapsed;
        await output.WriteLineAsync(string.Create(Invariant,
            $"   {data.Accounts.Length:N0} accounts, {data.Attempts.Length:N0} attempts, {data.Promises.Length:N0} promises, {data.Payments.Length:N0} payments, {data.Complaints.Length:N0} complaints, {data.AgentTimes.Length:N0} agent days ({Seconds(generated)})")).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        // 3. Split every kind of fact into contiguous slices, count each partition on its own thread, save its partial state.
        await output.WriteLineAsync(string.Create(Invariant, $"2. Counting {arguments.Partitions} partitions in parallel, each saving its partial state")).ConfigureAwait(false);
        Directory.CreateDirectory(stateDirectory);
        var paths = new string[arguments.Partitions];
        var timings = new TimeSpan[arguments.Partitions];
        var counting = Stopwatch.StartNew();
        // Every accumulator is sized for the month's account indexes (a host takes KpiCodebook.AccountCount), so none
        // grows while counting or merging.
        var accountCapacity = data.Accounts.Length;
        await Parallel.ForAsync(0, arguments.Partitions, cancellationToken, async (p, token) =>
        {
            var started = Stopwatch.StartNew();
            var accumulator = new KpiAccumulator(data.Scope, accountCapacity)
                .Add(Slice(data.Accounts, p, arguments.Partitions)).Add(Slice(data.Attempts, p, arguments.Partitions))
                .Add(Slice(data.Promises, p, arguments.Partitions)).Add(Slice(data.Payments, p, arguments.Partitions))
                .Add(Slice(data.Complaints, p, arguments.Partitions)).Add(Slice(data.AgentTimes, p, arguments.Partitions));
            paths[p] = Path.Combine(stateDirectory, string.Create(Invariant, $"partition-{p + 1}.kpistate"));
            await using (var file = File.Create(paths[p]))
            {
                accumulator.SaveState(file);
            }

            timings[p] = started.Elapsed;
        }).ConfigureAwait(false);
        var counted = counting.Elapsed;
        for (var p = 0; p < arguments.Partitions; p++)
        {
            await output.WriteLineAsync(string.Create(Invariant,
                $"   partition {p + 1}: {Slice(data.Attempts, p, arguments.Partitions).Length:N0} attempts counted and saved in {Seconds(timings[p])}, state {new FileInfo(paths[p]).Length / 1024.0:N0} KB")).ConfigureAwait(false);
        }

        // 4. Load the partial states (as another node would) and merge them.
        var merging = Stopwatch.StartNew();
        var merged = new KpiAccumulator(data.Scope, accountCapacity);
        foreach (var path in paths)
        {
            await using var file = File.OpenRead(path);
            merged.Merge(KpiAccumulator.LoadState(file));
        }

        var mergedReport = merged.ToReport();
        var mergeTime = merging.Elapsed;
        await output.WriteLineAsync(string.Create(Invariant, $"3. Loaded and merged {arguments.Partitions} partial states in {Seconds(mergeTime)}")).ConfigureAwait(false);

        // 5. Count everything in one pass on one thread, and check the merge equals it.
        var single = Stopwatch.StartNew();
        var onePass = data.AddTo(new KpiAccumulator(data.Scope, accountCapacity));
        var onePassReport = onePass.ToReport();
        var singleTime = single.Elapsed;
        var sameState = onePass.SaveState().AsSpan().SequenceEqual(merged.SaveState());
        var sameFigures = onePassReport.Figures().SequenceEqual(mergedReport.Figures());
        await output.WriteLineAsync(string.Create(Invariant, $"4. One pass over everything on one thread: {Seconds(singleTime)}")).ConfigureAwait(false);
        await output.WriteLineAsync(sameState && sameFigures
            ? "   merged = one pass: the partial states merged to exactly the one-pass counts and figures"
            : "   MISMATCH: the merged counts differ from one pass").ConfigureAwait(false);

        // 6. Print the catalog's figures with their titles, and the timings.
        await output.WriteLineAsync(string.Create(Invariant, $"5. Figures for {data.Scope.Period.Start:uuuu-MM-dd}..{data.Scope.Period.End:uuuu-MM-dd} ({data.Scope.Currency.Code})")).ConfigureAwait(false);
        foreach (var figure in mergedReport.Figures())
        {
            var definition = figure.Definition;
            await output.WriteLineAsync(string.Create(Invariant,
                $"   {figure.Format(figure.Unit == KpiUnit.Ratio ? 4 : 2, Invariant),14}  {definition.Title.English,-45}  {definition.Title.Arabic}  ({figure.Rate.Numerator:0.##} / {figure.Rate.Denominator:0.##})")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("   RPC rate per channel / معدل التواصل مع الطرف المعني لكل قناة:").ConfigureAwait(false);
        foreach (var figure in mergedReport.Breakdown(KpiId.RightPartyContactRate, KpiDimension.Channel).Where(f => f.Key.Code > 0))
        {
            var channel = Channel.All[figure.Key.Code - 1];
            await output.WriteLineAsync(string.Create(Invariant, $"   {figure.Format(2, Invariant),14}  {channel.Title.English,-45}  {channel.Title.Arabic}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(Invariant,
            $"Timings: generate {Seconds(generated)}; {arguments.Partitions} partitions in parallel {Seconds(counted)} (with saving); load + merge {Seconds(mergeTime)}; one pass {Seconds(singleTime)}; total {Seconds(clock.Elapsed)}")).ConfigureAwait(false);
        return sameState && sameFigures ? 0 : 1;
    }

    private static ReadOnlySpan<T> Slice<T>(T[] facts, int partition, int partitions)
    {
        var start = (int)((long)facts.Length * partition / partitions);
        var end = (int)((long)facts.Length * (partition + 1) / partitions);
        return facts.AsSpan(start, end - start);
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", Invariant) + " s";
}
