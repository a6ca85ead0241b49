using Collections.Core;
using PhoneNumbers;

namespace Collections.Intake;

/// <summary>Normalises phone numbers to E.164 with libphonenumber, with a fast path for the common Saudi mobile forms.</summary>
/// <remarks>
/// <para>Numbers without a country code belong to the default region (SA unless declared). Invalid numbers are never dropped:
/// the caller keeps them as invalid contact points with the reason.</para>
/// <para>The fast path recognises, without calling libphonenumber, a Saudi mobile written as <c>05XXXXXXXX</c>,
/// <c>5XXXXXXXX</c>, <c>9665XXXXXXXX</c>, <c>+9665XXXXXXXX</c> or <c>009665XXXXXXXX</c> (digits in any of the three forms,
/// spaces, dashes, dots and parentheses allowed) whose national number matches libphonenumber's Saudi mobile pattern
/// <c>5(?:[013-689]\d|7[0-8])\d{6}|579[0-8]\d{5}</c> — the second reduces to the first. Anything else goes to libphonenumber.
/// A property test checks that both paths agree.</para>
/// </remarks>
internal sealed class PhoneNormaliser
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private const int SlowPathCacheLimit = 4096;

    private readonly bool _regionIsSaudiArabia;

    // Junk such as "0", "-" or "N/A" repeats across a file; libphonenumber's answer for the same text is the same.
    private readonly Dictionary<(string Text, ContactPointKind Kind), (PhoneCheck Check, NormalisationFlags Flags)> _slowPathCache = [];

    public PhoneNormaliser(string region)
    {
        Region = region.ToUpperInvariant();
        _regionIsSaudiArabia = Region == "SA";
    }

    public string Region { get; }

    /// <summary>Normalises a number; <paramref name="flags"/> records a rewrite to E.164 and non-ASCII digits.</summary>
    public PhoneCheck Normalise(ReadOnlySpan<char> text, ContactPointKind columnKind, ref NormalisationFlags flags)
    {
        var local = NormalisationFlags.None;
        var trimmed = CellText.Trim(text, ref local);
        if (TryFastSaudiMobile(trimmed, ref local, out var e164))
        {
            if (!trimmed.SequenceEqual(e164))
            {
                local |= NormalisationFlags.PhonesToE164;
            }

            flags |= local;
            return new PhoneCheck(true, e164, ContactPointKind.Mobile, null);
        }

        var key = trimmed.ToString();
        if (_slowPathCache.TryGetValue((key, columnKind), out var cached))
        {
            flags |= local | cached.Flags;
            return cached.Check;
        }

        var slowFlags = NormalisationFlags.None;
        var check = Slow(key, columnKind, ref slowFlags);
        if (_slowPathCache.Count < SlowPathCacheLimit)
        {
            _slowPathCache[(key, columnKind)] = (check, slowFlags);
        }

        flags |= local | slowFlags;
        return check;
    }

    /// <summary>The libphonenumber path alone, for tests that compare it with the fast path.</summary>
    internal PhoneCheck NormaliseWithLibrary(string text, ContactPointKind columnKind)
    {
        var ignored = NormalisationFlags.None;
        return Slow(text.Trim(), columnKind, ref ignored);
    }

    private PhoneCheck Slow(string text, ContactPointKind columnKind, ref NormalisationFlags flags)
    {
        var cleaned = RemoveInvisible(text);
        PhoneNumber number;
        try
        {
            number = Util.Parse(cleaned, Region);
        }
        catch (NumberParseException exception)
        {
            var key = exception.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "phone.invalid_country_code",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "phone.too_short",
                ErrorType.TOO_LONG => "phone.too_long",
                _ => "phone.not_a_number",
            };
            return new PhoneCheck(false, text, columnKind, IntakeTexts.Get(key));
        }

        if (!Util.IsValidNumber(number))
        {
            var key = Util.IsPossibleNumberWithReason(number) switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT or PhoneNumberUtil.ValidationResult.INVALID_LENGTH => "phone.too_short",
                PhoneNumberUtil.ValidationResult.TOO_LONG => "phone.too_long",
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "phone.invalid_country_code",
                _ => "phone.not_valid",
            };
            return new PhoneCheck(false, text, columnKind, IntakeTexts.Get(key));
        }

        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        var kind = Util.GetNumberType(number) switch
        {
            PhoneNumberType.MOBILE => ContactPointKind.Mobile,
            PhoneNumberType.FIXED_LINE_OR_MOBILE => columnKind,
            _ => ContactPointKind.Landline,
        };
        foreach (var c in cleaned)
        {
            _ = CellText.DigitValue(c, ref flags);
        }

        if (!string.Equals(e164, text, StringComparison.Ordinal))
        {
            flags |= NormalisationFlags.PhonesToE164;
        }

        return new PhoneCheck(true, e164, kind, null);
    }

    private bool TryFastSaudiMobile(ReadOnlySpan<char> text, ref NormalisationFlags flags, out string e164)
    {
        e164 = string.Empty;
        if (text.Length is < 9 or > 24)
        {
            return false;
        }

        Span<char> digits = stackalloc char[24];
        var count = 0;
        var plus = false;
        var digitFlags = NormalisationFlags.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var digit = CellText.DigitValue(c, ref digitFlags);
            if (digit >= 0)
            {
                digits[count++] = (char)('0' + digit);
            }
            else if (c == '+' && i == 0)
            {
                plus = true;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')') && !CellText.IsInvisible(c))
            {
                return false;
            }
        }

        scoped ReadOnlySpan<char> national;
        if (plus)
        {
            if (count != 12 || !digits.StartsWith("966"))
            {
                return false;
            }

            national = digits[3..12];
        }
        else if (count == 14 && digits.StartsWith("00966"))
        {
            national = digits[5..14];
        }
        else if (!_regionIsSaudiArabia)
        {
            return false;
        }
        else if (count == 12 && digits.StartsWith("966"))
        {
            national = digits[3..12];
        }
        else if (count == 10 && digits[0] == '0')
        {
            national = digits[1..10];
        }
        else if (count == 9)
        {
            national = digits[..9];
        }
        else
        {
            return false;
        }

        // libphonenumber 9.0.43, SA mobile: 579[0-8]\d{5}|5(?:[013-689]\d|7[0-8])\d{6}
        if (national[0] != '5' || national[1] == '2' || (national[1] == '7' && national[2] == '9' && national[3] == '9'))
        {
            return false;
        }

        flags |= digitFlags;
        e164 = string.Concat("+966", national);
        return true;
    }

    private static string RemoveInvisible(string text)
    {
        foreach (var c in text)
        {
            if (CellText.IsInvisible(c) && c != '\u00A0')
            {
                return string.Concat(text.Where(ch => !CellText.IsInvisible(ch) || ch == '\u00A0'));
            }
        }

        return text;
    }
}
