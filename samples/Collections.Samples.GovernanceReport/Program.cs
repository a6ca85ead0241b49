// The governance report sample: a seeded synthetic quarter of collection work in, the governance report out
// (governance-report.ar.html, governance-report.en.html, governance-report.json).
// Usage: dotnet run --project samples/Collections.Samples.GovernanceReport -- --out DIR [--period weekly|monthly] [--creditor ID] [--seed S] [--accounts N]
// The numbered steps are in GovernanceApp.RunAsync.
using Collections.Samples.GovernanceReport;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await GovernanceApp.RunAsync(args, Console.Out, Console.Error, Console.IsOutputRedirected, cancel.Token);
