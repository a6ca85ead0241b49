using System.Text;

namespace Collections.Intake.Tests.Reading;

/// <summary>The same small Arabic file in UTF-8, UTF-8 with a byte-order mark, UTF-16 and Windows-1256 reads identically.</summary>
public sealed class EncodingTests
{
    private const string Text =
        "رقم الحساب,اسم العميل,الجوال,رقم الفاتورة,تاريخ الاستحقاق,المبلغ\r\n"
        + "ح-١٠٠,عبدالله الغامدي,0551234567,0001,2024-01-31,\"1,500.00\"\r\n"
        + "ح-١٠١,نورة العتيبي,0501234567,0002,2024-02-29,250.75\r\n";

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }

    private static string Describe(Portfolio portfolio) => string.Join(
        " | ",
        portfolio.Items.Select(i => $"{i.AccountId}:{i.Id}:{i.DueOn}:{i.Amount}")
            .Concat(portfolio.Debtors.Select(d => $"{d.Id}:{d.Name}:{string.Join(";", d.ContactPoints.Select(c => c.Value))}")));

    public static TheoryData<string, byte[], string?> Versions()
    {
        var utf8 = new UTF8Encoding(false).GetBytes(Text);
        return new TheoryData<string, byte[], string?>
        {
            { "utf-8, detected", utf8, null },
            { "utf-8, declared", utf8, "utf-8" },
            { "utf-8 with BOM, detected", [.. Encoding.UTF8.Preamble, .. utf8], null },
            { "utf-16 with BOM", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Text)], null },
            { "windows-1256, declared", Windows1256(Text), "windows-1256" },
            { "windows-1256, detected", Windows1256(Text), null },
        };
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [MemberData(nameof(Versions))]
    public async Task ReadAsync_SameArabicFileInAnyEncoding_ReadsIdentically(string version, byte[] bytes, string? declared)
    {
        IntakeEncoding.TryFromCode(declared, out var encoding);
        var reference = await Intake.ReadAsync(new UTF8Encoding(false).GetBytes(Text), Intake.Ledger());
        var result = await Intake.ReadAsync(bytes, Intake.Ledger() with { Encoding = encoding });

        Assert.True(result.Report.IsClean, version);
        Assert.Equal(Describe(reference.Portfolio!), Describe(result.Portfolio!));
        Assert.Equal("عبدالله الغامدي", result.Portfolio!.Debtors[0].Name);
        Assert.Equal("ح-100", result.Portfolio.Accounts[0].Id.Value);
    }

    [Fact]
    public async Task ReadAsync_EncodingUsed_IsReported()
    {
        var utf8 = await Intake.ReadAsync(new UTF8Encoding(false).GetBytes(Text), Intake.Ledger());
        Assert.Equal((IntakeEncoding.Utf8, false), (utf8.Encoding, utf8.HasByteOrderMark));
        var bom = await Intake.ReadAsync([.. Encoding.UTF8.Preamble, .. new UTF8Encoding(false).GetBytes(Text)], Intake.Ledger());
        Assert.Equal((IntakeEncoding.Utf8, true), (bom.Encoding, bom.HasByteOrderMark));
        var declared = await Intake.ReadAsync(Windows1256(Text), Intake.Ledger() with { Encoding = IntakeEncoding.Windows1256 });
        Assert.Equal(IntakeEncoding.Windows1256, declared.Encoding);
        Assert.Contains(declared.Report.Notes, n => n.Text.English == "Text encoding: windows-1256 (declared).");
    }

    [Fact]
    public async Task ReadAsync_NotUtf8WithoutADeclaration_FallsBackToWindows1256AndSaysWhere()
    {
        // The header's first Arabic letter (ر, 0xD1 in Windows-1256) is byte 0; 0xD1 0xDE cannot be UTF-8.
        var result = await Intake.ReadAsync(Windows1256(Text), Intake.Ledger());
        Assert.Equal(IntakeEncoding.Windows1256, result.Encoding);
        var note = Assert.Single(result.Report.Notes, n => n.Code == "encoding_fallback");
        Assert.Equal("The file is not valid UTF-8 (first invalid byte at offset 0, line 1); it was read as Windows-1256 (Arabic Windows).", note.Text.English);
    }

    [Fact]
    public async Task ReadAsync_Utf8DeclaredAsWindows1256_IsReadButFlagged()
    {
        // English headers, Arabic values: the file reads, with garbled names, and the report says the declaration looks wrong.
        var text = "Account,Name,Invoice,Due Date,Amount\nA1,نورة,I1,2024-01-31,1.00\n";
        var result = await Intake.ReadAsync(new UTF8Encoding(false).GetBytes(text), Intake.Ledger() with { Encoding = IntakeEncoding.Windows1256 });
        Assert.Contains(result.Report.Notes, n => n.Code == "encoding_suspicious");
        Assert.NotEqual("نورة", Assert.Single(result.Portfolio!.Debtors).Name);
    }

    [Fact]
    public async Task ReadAsync_ArabicHeadersGarbledByAWrongDeclaration_SaysTheEncodingLooksWrong()
    {
        var exception = await Intake.FailsAsync(new UTF8Encoding(false).GetBytes(Text), Intake.Ledger() with { Encoding = IntakeEncoding.Windows1256 });
        Assert.Equal(FileProblem.MissingColumns, exception.Problem);
        Assert.EndsWith("The file was declared Windows-1256 but its bytes are also valid UTF-8 with non-ASCII text; check that its Arabic text reads correctly.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_InvalidByteAfterAUtf8ByteOrderMark_IsAnEncodingError()
    {
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\n"), 0xFF];
        var exception = await Intake.FailsAsync(bytes, Intake.Ledger());
        Assert.Equal(FileProblem.InvalidEncoding, exception.Problem);
        Assert.Equal(bytes.Length - 1, exception.ByteOffset);
        Assert.Equal(3, exception.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_Utf8SequenceCutAtTheEndOfTheFile_IsAnEncodingError()
    {
        var bytes = Intake.Utf8("Account,Invoice,Due Date,Amount\nA1,I1,2024-01-31,1.00\nم");
        var truncated = bytes[..^1]; // م is D9 85 in UTF-8; keep only D9
        var exception = await Intake.FailsAsync(truncated, Intake.Ledger() with { Encoding = IntakeEncoding.Utf8 });
        Assert.Equal(truncated.Length - 1, exception.ByteOffset);
    }

    [Fact]
    public async Task ReadAsync_LargeFile_FindsAnInvalidByteAcrossReadChunks()
    {
        // More than one 1 MB inspection chunk, with a two-byte Arabic letter straddling the first chunk boundary.
        var row = "A1,I{0},2024-01-31,1.00\n";
        var builder = new StringBuilder("Account,Invoice,Due Date,Amount\n");
        var rows = 0;
        while (builder.Length < (1 << 20) + 100) // ASCII: one byte per character
        {
            builder.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, row, rows++));
        }

        var good = Intake.Utf8(builder.ToString());
        var result = await Intake.ReadAsync(good, Intake.Ledger() with { Encoding = IntakeEncoding.Utf8 });
        Assert.Equal(rows, result.Report.RowsAccepted);

        var bad = good.ToArray();
        bad[(1 << 20) + 50] = 0xC3; // a lead byte followed by an ASCII byte
        var exception = await Intake.FailsAsync(bad, Intake.Ledger() with { Encoding = IntakeEncoding.Utf8 });
        Assert.Equal((1 << 20) + 50, exception.ByteOffset);
        Assert.Equal(1 + good.AsSpan(0, (1 << 20) + 50).Count((byte)'\n'), exception.LineNumber);
    }
}
