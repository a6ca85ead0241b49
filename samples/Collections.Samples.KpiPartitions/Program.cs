// KPI partitions: a seeded month of collection work, counted per partition in parallel, partial states saved, loaded
// and merged, checked against one pass, and the catalog's figures printed in English and Arabic.
// Usage: dotnet run --project samples/Collections.Samples.KpiPartitions -- [--attempts N] [--partitions P] [--seed S]
// The numbered steps are in KpiPartitionsApp.RunAsync.
using System.Text;
using Collections.Samples.KpiPartitions;

Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await KpiPartitionsApp.RunAsync(args, Console.Out, Console.Error, Console.IsOutputRedirected, cancel.Token);
