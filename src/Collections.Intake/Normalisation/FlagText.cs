namespace Collections.Intake;

/// <summary>Reads yes/no cells: Yes/No, Y/N, True/False, T/F, 1/0, نعم/لا (case-insensitive).</summary>
internal static class FlagText
{
    public static bool TryParse(ReadOnlySpan<char> text, out bool value, ref NormalisationFlags flags)
    {
        value = false;
        if (text.Length == 2 && text[0] is 'N' or 'n' && text[1] is 'o' or 'O')
        {
            return true; // "No", the common case
        }

        var local = NormalisationFlags.None;
        var s = CellText.Trim(text, ref local);
        if (Matches(s, "yes") || Matches(s, "y") || Matches(s, "true") || Matches(s, "t") || Matches(s, "1") || Matches(s, "١") || Matches(s, "۱") || Matches(s, "نعم"))
        {
            value = true;
        }
        else if (!(Matches(s, "no") || Matches(s, "n") || Matches(s, "false") || Matches(s, "f") || Matches(s, "0") || Matches(s, "٠") || Matches(s, "۰") || Matches(s, "لا")))
        {
            return false;
        }

        flags |= local;
        return true;
    }

    private static bool Matches(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);
}
