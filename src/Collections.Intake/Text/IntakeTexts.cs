using System.Globalization;
using System.Text;
using Collections.Core;

namespace Collections.Intake;

/// <summary>The texts embedded in Collections.Intake (reasons, notes, titles), in English and Arabic.</summary>
internal static class IntakeTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(IntakeTexts).Assembly, "Collections.Intake.texts.json"));

    public static TextCatalog Catalog => LazyCatalog.Value;

    public static BilingualText Get(string key) => LazyCatalog.Value[key];

    /// <summary>Fills the <c>{name}</c> placeholders of a text; a <see cref="BilingualText"/> value is filled per language.</summary>
    public static BilingualText Render(string key, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var template = Get(key);
        return new BilingualText(Fill(template.English, Language.English, values), Fill(template.Arabic, Language.Arabic, values));
    }

    /// <summary>Formats a value for a message: invariant numbers, ISO dates, a bilingual text in the message's language.</summary>
    public static string Describe(object? value, Language language) => value switch
    {
        null => string.Empty,
        BilingualText text => text.In(language),
        NodaTime.LocalDate date => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Fill(string template, Language language, ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (values.IsEmpty || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            builder.Replace("{" + name + "}", Describe(value, language));
        }

        return builder.ToString();
    }
}
