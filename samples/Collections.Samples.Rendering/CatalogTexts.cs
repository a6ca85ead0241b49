using Collections.Core;

namespace Collections.Samples.Rendering;

/// <summary>A report's labels in one language, read from a <see cref="TextCatalog"/> (Arabic is data, not code).</summary>
/// <param name="catalog">The catalog of bilingual texts.</param>
/// <param name="language">The report's language.</param>
public sealed class CatalogTexts(TextCatalog catalog, Language language)
{
    /// <summary>The report's language.</summary>
    public Language Language { get; } = language;

    /// <summary>Whether the report is in Arabic (right to left).</summary>
    public bool IsArabic => Language == Language.Arabic;

    /// <summary>The text of a key in the report's language.</summary>
    public string this[string key] => catalog[key].In(Language);

    /// <summary>The text with its placeholders (<c>{name}</c>) replaced by plain values.</summary>
    public string Format(string key, params (string Name, string Value)[] values) =>
        catalog[key].Format(values.ToDictionary(v => v.Name, v => v.Value)).In(Language);

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
