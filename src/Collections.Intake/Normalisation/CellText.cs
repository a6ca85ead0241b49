using System.Runtime.CompilerServices;

namespace Collections.Intake;

/// <summary>Character classes shared by the cell parsers: invisible characters, digits in Arabic-Indic and Persian forms.</summary>
internal static class CellText
{
    /// <summary>Whether the character is white space or an invisible formatting character that carries no data in a cell
    /// (bidirectional marks copied from Arabic text, zero-width and no-break spaces, a stray byte-order mark).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00A0' or '\u202F' or '\u2007' or '\u2009'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Whether the character is white space (a space, tab or line break, or any other Unicode space).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainSpace(char c) => c is ' ' or '\t' or '\r' or '\n' || (c > '\u007F' && char.IsWhiteSpace(c));

    /// <summary>The value 0–9 of an ASCII, Arabic-Indic or Persian digit, or -1; records which non-ASCII form was seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DigitValue(char c, ref NormalisationFlags flags)
    {
        if (unchecked((uint)(c - '0')) <= 9)
        {
            return c - '0';
        }

        if (unchecked((uint)(c - '\u0660')) <= 9)
        {
            flags |= NormalisationFlags.ArabicIndicDigits;
            return c - '\u0660';
        }

        if (unchecked((uint)(c - '\u06F0')) <= 9)
        {
            flags |= NormalisationFlags.PersianDigits;
            return c - '\u06F0';
        }

        return -1;
    }

    /// <summary>Removes leading and trailing white space and invisible characters; flags invisible ones.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, scoped ref NormalisationFlags flags)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (IsPlainSpace(text[start]) || IsInvisible(text[start])))
        {
            if (IsInvisible(text[start]))
            {
                flags |= NormalisationFlags.InvisibleCharacters;
            }

            start++;
        }

        while (end > start && (IsPlainSpace(text[end - 1]) || IsInvisible(text[end - 1])))
        {
            if (IsInvisible(text[end - 1]))
            {
                flags |= NormalisationFlags.InvisibleCharacters;
            }

            end--;
        }

        return text[start..end];
    }

    /// <summary>Whether the text is empty once white space and invisible characters are removed.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsPlainSpace(c) && !IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }
}
