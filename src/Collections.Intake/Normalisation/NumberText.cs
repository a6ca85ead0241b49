namespace Collections.Intake;

/// <summary>Reads amounts and whole numbers written by people and spreadsheets, exactly and without the machine's culture.</summary>
/// <remarks>
/// <para>Accepted, each counted as a normalisation: Arabic-Indic (٠–٩) and Persian (۰–۹) digits; the Arabic decimal
/// separator ٫ and thousands separator ٬; thousands separators (<c>,</c> or a space when the decimal separator is <c>.</c>;
/// <c>.</c> or a space when it is <c>,</c>) in groups of three; parentheses for negative amounts (<c>(120.00)</c>); a leading or
/// trailing currency code or symbol of the declared currency (<c>SAR 1,200</c>, <c>1,200 ر.س</c>); scientific notation
/// (<c>5e+05</c>), computed exactly.</para>
/// <para>Refused: more decimals than the currency allows (never rounded; trailing zeros are fine), misplaced group separators
/// (<c>1,23</c>), another currency's code, anything else that is not a number.</para>
/// </remarks>
internal static partial class NumberText
{
    private const int MaxSignificantDigits = 18; // 10^18 < long.MaxValue

    /// <summary>Reads a number into whole minor units (<paramref name="minorDigits"/> = 2: "12.5" → 1250).</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="decimalSeparator"><c>.</c> or <c>,</c>.</param>
    /// <param name="currencyCode">The declared currency, whose codes and symbols may be written around the amount; null for plain numbers.</param>
    /// <param name="minorDigits">Decimals allowed.</param>
    /// <param name="minorUnits">The value in minor units.</param>
    /// <param name="flags">Normalisations applied, added to.</param>
    /// <param name="foundCurrency">The other currency written on the amount, for <see cref="NumberError.CurrencyMismatch"/>.</param>
    /// <returns><see cref="NumberError.None"/> when read.</returns>
    public static NumberError TryParse(
        ReadOnlySpan<char> text, char decimalSeparator, string? currencyCode, int minorDigits, out long minorUnits, ref NormalisationFlags flags, out string? foundCurrency)
    {
        minorUnits = 0;
        foundCurrency = null;
        if (TryPlainAscii(text, decimalSeparator, minorDigits, out minorUnits))
        {
            return NumberError.None; // the common case, with nothing to normalise
        }

        var local = NormalisationFlags.None;
        var s = CellText.Trim(text, ref local);
        if (s.IsEmpty)
        {
            return NumberError.Empty;
        }

        var negative = false;
        var error = Peel(ref s, currencyCode, ref negative, ref local, ref foundCurrency);
        if (error != NumberError.None)
        {
            return error;
        }

        error = ReadDigits(s, decimalSeparator, minorDigits, negative, out minorUnits, ref local);
        if (error == NumberError.None)
        {
            flags |= local;
        }

        return error;
    }

    private static NumberError Peel(ref ReadOnlySpan<char> s, string? currencyCode, ref bool negative, ref NormalisationFlags flags, ref string? foundCurrency)
    {
        bool parentheses = false, sign = false, currency = false;
        while (!s.IsEmpty)
        {
            if (!parentheses && !sign && s.Length >= 2 && s[0] == '(' && s[^1] == ')')
            {
                parentheses = true;
                negative = true;
                flags |= NormalisationFlags.ParenthesesNegative;
                s = CellText.Trim(s[1..^1], ref flags);
                continue;
            }

            if (!currency && (!IsNumberEdge(s[0]) || !IsNumberEdge(s[^1])))
            {
                IReadOnlyCollection<string> codes = [];
                var length = IsNumberEdge(s[0]) ? 0 : CurrencyTokens.MatchPrefix(s, out codes);
                var atEnd = false;
                if (length == 0 && !IsNumberEdge(s[^1]))
                {
                    length = CurrencyTokens.MatchSuffix(s, out codes);
                    atEnd = true;
                }

                if (length > 0)
                {
                    if (currencyCode is null)
                    {
                        return NumberError.Invalid;
                    }

                    if (!codes.Contains(currencyCode))
                    {
                        foundCurrency = codes.First();
                        return NumberError.CurrencyMismatch;
                    }

                    currency = true;
                    flags |= NormalisationFlags.CurrencyRemoved;
                    s = CellText.Trim(atEnd ? s[..^length] : s[length..], ref flags);
                    continue;
                }
            }

            if (!sign && !parentheses && s.Length > 1 && s[0] is '-' or '\u2212' or '+')
            {
                sign = true;
                negative = s[0] != '+';
                s = CellText.Trim(s[1..], ref flags);
                continue;
            }

            if (!sign && !parentheses && s.Length > 1 && s[^1] is '-' or '\u2212')
            {
                // Accounting exports (SAP and others) write credits with a trailing minus: "120.00-".
                sign = true;
                negative = true;
                s = CellText.Trim(s[..^1], ref flags);
                continue;
            }

            break;
        }

        return s.IsEmpty ? NumberError.Invalid : NumberError.None;
    }

