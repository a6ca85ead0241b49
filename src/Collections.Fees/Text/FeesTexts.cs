using System.Globalization;
using Collections.Core;

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

    /// <summary>A text with its placeholders filled, each value given in both languages (<see cref="TextCatalog.Format"/>).</summary>
    public static BilingualText Format(string key, params ReadOnlySpan<TextArgument> arguments) => Catalog.Format(key, arguments);

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A percentage without trailing zeros, for example <c>12.5</c> for 12.5 % (Fees' own format).</summary>
    public static TextArgument Percent(string name, decimal percent) => TextArgument.Of(name, Number(percent));
}
