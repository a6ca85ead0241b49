using Collections.Core;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>The report's labels in one language, from the embedded report-texts.json (Arabic is data, not code).</summary>
public sealed class ReportTexts
{
    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(ReportTexts).Assembly, "Collections.Samples.Assessment.report-texts.json"));

    public ReportTexts(Language language) => Language = language;

    public Language Language { get; }

    public bool IsArabic => Language == Language.Arabic;

    public string this[string key] => Catalog.Value[key].In(Language);

    public string Format(string key, params (string Name, string Value)[] values) =>
        Catalog.Value[key].Format(values.ToDictionary(v => v.Name, v => v.Value)).In(Language);
}
