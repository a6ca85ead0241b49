using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Samples.EscalationFile.Rendering;

/// <summary>The file's labels in one language (from Texts/file-texts.json), and invariant formatting of numbers, amounts and dates.</summary>
public sealed class FileTexts
{
    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(FileTexts).Assembly, "Collections.Samples.EscalationFile.file-texts.json"));

    public FileTexts(Language language) => Language = language;

    public Language Language { get; }

    public bool IsArabic => Language == Language.Arabic;

    public string this[string key] => Catalog.Value[key].In(Language);

    public string In(BilingualText text) => text.In(Language);

    public string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Amount(Money money) => money.Format(CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Hijri(LocalDate date) => date.WithCalendar(CalendarSystem.UmAlQura).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Local(Instant instant, DateTimeZone zone) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
