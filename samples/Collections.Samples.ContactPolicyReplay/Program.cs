// The contact-policy replay sample: a seeded synthetic history of attempts replayed against the current and a proposed
// policy (sa-sama-2025 based), a report in English and Arabic, and every replayed decision in a SQLite audit log.
// Usage: dotnet run --project samples/Collections.Samples.ContactPolicyReplay -- [--out DIR] [--attempts N] ... (--help)
// The numbered steps are in ReplayApp.RunAsync.
using Collections.Samples.PolicyReplay;
using NodaTime;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await ReplayApp.RunAsync(args, Console.Out, Console.Error, Console.IsOutputRedirected, SystemClock.Instance, cancel.Token);
