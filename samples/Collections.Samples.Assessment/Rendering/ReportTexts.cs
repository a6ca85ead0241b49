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

    /// <summary>The text as HTML: the template escaped, each placeholder replaced by HTML the caller built (e.g. an LTR date).</summary>
    public string FormatHtml(string key, params (string Name, string Html)[] values)
    {
        var html = Html.E(this[key]);
        foreach (var (name, value) in values)
        {
            html = html.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return html;
    }
}
