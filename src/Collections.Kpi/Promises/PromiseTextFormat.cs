using System.Globalization;
using Collections.Core;
using NodaTime;
using NodaTime.Text;

namespace Collections.Kpi;

/// <summary>Fills the placeholders of the package's texts for promises, allocation and account statuses, with invariant numbers and ISO dates.</summary>
/// <remarks>A placeholder that must read differently in each language (a status title inside a sentence) is filled from a
/// <see cref="BilingualText"/>; every other value is the same text in both languages.</remarks>
internal static class PromiseTextFormat
{
    public static BilingualText Get(string key) => KpiTexts.Catalog[key];

    public static BilingualText Fill(string key, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var template = Get(key);
        var english = template.English;
        var arabic = template.Arabic;
        foreach (var (name, value) in values)
        {
            var placeholder = "{" + name + "}";
            if (value is BilingualText text)
            {
                english = english.Replace(placeholder, text.English, StringComparison.Ordinal);
                arabic = arabic.Replace(placeholder, text.Arabic, StringComparison.Ordinal);
            }
            else
            {
                var invariant = Invariant(value);
                english = english.Replace(placeholder, invariant, StringComparison.Ordinal);
                arabic = arabic.Replace(placeholder, invariant, StringComparison.Ordinal);
            }
        }

        return new BilingualText(english, arabic);
    }

    /// <summary>Joins texts with a separator in each language (the Arabic comma in Arabic).</summary>
    public static BilingualText Join(IEnumerable<BilingualText> texts)
    {
        var list = texts.ToList();
        return new BilingualText(string.Join(", ", list.Select(t => t.English)), string.Join("، ", list.Select(t => t.Arabic)));
    }

    /// <summary>Two sentences one after the other in both languages.</summary>
    public static BilingualText Then(BilingualText first, BilingualText second) =>
        new(first.English + " " + second.English, first.Arabic + " " + second.Arabic);

    public static string Date(LocalDate date) =>
        LocalDatePattern.Iso.Format(date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso));

    private static string Invariant(object value) => value switch
    {
        LocalDate date => Date(date),
        Money money => money.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
