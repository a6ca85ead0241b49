using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. --filter '*Aging*'. Results land in BenchmarkDotNet.Artifacts/results.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
