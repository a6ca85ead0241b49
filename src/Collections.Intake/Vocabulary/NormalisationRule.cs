using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Intake;

/// <summary>A normalisation applied to cells while reading; the report counts the cells each one changed.</summary>
/// <remarks>
/// Every rule is explicit and culture-independent (nothing depends on the machine's culture): the counts let a creditor
/// see what was rewritten, for example "scientific notation: 4,262 cells" for the UCI file.
/// </remarks>
public sealed class NormalisationRule : SmartEnum<NormalisationRule>
{
    /// <summary>Arabic-Indic digits ٠–٩ (U+0660–U+0669) read as 0–9 (code <c>arabic_indic_digits</c>).</summary>
    public static readonly NormalisationRule ArabicIndicDigits = new("arabic_indic_digits", 1);

    /// <summary>Persian digits ۰–۹ (U+06F0–U+06F9) read as 0–9 (code <c>persian_digits</c>).</summary>
    public static readonly NormalisationRule PersianDigits = new("persian_digits", 2);

    /// <summary>The Arabic decimal separator ٫ (U+066B) or thousands separator ٬ (U+066C) read (code <c>arabic_separators</c>).</summary>
    public static readonly NormalisationRule ArabicSeparators = new("arabic_separators", 3);

    /// <summary>Thousands separators (<c>1,234,567</c>) removed after checking the digit groups (code <c>thousands_separators</c>).</summary>
    public static readonly NormalisationRule ThousandsSeparators = new("thousands_separators", 4);

    /// <summary>An amount in parentheses read as negative: <c>(120.00)</c> is -120.00 (code <c>parentheses_negative</c>).</summary>
    public static readonly NormalisationRule ParenthesesNegative = new("parentheses_negative", 5);

    /// <summary>A leading or trailing currency code or symbol matching the file's currency removed (<c>SAR</c>, <c>ر.س</c>) (code <c>currency_removed</c>).</summary>
    public static readonly NormalisationRule CurrencyRemoved = new("currency_removed", 6);

    /// <summary>Scientific notation read exactly: <c>5e+05</c> is 500000 (code <c>scientific_notation</c>).</summary>
    public static readonly NormalisationRule ScientificNotation = new("scientific_notation", 7);

    /// <summary>An Excel serial day number read as a date: 41276 is 2013-01-02 (code <c>excel_serial_dates</c>).</summary>
    public static readonly NormalisationRule ExcelSerialDates = new("excel_serial_dates", 8);

    /// <summary>A Hijri (Umm al-Qura) date converted to the ISO calendar (code <c>hijri_dates</c>).</summary>
    public static readonly NormalisationRule HijriDates = new("hijri_dates", 9);

    /// <summary>A time of day after a date removed: <c>2013-01-02 00:00:00</c> is 2013-01-02 (code <c>time_removed</c>).</summary>
    public static readonly NormalisationRule TimeRemoved = new("time_removed", 10);

    /// <summary>A phone number rewritten to E.164: <c>055 123 4567</c> is +966551234567 (code <c>phones_to_e164</c>).</summary>
    public static readonly NormalisationRule PhonesToE164 = new("phones_to_e164", 11);

    /// <summary>Invisible characters removed: bidirectional marks, no-break and zero-width spaces (code <c>invisible_characters</c>).</summary>
    public static readonly NormalisationRule InvisibleCharacters = new("invisible_characters", 12);

    private NormalisationRule(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>scientific_notation</c>.</summary>
    public string Code => Name;

    /// <summary>The rule's title in English and Arabic.</summary>
    public BilingualText Title => IntakeTexts.Get("normalisation." + Code);

    /// <summary>Every rule, ordered by value.</summary>
    public static IReadOnlyList<NormalisationRule> All { get; } =
        [ArabicIndicDigits, PersianDigits, ArabicSeparators, ThousandsSeparators, ParenthesesNegative, CurrencyRemoved, ScientificNotation, ExcelSerialDates, HijriDates, TimeRemoved, PhonesToE164, InvisibleCharacters];

    /// <summary>Looks up a rule by its code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="rule">The rule when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out NormalisationRule? rule)
    {
        rule = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return rule is not null;
    }
}
