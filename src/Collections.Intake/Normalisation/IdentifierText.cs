namespace Collections.Intake;

/// <summary>Cleans identifiers (account, invoice, debtor numbers): trimmed, Arabic-Indic and Persian digits written as ASCII,
/// everything else kept exactly, leading zeros included (<c>0000611365</c> stays as it is).</summary>
internal static class IdentifierText
{
    /// <summary>The cleaned identifier: a slice of <paramref name="text"/> when nothing needed rewriting, else written to <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text, Span<char> buffer, scoped ref NormalisationFlags flags)
    {
        var s = CellText.Trim(text, ref flags);
        var firstToRewrite = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] >= '\u0080')
            {
                firstToRewrite = i;
                break;
            }
        }

        if (firstToRewrite < 0)
        {
            return s;
        }

        var target = s.Length <= buffer.Length ? buffer : new char[s.Length];
        s[..firstToRewrite].CopyTo(target);
        var length = firstToRewrite;
        for (var i = firstToRewrite; i < s.Length; i++)
        {
            var c = s[i];
            var digit = c >= '\u0660' ? CellText.DigitValue(c, ref flags) : -1;
            if (digit >= 0)
            {
                target[length++] = (char)('0' + digit);
            }
            else if (CellText.IsInvisible(c))
            {
                flags |= NormalisationFlags.InvisibleCharacters;
            }
            else
            {
                target[length++] = c;
            }
        }

        return target[..length];
    }
}