    /// <summary>Reads <c>123</c>, <c>-123.45</c> (at most the currency's decimals, ASCII digits only) without the general rules.</summary>
    private static bool TryPlainAscii(ReadOnlySpan<char> text, char decimalSeparator, int minorDigits, out long minorUnits)
    {
        minorUnits = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        var i = negative ? 1 : 0;
        if (text.Length - i is < 1 or > 14) // at most 14 digits, times at most 10^4: always inside a long
        {
            return false;
        }

        long value = 0;
        var integerDigits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++, integerDigits++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        if (integerDigits == 0)
        {
            return false;
        }

        var fractionDigits = 0;
        if (i < text.Length)
        {
            if (text[i] != decimalSeparator)
            {
                return false;
            }

            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++, fractionDigits++)
            {
                value = (value * 10) + (text[i] - '0');
            }

            if (i < text.Length || fractionDigits > minorDigits)
            {
                return false; // something else follows, or more decimals than the currency has: the general rules decide
            }
        }

        for (var scale = fractionDigits; scale < minorDigits; scale++)
        {
            value *= 10;
        }

        minorUnits = negative ? -value : value;
        return true;
    }

    /// <summary>Whether a character can start or end the number itself, so that no currency token needs looking for there.</summary>
    private static bool IsNumberEdge(char c)
    {
        var ignored = NormalisationFlags.None;
        return CellText.DigitValue(c, ref ignored) >= 0 || c is '(' or ')' or '-' or '+' or '.' or ',' or '\u2212' or '\u066B';
    }

    private static NumberError ReadDigits(ReadOnlySpan<char> s, char decimalSeparator, int minorDigits, bool negative, out long minorUnits, ref NormalisationFlags flags)
    {
        minorUnits = 0;
        Span<byte> digits = s.Length <= 256 ? stackalloc byte[s.Length] : new byte[s.Length];
        var count = 0;
        var fractionDigits = 0;
        var inFraction = false;
        var groupKind = '\0';
        var groupLength = 0; // digits since the last group separator, in the integer part
        var exponent = 0;
        var groupSeparator = decimalSeparator == '.' ? ',' : '.';
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var digit = CellText.DigitValue(c, ref flags);
            if (digit >= 0)
            {
                digits[count++] = (byte)digit;
                if (inFraction)
                {
                    fractionDigits++;
                }
                else
                {
                    groupLength++;
                }

                continue;
            }

            if (c == decimalSeparator || c == '\u066B')
            {
                if (inFraction || (groupKind != '\0' && groupLength != 3))
                {
                    return NumberError.Invalid;
                }

                if (c == '\u066B')
                {
                    flags |= NormalisationFlags.ArabicSeparators;
                }

                inFraction = true;
                continue;
            }

            var kind = c == groupSeparator || c == '\u066C' || c == '\'' ? c : c is ' ' or '\u00A0' or '\u202F' or '\u2009' ? ' ' : '\0';
            if (kind != '\0')
            {
                var firstGroupOk = groupKind == '\0' && groupLength is >= 1 and <= 3;
                var nextGroupOk = groupKind == kind && groupLength == 3;
                if (inFraction || !(firstGroupOk || nextGroupOk))
                {
                    return NumberError.Invalid;
                }

                groupKind = kind;
                groupLength = 0;
                flags |= c == '\u066C' ? NormalisationFlags.ArabicSeparators : NormalisationFlags.ThousandsSeparators;
                continue;
            }

            if (c is 'e' or 'E')
            {
                if (count == 0 || !TryReadExponent(s[(i + 1)..], ref flags, out exponent))
                {
                    return NumberError.Invalid;
                }

                flags |= NormalisationFlags.ScientificNotation;
                break;
            }

            if (CellText.IsInvisible(c))
            {
                flags |= NormalisationFlags.InvisibleCharacters;
                continue;
            }

            return NumberError.Invalid;
        }

        if (count == 0 || (groupKind != '\0' && !inFraction && groupLength != 3))
        {
            return NumberError.Invalid;
        }

        return Compose(digits[..count], fractionDigits, exponent, minorDigits, negative, out minorUnits);
    }

    private static bool TryReadExponent(ReadOnlySpan<char> s, ref NormalisationFlags flags, out int exponent)
    {
        exponent = 0;
        var negative = false;
        if (!s.IsEmpty && s[0] is '+' or '-' or '\u2212')
        {
            negative = s[0] != '+';
            s = s[1..];
        }

        if (s.IsEmpty || s.Length > 4)
        {
            return false;
        }

        foreach (var c in s)
        {
            var digit = CellText.DigitValue(c, ref flags);
            if (digit < 0)
            {
                return false;
            }

            exponent = (exponent * 10) + digit;
        }

        exponent = negative ? -exponent : exponent;
        return true;
    }

    private static NumberError Compose(ReadOnlySpan<byte> digits, int fractionDigits, int exponent, int minorDigits, bool negative, out long minorUnits)
    {
        minorUnits = 0;
        var start = 0;
        while (start < digits.Length && digits[start] == 0)
        {
            start++;
        }

        var end = digits.Length;
        var scale = exponent - fractionDigits + minorDigits; // power of ten applied to the digits to get minor units
        while (end > start && digits[end - 1] == 0)
        {
            end--;
            scale++;
        }

        if (start == end)
        {
            return NumberError.None; // zero, however it was written
        }

        if (scale < 0)
        {
            return NumberError.TooManyDecimals; // a non-zero digit below the minor unit: never rounded
        }

        if (end - start + scale > MaxSignificantDigits)
        {
            return NumberError.OutOfRange;
        }

        long value = 0;
        for (var i = start; i < end; i++)
        {
            value = (value * 10) + digits[i];
        }

        for (var i = 0; i < scale; i++)
        {
            value *= 10;
        }

        minorUnits = negative ? -value : value;
        return NumberError.None;
    }
}
