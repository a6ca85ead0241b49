using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>The texts embedded in Collections.Aging (segment titles and reasons, reachability and fact lines).</summary>
internal static class AgingTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(AgingTexts).Assembly, "Collections.Aging.texts.json"));

    public static TextCatalog Catalog => LazyCatalog.Value;

    public static BilingualText Get(string key) => Catalog[key];

    /// <summary>A text with its placeholders filled, values given as name/value pairs (already formatted invariantly).</summary>
    public static BilingualText Format(string key, params (string Name, string Value)[] values) =>
        Get(key).Format(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + Invariant(decimals), CultureInfo.InvariantCulture);

    public static string Percent(Rate rate) => rate.ToPercentString(1, CultureInfo.InvariantCulture);
}
