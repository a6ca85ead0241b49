using Collections.Core;

namespace Collections.Escalation;

/// <summary>The texts embedded in Collections.Escalation (stages, triggers, criteria, refusals, evidence in words).</summary>
/// <remarks>Numbers, amounts and dates are written with Latin digits and invariant patterns in both languages.</remarks>
internal static class EscalationTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(EscalationTexts).Assembly, "Collections.Escalation.texts.json"));

    public static TextCatalog Catalog => LazyCatalog.Value;

    public static BilingualText Get(string key) => Catalog[key];

    /// <summary>A text with its placeholders filled, each value given in both languages (<see cref="TextCatalog.Format"/>).</summary>
    public static BilingualText Format(string key, params ReadOnlySpan<TextArgument> arguments) => Catalog.Format(key, arguments);

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
        return Format("unit." + unit + "." + form, TextArgument.Of("n", count));
    }
}
