using Collections.Core;

namespace Collections.Samples.GovernanceReport.Rendering;

/// <summary>The report's labels, from the embedded governance-texts.json.</summary>
internal static class GovernanceTexts
{
    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(GovernanceTexts).Assembly, "Collections.Samples.GovernanceReport.governance-texts.json"));

    public static CatalogTexts In(Language language) => new(Catalog.Value, language);
}
