using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Collections.Intake;

/// <summary>One pass over the input's bytes before parsing: SHA-256, size, first bytes, byte-order mark, UTF-8 validity
/// (offset and line of the first invalid byte), the first zero byte, and whether there is any text at all.</summary>
/// <remarks>Checking the whole file before parsing is what lets encoding problems fail before any row is read (nothing
/// half-read), and lets <see cref="IntakeEncoding.Auto"/> choose between UTF-8 and Windows-1256 for the whole file.</remarks>
internal sealed class FileInspection
{
    private const int ChunkSize = 1 << 20;

    public long ByteCount { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Head { get; private set; } = [];

    /// <summary>UTF-8 (3 bytes) or UTF-16 (2 bytes) byte-order mark length; 0 when none.</summary>
    public int ByteOrderMarkLength { get; private set; }

    /// <summary>The encoding the byte-order mark stands for, when there is one.</summary>
    public Encoding? ByteOrderMarkEncoding { get; private set; }

    public long? FirstInvalidUtf8Offset { get; private set; }

    public int FirstInvalidUtf8Line { get; private set; }

    public byte[] InvalidUtf8Bytes { get; private set; } = [];

    public long? FirstZeroByteOffset { get; private set; }

    public bool HasNonAscii { get; private set; }

    /// <summary>Whether there is nothing but a byte-order mark and white space.</summary>
    public bool IsBlank { get; private set; } = true;

    public static async Task<FileInspection> InspectAsync(Stream stream, bool inspectText, CancellationToken cancellationToken)
    {
        var inspection = new FileInspection();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var chars = inspectText ? ArrayPool<char>.Shared.Rent(ChunkSize + 4) : [];
        try
        {
            var carry = 0; // bytes of an incomplete UTF-8 sequence kept from the previous chunk, at the start of buffer
            var lineCount = 1;
            var first = true;
            var validating = true;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(carry, ChunkSize - carry), cancellationToken).ConfigureAwait(false);
                var chunk = buffer.AsSpan(carry, read);
                hash.AppendData(chunk);
                var chunkStart = inspection.ByteCount - carry; // file offset of buffer[0]
                inspection.ByteCount += read;
                if (first)
                {
                    first = false;
                    inspection.Head = chunk[..Math.Min(16, read)].ToArray();
                    inspection.DetectByteOrderMark(chunk);
                }

                if (inspectText)
                {
                    var bom = chunkStart + carry == 0 ? inspection.ByteOrderMarkLength : 0;
                    inspection.InspectChunk(buffer.AsSpan(carry + bom, read - bom), chunkStart + carry + bom);
                    if (validating && inspection.ByteOrderMarkEncoding is not UnicodeEncoding)
                    {
                        var span = buffer.AsSpan(bom, carry + read - bom);
                        var complete = read == 0 ? span.Length : CompleteLength(span);
                        var part = span[..complete];
                        if (Utf8.IsValid(part))
                        {
                            lineCount += part.Count((byte)'\n');
                            carry = span.Length - complete;
                            span[complete..].CopyTo(buffer);
                        }
                        else
                        {
                            // Only now decode, to find where: IsValid is the fast path for the whole file.
                            Utf8.ToUtf16(part, chars, out var bytesRead, out _, replaceInvalidSequences: false, isFinalBlock: true);
                            validating = false;
                            inspection.FirstInvalidUtf8Offset = chunkStart + bom + bytesRead;
                            inspection.FirstInvalidUtf8Line = lineCount + part[..bytesRead].Count((byte)'\n');
                            inspection.InvalidUtf8Bytes = part[bytesRead..Math.Min(part.Length, bytesRead + 4)].ToArray();
                            carry = 0;
                        }
                    }
                    else
                    {
                        carry = 0;
                    }
                }

                if (read == 0)
                {
                    break;
                }
            }

            inspection.Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            return inspection;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    /// <summary>The length of the span without a UTF-8 sequence cut off at its end (kept for the next chunk).</summary>
    private static int CompleteLength(ReadOnlySpan<byte> span)
    {
        for (var back = 1; back <= Math.Min(3, span.Length); back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for its lead byte
            }

            var needed = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
            return needed > back ? span.Length - back : span.Length;
        }

        return span.Length;
    }

    private void DetectByteOrderMark(ReadOnlySpan<byte> head)
    {
        ByteOrderMarkLength = ByteOrderMarkOf(head, out var encoding);
        ByteOrderMarkEncoding = encoding;
    }

    /// <summary>The length of the byte-order mark at the start of the bytes (0 when none) and the encoding it stands for.</summary>
    public static int ByteOrderMarkOf(ReadOnlySpan<byte> head, out Encoding? encoding)
    {
        encoding = null;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            return 3;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
            return 2;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
            return 2;
        }

        return 0;
    }

    private void InspectChunk(ReadOnlySpan<byte> chunk, long offset)
    {
        if (IsBlank && chunk.IndexOfAnyExcept(" \t\r\n"u8) >= 0)
        {
            IsBlank = ByteOrderMarkEncoding is UnicodeEncoding && chunk.IndexOfAnyExcept(" \t\r\n\0"u8) < 0;
        }

        if (FirstZeroByteOffset is null && ByteOrderMarkEncoding is not UnicodeEncoding)
        {
            var zero = chunk.IndexOf((byte)0);
            if (zero >= 0)
            {
                FirstZeroByteOffset = offset + zero;
            }
        }

        if (!HasNonAscii && !Ascii.IsValid(chunk))
        {
            HasNonAscii = true;
        }
    }
}
