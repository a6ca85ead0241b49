namespace Collections.Intake.Tests.Reading;

/// <summary>A file reads the same from a path, from memory, from a stream that cannot seek, or from a stream already moved on;
/// the inspection runs alongside the rows or before them depending on what the input allows.</summary>
public sealed class InputSourceTests
{
    private const string Csv = "Account,Invoice,Due Date,Amount,Mobile\nA1,0001,2024-01-31,\"1,000.00\",0551234567\nA2,0002,2024-02-29,x,05123\n";

    private static string Describe(IntakeResult result) =>
        $"{result.Sha256} {result.ByteCount} {result.Encoding} {result.Report.RowsAccepted}/{result.Report.RowsRejected} "
        + string.Join(";", result.Report.Errors.Concat(result.Report.Warnings).Select(i => i.ToString()))
        + string.Join(";", result.Portfolio!.Items.Select(i => i.Id + ":" + i.Amount));

    /// <summary>A stream that can only be read forwards, like a network or upload stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    public static TheoryData<string> Sources() => ["path", "visible memory", "private memory", "forward only", "moved on"];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task ReadAsync_AnyInput_ReadsTheSameFile(string source)
    {
        var bytes = Intake.Utf8(Csv);
        var reference = await Intake.ReadAsync(bytes, Intake.Ledger());
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        try
        {
            var token = TestContext.Current.CancellationToken;
            IntakeResult result;
            switch (source)
            {
                case "path":
                    result = await PortfolioFileReader.ReadAsync(path, Intake.Ledger(), cancellationToken: token);
                    break;
                case "private memory":
                    using (var stream = new MemoryStream(bytes, writable: false))
                    {
                        result = await PortfolioFileReader.ReadAsync(stream, "file.csv", Intake.Ledger(), cancellationToken: token);
                    }

                    break;
                case "forward only":
                    using (var stream = new ForwardOnlyStream(bytes))
                    {
                        result = await PortfolioFileReader.ReadAsync(stream, "file.csv", Intake.Ledger(), cancellationToken: token);
                    }

                    break;
                case "moved on":
                    using (var stream = new MemoryStream([.. "ignored"u8, .. bytes]))
                    {
                        stream.Position = 7; // read from the current position: the 7 bytes before are not part of the file
                        result = await PortfolioFileReader.ReadAsync(stream, "file.csv", Intake.Ledger(), cancellationToken: token);
                    }

                    break;
                default:
                    result = reference;
                    break;
            }

            Assert.Equal(Describe(reference), Describe(result));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_MissingFile_IsAnIOError() =>
        await Assert.ThrowsAsync<FileNotFoundException>(() => PortfolioFileReader.ReadAsync(
            Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv"), Intake.Ledger(), cancellationToken: TestContext.Current.CancellationToken));

    [Fact]
    public async Task ReadAsync_BinaryFileThatAlsoBreaksTheRows_ReportsTheFileProblem()
    {
        // The rows fail first (no such headers), but the inspection's verdict on the bytes wins.
        byte[] bytes = [.. Intake.Utf8("x,y\n1,2\n"), 0x00, 0x01];
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger());
        Assert.Equal((FileProblem.NotASpreadsheet, 8L), (exception.Problem, exception.ByteOffset));
    }
}
