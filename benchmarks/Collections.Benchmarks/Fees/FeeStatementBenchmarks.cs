using BenchmarkDotNet.Attributes;
using Collections.Fees;

namespace Collections.Benchmarks.Fees;

/// <summary>
/// A month's fee statement for a whole placement: attribution of every payment posted up to the month's end to its
/// placement, the running placed balance, fee and limit lines with Arabic and English descriptions, clawbacks against
/// the two earlier statements, exclusions with reasons, VAT, and the SHA-256 of the canonical JSON of the lines.
/// </summary>
[MemoryDiagnoser]
public class FeeStatementBenchmarks
{
    private FeeStatementRequest _request = null!;

    /// <summary>Accounts placed (about half a payment each posted in the month, 2.5 each over the three months).</summary>
    [Params(10_000, 100_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _request = FeeStatementBenchmarkData.JanuaryRequest(Accounts);
        var statement = FeeStatement.Calculate(_request);
        Console.WriteLine(
            $"// {Accounts} accounts, {_request.Payments.Count} payments ({_request.Reversals.Count} reversed), {_request.Adjustments.Count} adjustments: " +
            $"{statement.Lines.Length} lines ({statement.Lines.Count(l => l.Kind == FeeLineKind.Fee)} fees, {statement.Lines.Count(l => l.Kind == FeeLineKind.Clawback)} clawbacks), " +
            $"{statement.Exclusions.Length} exclusions, total {statement.Total}");
    }

    /// <summary>The January statement, on one core.</summary>
    [Benchmark]
    public FeeStatement Calculate() => FeeStatement.Calculate(_request);
}
