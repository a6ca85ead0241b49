using System.Text.Json;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Reading windows, periods, holidays and templates.</summary>
internal sealed partial class JsonRuleReader
{
    private static readonly string[] PeriodAnchors = ["hijriMonth", "hijri", "gregorian", "date"];

    private ContactWindowRule? Windows(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "windows", "specialPeriods"]);
        var windows = WindowList(element, "windows", path, required: !JsonReading.Has(element, "specialPeriods"));
        var special = _json.Array(element, "specialPeriods", path, required: false, SpecialPeriod);
        return id is { } ruleId && source is not null ? new ContactWindowRule(ruleId, source, channels, windows, special) : null;
    }

    /// <summary>Windows written as { "days": [...], "start": "HH:mm", "end": "HH:mm", "endsNextDay": bool }, one window per day.</summary>
    private List<ContactWindow> WindowList(JsonElement element, string name, string path, bool required)
    {
        var result = new List<ContactWindow>();
        foreach (var group in _json.Array(element, name, path, required, (entry, entryPath) => WindowGroup(entry, entryPath)))
        {
            result.AddRange(group);
        }

        return result;
    }

    private List<ContactWindow>? WindowGroup(JsonElement entry, string path)
    {
        if (!_json.CheckObject(entry, path, "days", "start", "end", "endsNextDay"))
        {
            return null;
        }

        var days = _json.Values(entry, "days", path, required: true, _json.ReadWeekday);
        var start = _json.Time(entry, "start", path);
        var end = _json.Time(entry, "end", path);
        var endsNextDay = _json.Boolean(entry, "endsNextDay", path) ?? false;
        if (start is not { } from || end is not { } to)
        {
            return null;
        }

        if (ContactWindow.Problem(IsoDayOfWeek.Monday, from, to, endsNextDay) is { } problem)
        {
            _json.Add(path + ".end", problem);
            return null;
        }

        if (days.Count == 0)
        {
            _json.Add(path + ".days", "at least one weekday");
        }

        return [.. days.Select(d => new ContactWindow(d, from, to, endsNextDay))];
    }

    private SpecialPeriodWindows? SpecialPeriod(JsonElement entry, string path)
    {
        if (!_json.CheckObject(entry, path, "id", "name", "period", "windows"))
        {
            return null;
        }

        var idText = _json.String(entry, "id", path, required: true);
        var name = _json.Bilingual(entry, "name", path, required: true);
        var period = Period(entry, "period", path);
        var windows = WindowList(entry, "windows", path, required: true);
        return idText is null || name is null || period is null ? null : new SpecialPeriodWindows(new PeriodId(idText.Trim()), name, period, windows);
    }

    /// <summary>A period: { "hijriMonth": 9 } | { "hijri": { "month", "day" }, "offsetDays", "days" } | { "gregorian": { "month", "day" }, "days" } | { "date": "yyyy-MM-dd", "days" }.</summary>
    private CalendarPeriod? Period(JsonElement element, string name, string path)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            _json.Add(path + "." + name, "is required");
            return null;
        }

        path += "." + name;
        if (!_json.CheckObject(value, path, "hijriMonth", "hijri", "gregorian", "date", "offsetDays", "days"))
        {
            return null;
        }

        var anchors = PeriodAnchors.Where(a => JsonReading.Has(value, a)).ToList();
        if (anchors.Count != 1)
        {
            _json.Add(path, "give exactly one of hijriMonth, hijri, gregorian or date");
            return null;
        }

        var offset = _json.Integer(value, "offsetDays", path, required: false) ?? 0;
        var days = _json.Integer(value, "days", path, required: anchors[0] != "hijriMonth");
        var before = _json.Violations.Count;
        (CalendarPeriodKind Kind, int Month, int Day, LocalDate? Date) anchor = anchors[0] switch
        {
            "hijriMonth" => (CalendarPeriodKind.HijriAnnual, _json.Integer(value, "hijriMonth", path, required: true) ?? 0, 1, null),
            "date" => (CalendarPeriodKind.Once, 0, 0, _json.Date(value, "date", path, required: true)),
            _ => MonthDay(value, anchors[0], path),
        };
        if (_json.Violations.Count > before)
        {
            return null;
        }

        var problems = CalendarPeriod.Problems(anchor.Kind, anchor.Month, anchor.Day, offset, days, anchor.Date).ToList();
        foreach (var (field, message) in problems)
        {
            _json.Add(path + "." + (field is "month" or "day" ? anchors[0] + "." + field : field), message);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        return anchor.Kind switch
        {
            CalendarPeriodKind.Once => CalendarPeriod.Once(anchor.Date!.Value, days!.Value),
            CalendarPeriodKind.GregorianAnnual => CalendarPeriod.Gregorian(anchor.Month, anchor.Day, days!.Value),
            _ when days is null => CalendarPeriod.HijriMonth(anchor.Month),
            _ => CalendarPeriod.Hijri(anchor.Month, anchor.Day, days.Value, offset),
        };
    }

    private (CalendarPeriodKind, int, int, LocalDate?) MonthDay(JsonElement value, string anchor, string path)
    {
        var inner = value.GetProperty(anchor);
        var innerPath = path + "." + anchor;
        _json.CheckObject(inner, innerPath, "month", "day");
        var month = inner.ValueKind == JsonValueKind.Object ? _json.Integer(inner, "month", innerPath, required: true) : null;
        var day = inner.ValueKind == JsonValueKind.Object ? _json.Integer(inner, "day", innerPath, required: true) : null;
        return (anchor == "hijri" ? CalendarPeriodKind.HijriAnnual : CalendarPeriodKind.GregorianAnnual, month ?? 0, day ?? 0, null);
    }

    /// <summary>{ "calendar": "sa" | "none", "holidays": [ { id, name, period } ], "remove": [ ids ] }.</summary>
    private PublicHolidaysRule? Holidays(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "calendar", "holidays", "remove"]);
        var calendarName = _json.String(element, "calendar", path, required: false) ?? "none";
        var calendar = calendarName switch
        {
            "sa" => HolidayCalendar.Saudi,
            "none" => HolidayCalendar.Empty,
            _ => null,
        };
        if (calendar is null)
        {
            _json.Add(path + ".calendar", $"unknown calendar '{calendarName}' (known: sa, none)");
            calendar = HolidayCalendar.Empty;
        }

        var removed = _json.Array(element, "remove", path, required: false, (e, p) => e.ValueKind == JsonValueKind.String ? e.GetString() : null);
        foreach (var unknown in removed.Where(r => calendar.Holidays.All(h => h.Id.Value != r)))
        {
            _json.Add(path + ".remove", $"the calendar has no holiday '{unknown}' to remove");
        }

        calendar = new HolidayCalendar(calendar.Holidays.Where(h => !removed.Contains(h.Id.Value)));
        foreach (var holiday in _json.Array(element, "holidays", path, required: false, Holiday))
        {
            calendar = calendar.With(holiday);
        }

        return id is { } ruleId && source is not null ? new PublicHolidaysRule(ruleId, source, channels, calendar) : null;
    }

    private HolidayDefinition? Holiday(JsonElement entry, string path)
    {
        if (!_json.CheckObject(entry, path, "id", "name", "period"))
        {
            return null;
        }

        var idText = _json.String(entry, "id", path, required: true);
        var name = _json.Bilingual(entry, "name", path, required: true);
        var period = Period(entry, "period", path);
        return idText is null || name is null || period is null ? null : new HolidayDefinition(new PeriodId(idText.Trim()), name, period);
    }

    /// <summary>{ "templates": [ { id, channel, language, stages, forThirdParties } ], "requiredFields": [ { field, channels } ], "primaryLanguage": "ar" }.</summary>
    private ApprovedTemplatesRule? Templates(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "approvalRequired", "templates", "requiredFields", "primaryLanguage"]);
        var templates = _json.Array(element, "templates", path, required: false, Template);
        var fields = _json.Array(element, "requiredFields", path, required: false, RequiredFieldOf);
        var language = _json.String(element, "primaryLanguage", path, required: false);
        if (language is not null && !LanguageTag.IsValid(language))
        {
            _json.Add(path + ".primaryLanguage", $"'{language}' is not a language tag such as 'ar'");
            language = null;
        }

        var approvalRequired = _json.Boolean(element, "approvalRequired", path) ?? true;
        return id is { } ruleId && source is not null
            ? new ApprovedTemplatesRule(ruleId, source, channels, templates, fields, language) { RequiresApproval = approvalRequired }
            : null;
    }

    private ApprovedTemplate? Template(JsonElement entry, string path)
    {
        if (!_json.CheckObject(entry, path, "id", "channel", "language", "stages", "forThirdParties"))
        {
            return null;
        }

        var idText = _json.String(entry, "id", path, required: true);
        Channel? channel = entry.TryGetProperty("channel", out var channelValue) ? _json.ReadChannel(channelValue, path + ".channel") : null;
        if (!entry.TryGetProperty("channel", out _))
        {
            _json.Add(path + ".channel", "is required");
        }

        var language = _json.String(entry, "language", path, required: true);
        if (language is not null && !LanguageTag.IsValid(language))
        {
            _json.Add(path + ".language", $"'{language}' is not a language tag such as 'ar'");
            language = null;
        }

        var stages = _json.Array(entry, "stages", path, required: false, (e, p) => e.ValueKind == JsonValueKind.String && StageId.TryCreate(e.GetString(), out var stage) ? (object)stage : null);
        var forThirdParties = _json.Boolean(entry, "forThirdParties", path) ?? false;
        return idText is null || channel is null || language is null
            ? null
            : new ApprovedTemplate(new TemplateId(idText.Trim()), channel, language, stages.Cast<StageId>()) { ForThirdParties = forThirdParties };
    }

    private RequiredField? RequiredFieldOf(JsonElement entry, string path)
    {
        if (!_json.CheckObject(entry, path, "field", "channels"))
        {
            return null;
        }

        TemplateField? field = null;
        if (entry.TryGetProperty("field", out var value))
        {
            field = _json.Code(value, path + ".field", "template field", TemplateField.All, f => f.Code);
        }
        else
        {
            _json.Add(path + ".field", "is required");
        }

        var channels = _json.Channels(entry, "channels", path);
        return field is null ? null : new RequiredField(field, channels);
    }
}
