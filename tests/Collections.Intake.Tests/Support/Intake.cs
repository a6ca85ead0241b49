using System.Text;

namespace Collections.Intake.Tests;

/// <summary>Reads small in-memory files the way a host would, with mappings that declare what must be declared.</summary>
internal static class Intake
{
    public static readonly CreditorId Creditor = new("test-creditor");

    /// <summary>A ledger mapping in SAR; columns are recognised from the header synonyms.</summary>
    public static IntakeMapping Ledger(DateOrder? order = null) =>
        IntakeMapping.ForShape(IntakeShape.Ledger) with
        {
            CreditorId = Creditor,
            Currency = Currency.SaudiRiyal,
            DateOrder = order ?? DateOrder.Iso,
        };

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static Task<IntakeResult> ReadCsvAsync(string text, IntakeMapping mapping, IntakeOptions? options = null, string fileName = "file.csv") =>
        ReadAsync(Utf8(text), mapping, options, fileName);

    public static async Task<IntakeResult> ReadAsync(byte[] bytes, IntakeMapping mapping, IntakeOptions? options = null, string fileName = "file.csv", IProgress<IntakeProgress>? progress = null)
    {
        // Publicly visible, as a host's MemoryStream usually is: the whole-file inspection then runs alongside the rows.
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
        return await PortfolioFileReader.ReadAsync(stream, fileName, mapping, options, progress, TestContext.Current.CancellationToken);
    }

    /// <summary>For FsCheck properties, whose bodies are synchronous.</summary>
    public static IntakeResult ReadCsv(string text, IntakeMapping mapping, IntakeOptions? options = null) =>
        ReadCsvAsync(text, mapping, options).GetAwaiter().GetResult();

    /// <summary>Runs a read that must fail with a file-level error; the recorder proves no row was read before it failed.</summary>
    public static async Task<IntakeFileException> FailsAsync(byte[] bytes, IntakeMapping mapping, string fileName = "file.csv", IntakeOptions? options = null, RecordingProgress? progress = null) =>
        await Assert.ThrowsAsync<IntakeFileException>(() => ReadAsync(bytes, mapping, (options ?? new IntakeOptions()) with { ProgressInterval = 1 }, fileName, progress));

    /// <summary>The only error of a result; fails when there is not exactly one.</summary>
    public static IntakeIssue SingleError(IntakeResult result) => Assert.Single(result.Report.Errors);
}
