namespace Collections.Intake.Tests.Normalisation;

/// <summary>Examples of every amount normalisation rule; expected values are the written amount × 100 (SAR has 2 decimals).</summary>
public sealed class NumberTextTests
{
    private static (NumberError Error, long MinorUnits, NormalisationFlags Flags, string? Found) Parse(string text, string currency = "SAR", int digits = 2, char decimalSeparator = '.')
    {
        var flags = NormalisationFlags.None;
        var error = NumberText.TryParse(text, decimalSeparator, currency, digits, out var minor, ref flags, out var found);
        return (error, minor, flags, found);
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData("1234.56", 123456)]
    [InlineData("0.5", 50)]
    [InlineData(".5", 50)]
    [InlineData("12.", 1200)]
    [InlineData("12.3400", 1234)] // trailing zeros beyond the minor unit change nothing: 12.34
    [InlineData("-0", 0)]
    [InlineData("+7", 700)]
    [InlineData("  42  ", 4200)]
    public void TryParse_PlainDecimal_ReadsExactMinorUnits(string text, long expected)
    {
        var (error, minor, _, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("1,234.56", 123456)]
    [InlineData("1,234,567.89", 123456789)]
    [InlineData("12 345.00", 1234500)]
    [InlineData("12\u00A0345.00", 1234500)] // no-break space, as Excel exports it
    public void TryParse_ThousandsSeparators_AreRemovedAndCounted(string text, long expected)
    {
        var (error, minor, flags, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.ThousandsSeparators));
    }

    [Theory]
    [InlineData("1,23")]       // groups after the first must have three digits
    [InlineData("1,2345.00")]
    [InlineData("1234,567.00")] // a first group of four digits
    [InlineData("1,234 567")]  // two kinds of group separator
    [InlineData("1.234,56")]   // comma-decimal text in a file declared dot-decimal
    public void TryParse_MisplacedThousandsSeparator_IsInvalid(string text) =>
        Assert.Equal(NumberError.Invalid, Parse(text).Error);

