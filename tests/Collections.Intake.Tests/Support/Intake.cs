using System.Text;

namespace Collections.Intake.Tests;

/// <summary>Reads small in-memory files the way a host would, with a ledger mapping that declares what must be declared.</summary>
internal static class Intake
{
    public static readonly CreditorId Creditor = new("test-creditor");

    public static IntakeMapping Ledger(DateOrder? order = null) =>
        IntakeMapping.ForShape(IntakeShape.Ledger) with
        {
            CreditorId = Creditor,
            Currency = Currency.SaudiRiyal,
            DateOrder = order ?? DateOrder.Iso,
        };

    public static Task<IntakeResult> ReadCsvAsync(string text, IntakeMapping mapping, IntakeOptions? options = null, string fileName = "file.csv") =>
        ReadBytesAsync(new UTF8Encoding(false).GetBytes(text), mapping, options, fileName);

    public static async Task<IntakeResult> ReadBytesAsync(byte[] bytes, IntakeMapping mapping, IntakeOptions? options = null, string fileName = "file.csv")
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return await PortfolioFileReader.ReadAsync(stream, fileName, mapping, options, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>Runs a read that must fail with a file-level error, and returns the exception.</summary>
    public static Task<IntakeFileException> FailsAsync(byte[] bytes, IntakeMapping mapping, IntakeOptions? options = null, string fileName = "file.csv") =>
        Assert.ThrowsAsync<IntakeFileException>(() => ReadBytesAsync(bytes, mapping, options, fileName));

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
