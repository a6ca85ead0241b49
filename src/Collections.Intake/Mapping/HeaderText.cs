using System.Globalization;
using System.Text;

namespace Collections.Intake;

/// <summary>Normalises header text so that "Account No.", "account_no" and "ACCOUNT NO" match, and Arabic headers match
/// with or without diacritics, tatweel or hamza forms ("رقم الحساب" = "رقم الحسـاب" = "رَقْم الحساب").</summary>
internal static class HeaderText
{
    public static string Normalise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var decomposed = header.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var mapped = Map(c);
            if (mapped != '\0')
            {
                builder.Append(mapped);
            }
        }

        return builder.ToString();
    }

    private static char Map(char c)
    {
        switch (c)
        {
            // Alef with hamza or madda, and alef wasla, are written interchangeably with bare alef in headers.
            case '\u0622' or '\u0623' or '\u0625' or '\u0671':
                return '\u0627';
            case '\u0649': // alef maksura, often typed for yeh
                return '\u064A';
            case '\u0629': // teh marbuta, often typed as heh
                return '\u0647';
            case '\u0640': // tatweel (kashida) only stretches a word
                return '\0';
            default:
                break;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return '\0'; // diacritics (harakat, Latin accents) and bidi marks
        }

        if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
        {
            return '\0'; // spaces, underscores, dots, slashes, '#', parentheses
        }

        if (c is >= '\u0660' and <= '\u0669')
        {
            return (char)('0' + (c - '\u0660'));
        }

        if (c is >= '\u06F0' and <= '\u06F9')
        {
            return (char)('0' + (c - '\u06F0'));
        }

        return char.ToLowerInvariant(c);
    }
}
