// The escalation-file sample: synthetic accounts taken along the legal track, and the file a lawyer prints.
// Usage: dotnet run --project samples/Collections.Samples.EscalationFile -- [--out DIR] [--lang en|ar|both]
// The numbered steps are in EscalationFileApp.RunAsync.
using Collections.Samples.EscalationFile;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await EscalationFileApp.RunAsync(args, Console.Out, Console.Error, cancel.Token);
