using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>The texts embedded in Collections.Fees (line kinds, line descriptions, exclusion reasons, proposal assumptions).</summary>
/// <remarks>Numbers, amounts and dates are written with Latin digits and invariant patterns in both languages, so a
/// creditor recomputing a statement reads the same figures in the Arabic and the English text.</remarks>
internal static class FeesTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(FeesTexts).Assembly, "Collections.Fees.texts.json"));

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

    public static string Amount(Money money) => money.Format(CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A placeholder value in both languages.</summary>
internal readonly record struct TextArgument(string Name, string English, string Arabic)
{
    public static TextArgument Same(string name, string value) => new(name, value, value);

    public static TextArgument Of(string name, BilingualText text) => new(name, text.English, text.Arabic);

    public static TextArgument Of(string name, Money money) => Same(name, FeesTexts.Amount(money));

    public static TextArgument Of(string name, LocalDate date) => Same(name, FeesTexts.Date(date));

    public static TextArgument Percent(string name, decimal percent) => Same(name, FeesTexts.Number(percent));
}
