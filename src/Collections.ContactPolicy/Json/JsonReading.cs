using System.Globalization;
using System.Text.Json;
using Collections.Core;
using Collections.Shared;
using NodaTime;
using NodaTime.Text;

namespace Collections.ContactPolicy;

/// <summary>Reads JSON values for policy files, collecting every violation with its JSON path instead of stopping at the first.</summary>
internal sealed class JsonReading : JsonFieldReader
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // Times with seconds are never needed in a policy file, but a policy built in code may have them and its written form must read back.
    private static readonly LocalTimePattern TimeWithSecondsPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF");

    public JsonReading(List<PolicyViolation> violations)
        : base((path, message) => violations.Add(new PolicyViolation(path, message))) => Violations = violations;

    public List<PolicyViolation> Violations { get; }

    public static bool Has(JsonElement element, string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    public LocalDate? Date(JsonElement element, string name, string path, bool required)
    {
        var text = String(element, name, path, required);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            Add(path + "." + name, $"'{text}' is not a date (yyyy-MM-dd)");
            return null;
        }

        return result.Value;
    }

    public LocalTime? Time(JsonElement element, string name, string path)
    {
        var text = String(element, name, path, required: true);
        if (text is null)
        {
            return null;
        }

        var result = TimePattern.Parse(text);
        if (!result.Success && text.Length > 5)
        {
            result = TimeWithSecondsPattern.Parse(text);
        }

        if (!result.Success)
        {
            Add(path + "." + name, $"'{text}' is not a time of day (HH:mm, 00:00 to 23:59)");
            return null;
        }

        return result.Value;
    }

    public BilingualText? Bilingual(JsonElement element, string name, string path, bool required)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(path + "." + name, "is required ({ \"en\": \"…\", \"ar\": \"…\" })");
            }

            return null;
        }

        return BilingualValue(value, path + "." + name);
    }

    public BilingualText? BilingualValue(JsonElement value, string path)
    {
        if (!CheckObject(value, path, "en", "ar"))
        {
            return null;
        }

        var english = String(value, "en", path, required: true);
        var arabic = String(value, "ar", path, required: true);
        return english is null || arabic is null ? null : new BilingualText(english, arabic);
    }

    /// <summary>A string item of an array looked up in a vocabulary; unknown values are reported with the known ones.</summary>
    public T? Code<T>(JsonElement entry, string path, string what, IEnumerable<T> known, Func<T, string> code)
        where T : class
    {
        if (entry.ValueKind != JsonValueKind.String)
        {
            Add(path, $"must be a {what} code");
            return null;
        }

        var text = entry.GetString();
        var match = known.FirstOrDefault(k => string.Equals(code(k), text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Add(path, $"unknown {what} '{text}' (known: {string.Join(", ", known.Select(code))})");
        }

        return match;
    }

    public Channel? ReadChannel(JsonElement entry, string path) => Code(entry, path, "channel", Channel.All, c => c.Code);

    public static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public static string WeekdayName(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();

    public IsoDayOfWeek? ReadWeekday(JsonElement entry, string path)
    {
        var text = entry.ValueKind == JsonValueKind.String ? entry.GetString() : null;
        foreach (var day in Weekdays)
        {
            if (string.Equals(WeekdayName(day), text, StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        Add(path, $"unknown weekday '{text}' (known: {string.Join(", ", Weekdays.Select(WeekdayName))})");
        return null;
    }

    /// <summary>A channel set: a list of channel codes, or the text "all"; missing means all.</summary>
    public ChannelSet Channels(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null
            || (value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), "all", StringComparison.OrdinalIgnoreCase)))
        {
            return ChannelSet.All;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(path + "." + name, "must be \"all\" or a list of channel codes");
            return ChannelSet.All;
        }

        return ChannelSet.Of(Array(element, name, path, required: false, ReadChannel));
    }
}
