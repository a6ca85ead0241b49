using System.Globalization;
using System.Text;

namespace Collections.Samples.GovernanceReport.Inputs;

/// <summary>Decodes a text file as UTF-8, with or without a byte-order mark, refusing invalid bytes: a lenient decoder
/// would turn the Arabic labels of a Windows-1256 file into U+FFFD without a word.</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the bytes, without the byte-order mark.</summary>
    /// <exception cref="FormatException">The bytes are not UTF-8; the message names the file and the first bad byte's offset.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string file)
    {
        // Encoding.Preamble is empty for an encoding that does not emit one, so the mark is spelt out.
        ReadOnlySpan<byte> mark = [0xEF, 0xBB, 0xBF];
        var body = bytes.StartsWith(mark) ? bytes[mark.Length..] : bytes;
        try
        {
            return Encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (invalid byte near offset {e.Index + (bytes.Length - body.Length)})") : string.Empty;
            throw new FormatException(
                $"{file}: the file is not UTF-8{offset}; it may be Windows-1256 (Arabic Windows). Save it as UTF-8 and run again.", e);
        }
    }
}
