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

    /// <summary>A count with its unit in both languages, for example "7 days" / "7 أيام", "1 attempt" / "محاولة واحدة".</summary>
    /// <remarks>Arabic counted nouns take four forms: 1, 2, 3–10 (plural) and 11 or more (singular accusative).</remarks>
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

    public static string Time(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => date.WithCalendar(CalendarSystem.Iso).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant in a zone, for example <c>2026-03-08 09:00 (America/New_York, -04:00)</c>.</summary>
    public static string Local(Instant instant, DateTimeZone zone)
    {
        var zoned = instant.InZone(zone);
        return zoned.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (" + zone.Id + ", "
            + zoned.Offset.ToString("+HH:mm", CultureInfo.InvariantCulture) + ")";
    }

    public static string Utc(Instant instant) => instant.ToString("uuuu-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>Joins bilingual items with the language's list separator.</summary>
    public static TextArgument List(string name, IEnumerable<BilingualText> items)
    {
        var list = items.ToList();
        return new TextArgument(name, string.Join(", ", list.Select(i => i.English)), string.Join("، ", list.Select(i => i.Arabic)));
    }

    public static BilingualText Weekday(IsoDayOfWeek day) => Get("weekday." + day.ToString().ToLowerInvariant());

    public static BilingualText Channels(ChannelSet channels) =>
        channels.IsAll ? Get("channels.all") : Join(channels.Channels.Select(c => c.Title));

    public static BilingualText Join(IEnumerable<BilingualText> items)
    {
        var argument = List("x", items);
        return new BilingualText(argument.English.Length == 0 ? "-" : argument.English, argument.Arabic.Length == 0 ? "-" : argument.Arabic);
    }
}

/// <summary>A placeholder value in both languages.</summary>
internal readonly record struct TextArgument(string Name, string English, string Arabic)
{
    public static TextArgument Same(string name, string value) => new(name, value, value);

    public static TextArgument Of(string name, BilingualText text) => new(name, text.English, text.Arabic);

    public static TextArgument Of(string name, long value) => Same(name, ContactPolicyTexts.Invariant(value));
}
