using System.Globalization;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>Generators for what creditors' files contain: amounts, dates and Saudi mobiles written the many ways people and
/// spreadsheets write them, each paired with the value it stands for.</summary>
public static class IntakeGenerators
{
    /// <summary>Second digits of Saudi mobile numbers that libphonenumber 9.0.43 accepts for any following digits (5[013-689]…).</summary>
    private static readonly char[] MobileSecondDigits = ['0', '1', '3', '4', '5', '6', '8', '9'];

    /// <summary>Writes ASCII digits as Arabic-Indic digits (٠–٩).</summary>
    /// <param name="text">Text with ASCII digits.</param>
    /// <returns>The same text with U+0660–U+0669 for the digits.</returns>
    public static string ToArabicIndic(string text) => new([.. text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c)]);

    /// <summary>Writes ASCII digits as Persian digits (۰–۹).</summary>
    /// <param name="text">Text with ASCII digits.</param>
    /// <returns>The same text with U+06F0–U+06F9 for the digits.</returns>
    public static string ToPersian(string text) => new([.. text.Select(c => c is >= '0' and <= '9' ? (char)('\u06F0' + (c - '0')) : c)]);

    /// <summary>Valid Saudi mobile national numbers (nine digits starting 5, in ranges valid whatever follows).</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> SaudiMobileNationalNumber() =>
        from second in Gen.Elements(MobileSecondDigits)
        from rest in Gen.Choose(0, 9_999_999)
        select "5" + second + rest.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Any nine digits starting with 5, valid or not, for comparing the fast path with libphonenumber.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> AnyNineDigitsStartingWithFive() =>
        Gen.Choose(0, 99_999_999).Select(n => "5" + n.ToString("D8", CultureInfo.InvariantCulture));

    /// <summary>The ways a Saudi mobile is written in creditors' files, for one national number.</summary>
    /// <param name="national">Nine digits starting with 5.</param>
    /// <returns>Local, international, spaced, dashed and Arabic-Indic and Persian digit forms.</returns>
    public static IReadOnlyList<string> SaudiMobileWritings(string national)
    {
        ArgumentNullException.ThrowIfNull(national);
        string[] ascii =
        [
            "0" + national,
            national,
            "+966" + national,
            "00966" + national,
            "966" + national,
            "0" + national[..2] + " " + national[2..5] + " " + national[5..],
            "+966 " + national[..2] + " " + national[2..5] + " " + national[5..],
            "+966-" + national[..2] + "-" + national[2..5] + "-" + national[5..],
            "(0" + national[..2] + ") " + national[2..5] + " " + national[5..],
        ];
        return [.. ascii, .. ascii.Select(ToArabicIndic), .. ascii.Select(ToPersian)];
    }

    /// <summary>Amounts in minor units of a two-decimal currency, from -10,000,000.00 to 10,000,000.00, zero included.</summary>
    /// <returns>The generator.</returns>
    public static Gen<long> MinorUnits() =>
        Gen.OneOf(
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(v => (long)v),
            Gen.Choose(-100_000, 100_000).Select(v => (long)v),
            Gen.Constant(0L));

    /// <summary>Writes an amount in minor units (two decimals) in one of the forms found in files, and says which form.</summary>
    /// <param name="minorUnits">The amount in halalas.</param>
    /// <param name="form">0 plain, 1 thousands separators, 2 Arabic-Indic digits with ٫ and ٬, 3 Persian digits, 4 parentheses for negatives,
    /// 5 leading "SAR ", 6 trailing " ر.س", 7 trailing minus for negatives, 8 no decimals when whole / trailing zeros otherwise.</param>
    /// <returns>The text.</returns>
    public static string WriteAmount(long minorUnits, int form)
    {
        var negative = minorUnits < 0;
        var magnitude = Math.Abs((decimal)minorUnits) / 100m;
        var plain = magnitude.ToString("0.00", CultureInfo.InvariantCulture);
        var grouped = magnitude.ToString("#,0.00", CultureInfo.InvariantCulture);
        var sign = negative ? "-" : string.Empty;
        return form switch
        {
            1 => sign + grouped,
            2 => sign + ToArabicIndic(grouped.Replace(',', '\u066C').Replace('.', '\u066B')),
            3 => sign + ToPersian(plain),
            4 => negative ? "(" + grouped + ")" : grouped,
            5 => "SAR " + sign + grouped,
            6 => sign + grouped + " ر.س",
            7 => negative ? plain + "-" : plain,
            8 => sign + (magnitude == decimal.Truncate(magnitude) ? magnitude.ToString("0", CultureInfo.InvariantCulture) : magnitude.ToString("0.0000", CultureInfo.InvariantCulture)),
            _ => sign + plain,
        };
    }

    /// <summary>Amount forms accepted by <see cref="WriteAmount"/>.</summary>
    public const int AmountForms = 9;

    /// <summary>Dates from 1950 to 2040.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> IntakeDate() =>
        Gen.Choose(DayNumber.Of(new LocalDate(1950, 1, 1)), DayNumber.Of(new LocalDate(2040, 12, 31))).Select(DayNumber.ToDate);

    /// <summary>Umm al-Qura dates inside the years NodaTime covers (1318–1500 AH), as ISO dates.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> UmmAlQuraDate() =>
        Gen.Choose(DayNumber.Of(new LocalDate(1318, 1, 1, CalendarSystem.UmAlQura)), DayNumber.Of(new LocalDate(1500, 12, 29, CalendarSystem.UmAlQura)))
            .Select(DayNumber.ToDate);
}
