using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Collections.Core.Audit;

/// <summary>Checks and encodes text as UTF-8 without replacing anything: a string with an unpaired surrogate is refused.</summary>
/// <remarks>
/// A lenient encoder would write U+FFFD for an unpaired surrogate, so two different strings would hash the same. The audit
/// trail never writes such text, and the verifier treats an entry holding it as edited.
/// </remarks>
internal static class Utf16Text
{
    public static bool IsWellFormed(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || AllRunesValid(text);

    /// <summary>Writes the strict UTF-8 bytes of the text; false when it is not well formed.</summary>
    public static bool TryEncode(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        var status = Utf8.FromUtf16(text, destination, out _, out written, replaceInvalidSequences: false);
        return status == OperationStatus.Done;
    }

    private static bool AllRunesValid(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            text = text[consumed..];
        }

        return true;
    }
}
