using System.Text.RegularExpressions;

namespace Collections.Aging.Tests.Text;

/// <summary>The embedded texts.json: every text in both languages, the same placeholders, and BRIEF's Arabic terms.</summary>
public sealed partial class AgingTextsTests
{
    public static TheoryData<string, string> BriefTerms() => new()
    {
        { "right-party contact", "التواصل مع الطرف المعني" },
        { "dispute", "اعتراض" },
        { "legal escalation", "التصعيد القانوني" },
        { "prior written authorization", "تفويض كتابي مسبق" },
        { "creditor", "الجهة الدائنة" },
        { "broken promise", "لم يتم الوفاء" },
    };

    [Fact]
    public void Catalog_EveryText_HasEnglishAndArabicWithTheSamePlaceholders()
    {
        var catalog = AgingTexts.Catalog;

        Assert.NotEmpty(catalog.Keys);
        Assert.All(catalog.Keys, key =>
        {
            var text = catalog[key];
            Assert.Matches("\\p{IsArabic}", text.Arabic);
            Assert.DoesNotMatch("\\p{IsArabic}", text.English);
            Assert.Equal(Placeholders(text.English), Placeholders(text.Arabic));
        });
    }

    [Theory]
    [MemberData(nameof(BriefTerms))]
    public void Catalog_TextsUsingABriefTerm_UseItsArabicTermToo(string english, string arabic)
    {
        var catalog = AgingTexts.Catalog;
        var texts = catalog.Keys.Where(k => catalog[k].English.Contains(english, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, key => Assert.Contains(arabic, catalog[key].Arabic, StringComparison.Ordinal));
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("\\{[a-z_]+\\}")]
    private static partial Regex PlaceholderPattern();
}
