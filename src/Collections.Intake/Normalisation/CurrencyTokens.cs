using System.Collections.Frozen;
using Collections.Core;

namespace Collections.Intake;

/// <summary>Currency codes and symbols that may lead or trail an amount, and which currencies each stands for.</summary>
/// <remarks>A token is removed only when it stands for the file's declared currency; a token of another currency rejects the
/// cell (amounts are never converted). "$" stands for every dollar currency, so it is accepted for USD, CAD, AUD, NZD, SGD,
/// HKD and TWD alike.</remarks>
internal static class CurrencyTokens
{
    private static readonly string[] Dollars = ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"];

    // Longest first, so that "ر.س." is tried before "ر.س" and "US$" before "$".
    private static readonly (string Token, string[] Codes)[] Symbols =
    [
        ("ر.ع.", ["OMR"]), ("ر.س.", ["SAR"]), ("ر.س", ["SAR"]), ("ريال", ["SAR", "QAR", "OMR"]), ("﷼", ["SAR", "QAR", "OMR"]),
        ("د.إ.", ["AED"]), ("د.إ", ["AED"]), ("د.ك.", ["KWD"]), ("د.ك", ["KWD"]), ("د.ب.", ["BHD"]), ("د.ب", ["BHD"]),
        ("ر.ق.", ["QAR"]), ("ر.ق", ["QAR"]), ("د.أ", ["JOD"]), ("ج.م.", ["EGP"]), ("ج.م", ["EGP"]),
        ("US$", ["USD"]), ("NT$", ["TWD"]), ("HK$", ["HKD"]), ("S$", ["SGD"]), ("A$", ["AUD"]), ("C$", ["CAD"]), ("$", Dollars),
        ("€", ["EUR"]), ("£", ["GBP"]), ("¥", ["JPY", "CNY"]), ("￥", ["JPY", "CNY"]), ("₹", ["INR"]), ("₩", ["KRW"]), ("₺", ["TRY"]),
        ("SR", ["SAR"]),
    ];

    private static readonly FrozenSet<string> EmptySet = FrozenSet<string>.Empty;

    /// <summary>If the text starts (or ends) with a currency token, its length and the currencies it stands for.</summary>
    public static int MatchPrefix(ReadOnlySpan<char> text, out IReadOnlyCollection<string> codes) => Match(text, prefix: true, out codes);

    /// <inheritdoc cref="MatchPrefix"/>
    public static int MatchSuffix(ReadOnlySpan<char> text, out IReadOnlyCollection<string> codes) => Match(text, prefix: false, out codes);

    private static int Match(ReadOnlySpan<char> text, bool prefix, out IReadOnlyCollection<string> codes)
    {
        codes = EmptySet;
        if (text.IsEmpty)
        {
            return 0;
        }

        // A three-letter ISO code, separated from the digits (or at the very end of the text).
        if (text.Length >= 3)
        {
            var candidate = prefix ? text[..3] : text[^3..];
            var boundaryOk = text.Length == 3 || !char.IsAsciiLetter(prefix ? text[3] : text[^4]);
            if (boundaryOk && char.IsAsciiLetter(candidate[0]) && char.IsAsciiLetter(candidate[1]) && char.IsAsciiLetter(candidate[2])
                && Currency.TryFromCode(candidate.ToString(), out var currency))
            {
                codes = [currency.Code];
                return 3;
            }
        }

        foreach (var (token, tokenCodes) in Symbols)
        {
            var matches = prefix
                ? text.StartsWith(token, StringComparison.OrdinalIgnoreCase)
                : text.EndsWith(token, StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                // "SR" must not eat the letters of a longer word.
                if (token == "SR" && text.Length > 2 && char.IsAsciiLetter(prefix ? text[2] : text[^3]))
                {
                    continue;
                }

                codes = tokenCodes;
                return token.Length;
            }
        }

        return 0;
    }
}
