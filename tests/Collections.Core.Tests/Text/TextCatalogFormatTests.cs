namespace Collections.Core.Tests.Text;

/// <summary>Hand-written cases for <see cref="TextCatalog.Format"/>, <see cref="BilingualText.Format(ReadOnlySpan{TextArgument})"/> and <see cref="TextArgument"/>.</summary>
public sealed class TextCatalogFormatTests
{
    private static readonly TextCatalog Catalog = TextCatalog.Parse("""
        {
          "attempts": { "en": "{n} attempts on {date}: {amount} still due", "ar": "{n} محاولات في {date}: ما زال {amount} مستحقاً" },
          "channels": { "en": "Allowed channels: {channels}.", "ar": "الوسائل المسموح بها: {channels}." },
          "one": { "en": "1 attempt", "ar": "محاولة واحدة" },
          "braces": { "en": "Use {{ and }} in { text } freely", "ar": "نص بلا متغيرات" }
        }
        """);

    private static readonly BilingualText Sms = new("SMS", "رسالة نصية");
    private static readonly BilingualText Email = new("email", "بريد إلكتروني");

    [Fact]
    public void Format_NumberDateAndAmount_WrittenInvariantlyInBothLanguages()
    {
        var text = Catalog.Format(
            "attempts",
            TextArgument.Of("n", 7),
            TextArgument.Of("date", new LocalDate(2026, 3, 20)),
            TextArgument.Of("amount", Money.Of(1234.5m, Currency.SaudiRiyal)));

        Assert.Equal("7 attempts on 2026-03-20: 1,234.50 SAR still due", text.English);
        Assert.Equal("7 محاولات في 2026-03-20: ما زال 1,234.50 SAR مستحقاً", text.Arabic);
    }

    [Fact]
    public void Format_HijriDate_WrittenAsTheIsoDate()
    {
        // 1 Shawwal 1447 (Umm al-Qura) is 2026-03-20.
        var text = Catalog.Format(
            "attempts",
            TextArgument.Of("n", -3),
            TextArgument.Of("date", new LocalDate(1447, 10, 1, CalendarSystem.UmAlQura)),
            TextArgument.Of("amount", Money.FromMinorUnits(5, Currency.SaudiRiyal)));

        Assert.Equal("-3 attempts on 2026-03-20: 0.05 SAR still due", text.English);
        Assert.Equal("-3 محاولات في 2026-03-20: ما زال 0.05 SAR مستحقاً", text.Arabic);
    }

    [Fact]
    public void Format_BilingualList_EachLanguageWithItsOwnSeparator()
    {
        var text = Catalog.Format("channels", TextArgument.List("channels", [Sms, Email]));

        Assert.Equal("Allowed channels: SMS, email.", text.English);
        Assert.Equal("الوسائل المسموح بها: رسالة نصية، بريد إلكتروني.", text.Arabic);
    }

    [Fact]
    public void Format_BilingualValue_EachLanguageGetsItsOwnText()
    {
        var text = Catalog.Format("channels", TextArgument.Of("channels", Sms));

        Assert.Equal("Allowed channels: SMS.", text.English);
        Assert.Equal("الوسائل المسموح بها: رسالة نصية.", text.Arabic);
    }

    [Fact]
    public void Format_ArgumentTheTextDoesNotUse_Ignored()
    {
        var text = Catalog.Format("one", TextArgument.Of("n", 1));

        Assert.Equal(new BilingualText("1 attempt", "محاولة واحدة"), text);
    }

    [Fact]
    public void Format_BracesThatAreNotPlaceholders_LeftAsTheyAre()
    {
        var text = Catalog.Format("braces");

        Assert.Equal("Use {{ and }} in { text } freely", text.English);
    }

    [Fact]
    public void Format_UnknownKey_KeyNotFoundExceptionNamingTheKey()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => Catalog.Format("attempt", TextArgument.Of("n", 7)));

        Assert.Equal("No text with key 'attempt' in the catalogue.", exception.Message);
    }

    [Fact]
    public void Format_MissingArgument_ArgumentExceptionNamingTheKeyAndThePlaceholder()
    {
        var exception = Assert.Throws<ArgumentException>(() => Catalog.Format("attempts", TextArgument.Of("n", 7), TextArgument.Of("amount", "1 SAR")));

        Assert.Equal("arguments", exception.ParamName);
        Assert.StartsWith("Text 'attempts' has the placeholder {date} in its English form but no argument named 'date' was given.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_PlaceholderOnlyInTheArabicForm_StillRequiresItsArgument()
    {
        var catalog = TextCatalog.Parse("""{ "k": { "en": "Held", "ar": "معلق حتى {date}" } }""");

        var exception = Assert.Throws<ArgumentException>(() => catalog.Format("k"));

        Assert.StartsWith("Text 'k' has the placeholder {date} in its Arabic form but no argument named 'date' was given.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_TwoArgumentsWithTheSameName_ArgumentExceptionNamingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => Catalog.Format("one", TextArgument.Of("n", 1), TextArgument.Of("n", 2)));

        Assert.StartsWith("Text 'one' was given two arguments named 'n'.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_DefaultArgument_ArgumentException()
    {
        var exception = Assert.Throws<ArgumentException>(() => Catalog.Format("one", default(TextArgument)));

        Assert.StartsWith("Text 'one' was given a default TextArgument", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BilingualTextFormat_MissingArgument_ArgumentExceptionNamingThePlaceholder()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BilingualText("{n} days", "{n} أيام").Format());

        Assert.StartsWith("The text has the placeholder {n} in its English form but no argument named 'n' was given.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("{n}")]
    [InlineData("a b")]
    public void TextArgument_NameEmptyOrWithBracesOrSpaces_ArgumentException(string name)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => TextArgument.Of(name, "x"));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void InvariantText_Forms_AreLatinDigitsAndFixedPatterns()
    {
        Assert.Equal("1234567", InvariantText.Number(1_234_567));
        Assert.Equal("1,234,567.00 SAR", InvariantText.Amount(Money.Of(1_234_567m, Currency.SaudiRiyal)));
        Assert.Equal("0001-01-01", InvariantText.Date(new LocalDate(1, 1, 1)));
    }
}
