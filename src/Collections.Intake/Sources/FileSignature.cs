namespace Collections.Intake;

/// <summary>Recognises files by their first bytes, so that an image, an archive or a program given as a spreadsheet gets a
/// clear error instead of a screen of garbled rows.</summary>
internal static class FileSignature
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ([0x89, 0x50, 0x4E, 0x47], "png"),
        ([0xFF, 0xD8, 0xFF], "jpeg"),
        ([0x47, 0x49, 0x46, 0x38], "gif"),
        ([0x25, 0x50, 0x44, 0x46], "pdf"),
        ([0x50, 0x4B, 0x03, 0x04], "zip"),
        ([0x50, 0x4B, 0x05, 0x06], "zip"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "ole"),
        ([0x1F, 0x8B], "gzip"),
        ([0x52, 0x61, 0x72, 0x21], "rar"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable"),
        ([0x4D, 0x5A], "executable"),
    ];

    /// <summary>The kind of file the bytes start like (<c>png</c>, <c>zip</c>, <c>ole</c>, …), or null.</summary>
    public static string? KindOf(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }

    public static bool IsZip(ReadOnlySpan<byte> head) => KindOf(head) == "zip";

    /// <summary>The first bytes in hexadecimal for messages, for example <c>89 50 4E 47</c>.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes, int count = 4) =>
        bytes.IsEmpty ? "(none)" : Convert.ToHexString(bytes[..Math.Min(count, bytes.Length)]).Chunk(2).Select(p => new string(p)).Aggregate((a, b) => a + " " + b);
}
