namespace Collections.Intake;

/// <summary>The normalisations applied to one cell, one bit per <see cref="NormalisationRule"/> (bit = 1 &lt;&lt; (value − 1)).</summary>
[Flags]
internal enum NormalisationFlags
{
    None = 0,
    ArabicIndicDigits = 1 << 0,
    PersianDigits = 1 << 1,
    ArabicSeparators = 1 << 2,
    ThousandsSeparators = 1 << 3,
    ParenthesesNegative = 1 << 4,
    CurrencyRemoved = 1 << 5,
    ScientificNotation = 1 << 6,
    ExcelSerialDates = 1 << 7,
    HijriDates = 1 << 8,
    TimeRemoved = 1 << 9,
    PhonesToE164 = 1 << 10,
    InvisibleCharacters = 1 << 11,
}
