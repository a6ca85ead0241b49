using Collections.Core;

namespace Collections.Samples.PolicyReplay;

/// <summary>The report's texts in English and Arabic (Texts/replay-texts.json), read for one language.</summary>
public sealed class ReplayTexts(Language language)
{
    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(ReplayTexts).Assembly, "Collections.Samples.ContactPolicyReplay.replay-texts.json"));

    public Language Language { get; } = language;

    public string this[string key] => Catalog.Value[key].In(Language);

    public string Format(string key, params (string Name, string Value)[] values) =>
        Catalog.Value[key].Format(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal)).In(Language);

    public string In(BilingualText text) => text.In(Language);
}
