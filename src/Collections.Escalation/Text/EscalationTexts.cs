using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>The texts embedded in Collections.Escalation (stages, triggers, criteria, refusals, evidence in words).</summary>
/// <remarks>Numbers, amounts and dates are written with Latin digits and invariant patterns in both languages.</remarks>
internal static class EscalationTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(EscalationTexts).Assembly, "Collections.Escalation.texts.json"));

    public static TextCatalog Catalog => LazyCatalog.Value;

    public static BilingualText Get(string key) => Catalog[key];

    /// <summary>A text with its placeholders filled, each value given in both languages.</summary>
    public static BilingualText Format(string key, params TextArgument[] arguments)
    {
        var text = Get(key);
        var english = text.English;
        var arabic = text.Arabic;
        foreach (var argument in arguments)
        {
            english = english.Replace("{" + argument.Name + "}", argument.English, StringComparison.Ordinal);
            arabic = arabic.Replace("{" + argument.Name + "}", argument.Arabic, StringComparison.Ordinal);
        }

        return new BilingualText(english, arabic);
    }

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun in both languages, for example "7 attempts" / "7 محاولات", "1 attempt" / "محاولة واحدة".</summary>
    /// <remarks>Arabic counted nouns take four forms: 1, 2, 3–10 (plural) and 0 or 11 or more (singular accusative).</remarks>
    public static BilingualText Count(long count, string unit)
    {
        var form = count switch
        {
            1 => "one",
            2 => "two",
            >= 3 and <= 10 => "few",
            _ => "many",
        };
        return Format("unit." + unit + "." + form, TextArgument.Same("n", Invariant(count)));
    }

    public static string Date(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Amount(Money money) => money.Format(CultureInfo.InvariantCulture);

    /// <summary>Joins bilingual items with each language's list separator.</summary>
    public static TextArgument List(string name, IEnumerable<BilingualText> items)
    {
        var list = items.ToList();
        return new TextArgument(name, string.Join(", ", list.Select(i => i.English)), string.Join("، ", list.Select(i => i.Arabic)));
    }
}

/// <summary>A placeholder value in both languages.</summary>
internal readonly record struct TextArgument(string Name, string English, string Arabic)
{
    public static TextArgument Same(string name, string value) => new(name, value, value);

    public static TextArgument Of(string name, BilingualText text) => new(name, text.English, text.Arabic);

    public static TextArgument Of(string name, long value) => Same(name, EscalationTexts.Invariant(value));
}
