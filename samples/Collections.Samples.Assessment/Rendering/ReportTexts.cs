using Collections.Core;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>The report's labels in one language, from the embedded report-texts.json (Arabic is data, not code).</summary>
public sealed class ReportTexts
{
    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(ReportTexts).Assembly, "Collections.Samples.Assessment.report-texts.json"));

    private readonly CatalogTexts _texts;

    public ReportTexts(Language language)
    {
        Language = language;
        _texts = new CatalogTexts(Catalog.Value, language);
    }

    public Language Language { get; }

    public bool IsArabic => _texts.IsArabic;

    public string this[string key] => _texts[key];

    public string Format(string key, params (string Name, string Value)[] values) => _texts.Format(key, values);

    /// <summary>The text as HTML: the template escaped, each placeholder replaced by HTML the caller built (e.g. an LTR date).</summary>
    public string FormatHtml(string key, params (string Name, string Html)[] values) => _texts.FormatHtml(key, values);
}
