// The assessment sample: a creditor's portfolio file in, the assessment pack out.
// Usage: dotnet run --project samples/Collections.Samples.Assessment -- FILE --as-of YYYY-MM-DD --out DIR [--mapping FILE] [--lang en|ar]
// The numbered steps are in AssessmentApp.RunAsync.
using Collections.Samples.Assessment;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await AssessmentApp.RunAsync(args, Console.Out, Console.Error, Console.IsOutputRedirected, cancel.Token);
