using System.Globalization;
using System.Text;

namespace Collections.Core.Audit;

/// <summary>Prints a JSON number as RFC 8785 requires (ECMAScript's Number-to-String of the IEEE 754 double) and checks that nothing was lost.</summary>
/// <remarks>
/// ECMAScript (ECMA-262, Number::toString): with the shortest digits <c>d</c> (k of them) and decimal exponent n such that the
/// value is <c>d × 10^(n−k)</c>: if k ≤ n ≤ 21, the digits and n−k zeros; if 0 &lt; n ≤ 21, a point after n digits; if
/// −6 &lt; n ≤ 0, <c>0.</c>, −n zeros and the digits; otherwise exponent form <c>d.ddde±x</c> with x = n−1. .NET's
/// round-trip format (<c>"R"</c>) gives the same shortest digits, in its own layout, which is re-laid here.
/// </remarks>
internal static class CanonicalNumber
{
    public static bool TryFormat(string literal, out string canonical, out string problem)
    {
        canonical = string.Empty;
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problem = $"the number {literal} is outside the range of an IEEE 754 double; write it as a string";
            return false;
        }

        canonical = Format(value);
        if (!SameDecimal(literal, canonical))
        {
            problem = $"the number {literal} cannot be kept exactly (it would become {canonical}); write it as a string";
            canonical = string.Empty;
            return false;
        }

        problem = string.Empty;
        return true;
    }

    /// <summary>ECMAScript's Number-to-String for a finite double.</summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0"; // Also for −0, as ECMAScript prints it.
        }

        var (negative, digits, exponent) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        var n = (int)exponent; // A double's decimal exponent lies within ±400.
        var k = digits.Length;
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var power = n - 1;
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            text.Append('e').Append(power < 0 ? '-' : '+').Append(Math.Abs(power).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>Whether two number literals denote the same decimal value (sign, significant digits and exponent).</summary>
    private static bool SameDecimal(string left, string right)
    {
        var a = Decompose(left);
        var b = Decompose(right);
        if (a.Digits.Length == 0 || b.Digits.Length == 0)
        {
            return a.Digits.Length == b.Digits.Length; // Zero, whatever its sign or exponent.
        }

        return a.Negative == b.Negative && a.Exponent == b.Exponent && string.Equals(a.Digits, b.Digits, StringComparison.Ordinal);
    }

    /// <summary>
    /// Splits a number literal (JSON, or .NET's <c>"R"</c> output such as <c>1.5E+21</c>) into its sign, its significant
    /// digits without leading or trailing zeros, and n, the position of the decimal point relative to the first digit.
    /// </summary>
    private static (bool Negative, string Digits, long Exponent) Decompose(string literal)
    {
        var span = literal.AsSpan();
        var negative = span.Length > 0 && span[0] == '-';
        if (negative || (span.Length > 0 && span[0] == '+'))
        {
            span = span[1..];
        }

        var exponentAt = span.IndexOfAny('e', 'E');
        long exponent = 0;
        if (exponentAt >= 0)
        {
            // A literal's exponent beyond ±10^15 has no double anyway; clamping keeps the arithmetic in range.
            var exponentText = span[(exponentAt + 1)..];
            exponent = long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                ? Math.Clamp(parsed, -1_000_000_000_000_000, 1_000_000_000_000_000)
                : (exponentText.Length > 0 && exponentText[0] == '-' ? -1_000_000_000_000_000 : 1_000_000_000_000_000);
            span = span[..exponentAt];
        }

        var pointAt = span.IndexOf('.');
        var integerDigits = pointAt >= 0 ? pointAt : span.Length;
        var digits = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c != '.')
            {
                digits.Append(c);
            }
        }

        var n = integerDigits + exponent;
        var all = digits.ToString();
        var leading = 0;
        while (leading < all.Length && all[leading] == '0')
        {
            leading++;
        }

        var trailing = all.Length;
        while (trailing > leading && all[trailing - 1] == '0')
        {
            trailing--;
        }

        return (negative, all[leading..trailing], n - leading);
    }
}
