namespace Collections.Core.Tests.Text;

/// <summary>Catalogues read from JSON: a repeated key is refused, not silently replaced by its last occurrence.</summary>
public sealed class TextCatalogParseTests
{
    [Fact]
    public void Parse_RepeatedKey_RefusedNamingIt()
    {
        var exception = Assert.Throws<FormatException>(() => TextCatalog.Parse("""{ "a": { "en": "A", "ar": "أ" }, "k": { "en": "x", "ar": "س" }, "k": { "en": "y", "ar": "ص" } }"""));

        Assert.Equal("Text 'k' appears twice; keep one.", exception.Message);
    }

    [Fact]
    public void Parse_RepeatedLanguageInAText_RefusedNamingTheTextAndTheLanguage()
    {
        var exception = Assert.Throws<FormatException>(() => TextCatalog.Parse("""{ "k": { "en": "x", "ar": "س", "en": "y" } }"""));

        Assert.Equal("Text 'k': 'en' appears twice; keep one.", exception.Message);
    }

    [Fact]
    public void Parse_DistinctKeys_EveryTextRead()
    {
        var catalog = TextCatalog.Parse("""{ "a": { "en": "A", "ar": "أ" }, "b": { "en": "B", "ar": "ب" } }""");

        Assert.Equal(["a", "b"], catalog.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("ب", catalog["b"].Arabic);
    }
}
