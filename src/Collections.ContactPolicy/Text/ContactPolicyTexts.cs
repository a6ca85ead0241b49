using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The texts embedded in Collections.ContactPolicy (codes, roles, fields, holidays, denial explanations, rule descriptions).</summary>
/// <remarks>Numbers, times and dates are written with Latin digits and invariant patterns in both languages.</remarks>
internal static class ContactPolicyTexts
{
    private static readonly Lazy<TextCatalog> LazyCatalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(ContactPolicyTexts).Assembly, "Collections.ContactPolicy.texts.json"));

    public static TextCatalog Catalog => LazyCatalog.Value;

    public static BilingualText Get(string key) => Catalog[key];

    /// <summary>A text with its placeholders filled, each value given in both languages (<see cref="TextCatalog.Format"/>).</summary>
    public static BilingualText Format(string key, params ReadOnlySpan<TextArgument> arguments) => Catalog.Format(key, arguments);

    /// <summary>A count with its unit in both languages, for example "7 days" / "7 أيام", "1 attempt" / "محاولة واحدة".</summary>
    /// <remarks>
    /// <para>Arabic counted nouns take four forms: 1, 2, 3–10 (plural) and 11 or more (singular accusative).</para>
    /// <para>The dual alone shows the case: <paramref name="genitive"/> picks <c>unit.{unit}.two.genitive</c> (محاولتين) for a
    /// count after a preposition or as the second term of an idafa (تم إجراء محاولتين); the default is the nominative
    /// (الحد الأقصى محاولتان). Day counts in this package only ever follow a preposition or an idafa (خلال يومين، لمدة يومين),
    /// so <c>unit.day.two</c> is itself genitive.</para>
    /// </remarks>
    public static BilingualText Count(long count, string unit, bool genitive = false)
    {
        var form = count switch
        {
            1 => "one",
            2 => "two",
            >= 3 and <= 10 => "few",
            _ => "many",
        };
        return Format("unit." + unit + "." + form + (genitive && form == "two" ? ".genitive" : string.Empty), TextArgument.Of("n", count));
    }

    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant in a zone, for example <c>2026-03-08 09:00 (America/New_York, -04:00)</c>.</summary>
    public static string Local(Instant instant, DateTimeZone zone)
    {
        var zoned = instant.InZone(zone);
        return zoned.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (" + zone.Id + ", "
            + zoned.Offset.ToString("+HH:mm", CultureInfo.InvariantCulture) + ")";
    }

    public static string Utc(Instant instant) => instant.ToString("uuuu-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    public static BilingualText Weekday(IsoDayOfWeek day) => Get("weekday." + day.ToString().ToLowerInvariant());

    public static BilingualText Channels(ChannelSet channels) =>
        channels.IsAll ? Get("channels.all") : Join(channels.Channels.Select(c => c.Title));

    public static BilingualText Join(IEnumerable<BilingualText> items)
    {
        var argument = TextArgument.List("x", items);
        return new BilingualText(argument.English.Length == 0 ? "-" : argument.English, argument.Arabic.Length == 0 ? "-" : argument.Arabic);
    }
}
