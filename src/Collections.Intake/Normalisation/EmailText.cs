namespace Collections.Intake;

/// <summary>Checks e-mail addresses the way a collector needs: one <c>@</c>, a non-empty local part, a domain with a dot,
/// no spaces; the domain is lower-cased. Invalid addresses are kept as invalid contact points, never dropped.</summary>
internal static class EmailText
{
    public static bool TryNormalise(string text, out string normalised)
    {
        normalised = text;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at > 64 || text.Length > 254)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        if (domain.Length < 3 || !domain.Contains('.', StringComparison.Ordinal) || domain[0] == '.' || domain[^1] == '.'
            || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '(' or ')' or '[' or ']' or '"')
            {
                return false;
            }
        }

        normalised = string.Concat(text.AsSpan(0, at + 1), domain.ToLowerInvariant());
        return true;
    }
}
