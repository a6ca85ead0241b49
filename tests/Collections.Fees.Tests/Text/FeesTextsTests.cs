using System.Text.RegularExpressions;

namespace Collections.Fees.Tests.Text;

public sealed partial class FeesTextsTests
{
    [Fact]
    public void Catalog_EveryKeyHasEnglishAndArabic_WithTheSamePlaceholders()
    {
        var keys = FeesTexts.Catalog.Keys.ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            var text = FeesTexts.Catalog[k];
            Assert.False(string.IsNullOrWhiteSpace(text.English));
            Assert.Contains(text.Arabic, c => c is >= '\u0600' and <= '\u06FF'); // Arabic script, not a copy of the English
            Assert.Equal(Placeholders(text.English), Placeholders(text.Arabic));
        });
    }

    [Fact]
    public void EveryLineKindAndExclusionReason_HasATitleAndAnExplanation()
    {
        Assert.All(FeeLineKind.All, k => Assert.False(string.IsNullOrWhiteSpace(k.Title.Arabic)));
        Assert.All(FeeExclusionReason.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title.Arabic));
            Assert.True(FeesTexts.Catalog.TryGet("reason." + r.Code, out _), $"no explanation for {r.Code}");
        });
        Assert.Equal(FeeExclusionReason.All.Count, FeeExclusionReason.All.Select(r => r.Value).Distinct().Count());
        Assert.True(FeeLineKind.TryFromCode("CLAWBACK", out var clawback));
        Assert.Equal(FeeLineKind.Clawback, clawback);
    }

    [Fact]
    public void Catalog_UsesTheBriefsArabicTerms()
    {
        Assert.Equal("ضريبة القيمة المضافة", FeesTexts.Catalog["kind.vat"].Arabic);
        Assert.Contains("الجهة الدائنة", FeesTexts.Catalog["reason.direct_to_creditor"].Arabic, StringComparison.Ordinal);
        Assert.Contains("أتعاب", FeesTexts.Catalog["kind.fee"].Arabic, StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex PlaceholderPattern();
}