    [Fact]
    public void TryParse_ArabicIndicDigitsWithArabicSeparators_ReadAsAscii()
    {
        // ١٬٢٣٤٫٥٦ is 1,234.56 written with Arabic-Indic digits, U+066C thousands and U+066B decimal separators.
        var (error, minor, flags, _) = Parse("١٬٢٣٤٫٥٦");
        Assert.Equal(NumberError.None, error);
        Assert.Equal(123456, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.ArabicIndicDigits));
        Assert.True(flags.HasFlag(NormalisationFlags.ArabicSeparators));
    }

    [Fact]
    public void TryParse_PersianDigits_ReadAsAscii()
    {
        var (error, minor, flags, _) = Parse("۱۲۳۴.۵۶"); // 1234.56 in Persian digits
        Assert.Equal(NumberError.None, error);
        Assert.Equal(123456, minor);
        Assert.Equal(NormalisationFlags.PersianDigits, flags);
    }

    [Theory]
    [InlineData("(1,234.50)", -123450)]
    [InlineData("( 120 )", -12000)]
    public void TryParse_Parentheses_MakeTheAmountNegative(string text, long expected)
    {
        var (error, minor, flags, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.ParenthesesNegative));
    }

    [Theory]
    [InlineData("-120.00", -12000)]
    [InlineData("\u2212120.00", -12000)] // the Unicode minus sign
    [InlineData("120.00-", -12000)]      // accounting exports put the minus last
    public void TryParse_Minus_MakesTheAmountNegative(string text, long expected)
    {
        var (error, minor, _, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("SAR 1,234.50")]
    [InlineData("1,234.50 SAR")]
    [InlineData("sar1234.50")]
    [InlineData("1,234.50 ر.س")]
    [InlineData("ر.س 1,234.50")]
    [InlineData("1234.50 ﷼")]
    [InlineData("(SAR 1,234.50)")]
    public void TryParse_DeclaredCurrencyAroundTheAmount_IsRemoved(string text)
    {
        var (error, minor, flags, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(text.StartsWith('(') ? -123450 : 123450, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.CurrencyRemoved));
    }

    [Theory]
    [InlineData("USD 10.00", "USD")]
    [InlineData("10.00 د.إ", "AED")]
    [InlineData("€10", "EUR")]
    public void TryParse_AnotherCurrency_IsAMismatchNamingIt(string text, string found)
    {
        var (error, _, _, foundCurrency) = Parse(text);
        Assert.Equal(NumberError.CurrencyMismatch, error);
        Assert.Equal(found, foundCurrency);
    }

    [Fact]
    public void TryParse_DollarSign_IsAcceptedForEveryDollarCurrency()
    {
        Assert.Equal(NumberError.None, Parse("$1,000.00", "USD").Error);
        Assert.Equal(NumberError.None, Parse("$1,000.00", "TWD").Error);
        Assert.Equal(NumberError.CurrencyMismatch, Parse("$1,000.00", "SAR").Error);
    }

    [Theory]
    [InlineData("5e+05", 50_000_000)]  // 500,000.00 SAR: R writes it so (the UCI file)
    [InlineData("1e+06", 100_000_000)]
    [InlineData("1.5E3", 150_000)]     // 1,500.00
    [InlineData("2.5e-1", 25)]         // 0.25
    [InlineData("١e+٠٣", 100_000)]     // 1e+03 with Arabic-Indic digits
    public void TryParse_ScientificNotation_IsExact(string text, long expected)
    {
        var (error, minor, flags, _) = Parse(text);
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.ScientificNotation));
    }

    [Theory]
    [InlineData("12.345", "SAR", 2)] // halalas have two digits: never rounded to 12.35 or 12.34
    [InlineData("1e-05", "SAR", 2)]
    [InlineData("100.5", "JPY", 0)]
    [InlineData("1.2345", "KWD", 3)]
    public void TryParse_MoreDecimalsThanTheCurrencyAllows_IsRejectedNotRounded(string text, string currency, int digits) =>
        Assert.Equal(NumberError.TooManyDecimals, Parse(text, currency, digits).Error);

    [Fact]
    public void TryParse_ThreeDecimalsInKuwaitiDinars_AreKept() =>
        Assert.Equal(12345, Parse("12.345", "KWD", 3).MinorUnits);

    [Theory]
    [InlineData("1.234,56", 123456)]
    [InlineData("1 234,56", 123456)]
    [InlineData("0,5", 50)]
    public void TryParse_CommaDecimalSeparatorWhenDeclared_ReadsTheSameValue(string text, long expected)
    {
        var (error, minor, _, _) = Parse(text, decimalSeparator: ',');
        Assert.Equal(NumberError.None, error);
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("--5")]
    [InlineData("(-5)")]
    [InlineData("12a")]
    [InlineData("e5")]
    [InlineData("5e")]
    [InlineData("-")]
    [InlineData("SAR")]
    public void TryParse_NotANumber_IsInvalid(string text) => Assert.Equal(NumberError.Invalid, Parse(text).Error);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200F")]
    public void TryParse_Blank_IsEmpty(string text) => Assert.Equal(NumberError.Empty, Parse(text).Error);

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("99999999999999999")]   // 17 digits: fits a long, but not once multiplied by 100
    [InlineData("-99999999999999999")]
    public void TryParse_TooLargeForMinorUnits_IsOutOfRange(string text) =>
        Assert.Equal(NumberError.OutOfRange, Parse(text).Error);

    [Fact]
    public void TryParse_LargestAmountThatFits_IsRead() =>
        Assert.Equal(999_999_999_999_999_999, Parse("9999999999999999.99").MinorUnits); // 18 digits of halalas

    [Fact]
    public void TryParse_BidirectionalMarksCopiedFromArabicText_AreRemovedAndCounted()
    {
        var (error, minor, flags, _) = Parse("\u200F1,000.00\u200F");
        Assert.Equal(NumberError.None, error);
        Assert.Equal(100000, minor);
        Assert.True(flags.HasFlag(NormalisationFlags.InvisibleCharacters));
    }

    [Fact]
    public void TryParse_PlainNumberWithoutCurrency_RefusesACurrencyToken()
    {
        var flags = NormalisationFlags.None;
        Assert.Equal(NumberError.Invalid, NumberText.TryParse("SAR 5", '.', null, 0, out _, ref flags, out _));
    }

    [Theory]
    [InlineData(12.34, 1234)]
    [InlineData(0.30000000000000004, 30)] // 0.1 + 0.2 as a workbook stores it: binary noise, not a third decimal
    [InlineData(-0.5, -50)]
    public void FromDouble_WorkbookNumber_ReadsExactly(double value, long expected)
    {
        Assert.Equal(NumberError.None, NumberText.FromDouble(value, 2, out var minor));
        Assert.Equal(expected, minor);
    }

    [Fact]
    public void FromDouble_ThirdDecimal_IsRejected() => Assert.Equal(NumberError.TooManyDecimals, NumberText.FromDouble(12.345, 2, out _));
}
