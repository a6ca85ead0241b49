using BenchmarkDotNet.Attributes;
using Collections.Core;
using Collections.Intake;

namespace Collections.Benchmarks.Intake;

/// <summary>Reading and validating a generated Saudi ledger CSV (mobiles included) into a checked portfolio: the library
/// against a plain LINQ import, in the same run.</summary>
[MemoryDiagnoser]
public class LedgerIntakeBenchmarks
{
    private readonly IntakeMapping _mapping = IntakeMapping.ForShape(IntakeShape.Ledger) with
    {
        CreditorId = new CreditorId("bench"),
        Currency = Currency.SaudiRiyal,
        DateOrder = DateOrder.Iso,
        Encoding = IntakeEncoding.Utf8,
    };

    private string _path = string.Empty;

    /// <summary>Data rows in the file (one invoice each, one to nine per account).</summary>
    [Params(100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>Writes the seeded file once and checks that both readers agree on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"collections-intake-ledger-{Rows}.csv");
        LedgerCsvGenerator.Write(_path, Rows);
        var result = PortfolioFileReader.ReadAsync(_path, _mapping).GetAwaiter().GetResult();
        var plain = PlainLinqLedgerReader.Read(_path);
        if (!result.IsAccepted || result.Report.RowsRejected != 0 || result.Portfolio.Items.Length != Rows || plain.Items.Length != Rows
            || result.Portfolio.Accounts.Length != plain.Accounts.Length)
        {
            throw new InvalidOperationException($"The readers disagree on the generated file: {result.Report}");
        }
    }

    /// <summary>Removes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>File.ReadLines, LINQ, decimal.Parse and libphonenumber for every number.</summary>
    /// <returns>The portfolio.</returns>
    [Benchmark(Baseline = true)]
    public Portfolio PlainLinq() => PlainLinqLedgerReader.Read(_path);

    /// <summary>PortfolioFileReader: SHA-256 and encoding checks, normalisation, the validation report, the portfolio.</summary>
    /// <returns>The portfolio.</returns>
    [Benchmark]
    public async Task<Portfolio> PortfolioFileReaderReadAsync() => (await PortfolioFileReader.ReadAsync(_path, _mapping)).Portfolio!;
}
