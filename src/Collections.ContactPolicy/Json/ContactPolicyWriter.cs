using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Writes a policy as the JSON that <see cref="ContactPolicyJson.Parse"/> reads back, in canonical form (RFC 8785).</summary>
/// <remarks>
/// Lists keep the policy's order (rules, windows, days, holidays, templates), since explanations follow it; objects are
/// canonical. Everything is written out: the rules of packs inline (no <c>packs</c> reference, so the text and its hash cover the
/// pack's content as it was), holiday calendars as their full list of holidays (<c>"calendar": "none"</c> plus every
/// holiday), and windows in their order, consecutive ones with the same hours written as one entry (a day's windows are
/// explained in that order). Channel sets that cover every channel are left out (the reader's default). The result is
/// canonicalised with Collections.Core's <see cref="AuditPayload"/> (members sorted, no white space), so equal policies
/// give equal text whatever order they were built in.
/// </remarks>
internal static class ContactPolicyWriter
{
    public static string Write(ContactPolicy policy)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("policy", policy.Version.PolicyId.Value);
            json.WriteString("creditor", policy.Version.Creditor.Value);
            if (policy.ActsFor is { } actsFor)
            {
                json.WriteString("actsFor", actsFor.Value);
            }

            json.WriteString("version", policy.Version.Version);
            json.WriteString("approvedBy", policy.Version.ApprovedBy);
            json.WriteString("approvedOn", InvariantText.Date(policy.Version.ApprovedOn));
            json.WriteString("effectiveFrom", InvariantText.Date(policy.Version.EffectiveFrom));
            json.WriteString("timeZone", policy.CreditorTimeZone.Id);
            if (policy.Title is { } title)
            {
                Bilingual(json, "title", title);
            }

            json.WriteStartArray("rules");
            foreach (var rule in policy.Rules)
            {
                Rule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return AuditPayload.Parse(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan)).Json;
    }

    private static void Rule(Utf8JsonWriter json, ContactRule rule)
    {
        json.WriteStartObject();
        json.WriteString("type", rule.Type);
        json.WriteString("id", rule.Id.Value);
        json.WriteStartObject("source");
        json.WriteString("kind", rule.Source.Kind.Code);
        json.WriteString("en", rule.Source.Reference.English);
        json.WriteString("ar", rule.Source.Reference.Arabic);
        if (rule.Source.Note is { } note)
        {
            Bilingual(json, "note", note);
        }

        json.WriteEndObject();
        if (rule is not AllowedChannelsRule and not RecipientRule)
        {
            Channels(json, "channels", rule.Channels);
        }

        switch (rule)
        {
            case AllowedChannelsRule allowed:
                Codes(json, "allowed", allowed.Allowed.Channels.Select(c => c.Code));
                break;
            case ContactWindowRule windows:
                Windows(json, "windows", windows.Windows);
                if (!windows.SpecialPeriods.IsEmpty)
                {
                    json.WriteStartArray("specialPeriods");
                    foreach (var special in windows.SpecialPeriods)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", special.Id.Value);
                        Bilingual(json, "name", special.Name);
                        Period(json, special.Period);
                        Windows(json, "windows", special.Windows);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                break;
            case WeeklyRestDaysRule rest:
                Codes(json, "days", rest.Days.Select(JsonReading.WeekdayName));
                break;
            case PublicHolidaysRule holidays:
                json.WriteString("calendar", "none");
                json.WriteStartArray("holidays");
                foreach (var holiday in holidays.Calendar.Holidays)
                {
                    json.WriteStartObject();
                    json.WriteString("id", holiday.Id.Value);
                    Bilingual(json, "name", holiday.Name);
                    Period(json, holiday.Period);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case FrequencyCapRule cap:
                json.WriteString("scope", cap.Scope.Code);
                json.WriteNumber("maxAttempts", cap.MaxAttempts);
                json.WriteNumber("days", cap.Days);
                break;
            case DailyLimitRule daily:
                json.WriteString("scope", daily.Scope.Code);
                json.WriteNumber("maxAttempts", daily.MaxAttempts);
                break;
            case ConversationWaitRule wait:
                json.WriteString("scope", wait.Scope.Code);
                json.WriteNumber("days", wait.Days);
                Channels(json, "conversationChannels", wait.ConversationChannels);
                break;
            case MinimumGapRule gap:
                json.WriteString("scope", gap.Scope.Code);
                json.WriteNumber("minutes", gap.Minutes);
                break;
            case RecipientRule recipients:
                Codes(json, "allowed", recipients.Allowed.Select(r => r.Code));
                json.WriteString("thirdParties", recipients.ThirdParties == ThirdPartyContact.Never ? "never" : "with_third_party_template");
                break;
            case ApprovedTemplatesRule templates:
                Templates(json, templates);
                break;
            case RestrictionRule:
                break;
            default:
                throw new InvalidOperationException($"Rule type '{rule.Type}' has no JSON form.");
        }

        json.WriteEndObject();
    }

    private static void Templates(Utf8JsonWriter json, ApprovedTemplatesRule rule)
    {
        json.WriteBoolean("approvalRequired", rule.RequiresApproval);
        json.WriteStartArray("templates");
        foreach (var template in rule.Templates)
        {
            json.WriteStartObject();
            json.WriteString("id", template.Id.Value);
            json.WriteString("channel", template.Channel.Code);
            json.WriteString("language", template.Language);
            if (!template.Stages.IsEmpty)
            {
                Codes(json, "stages", template.Stages.Select(s => s.Value));
            }

            json.WriteBoolean("forThirdParties", template.ForThirdParties);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("requiredFields");
        foreach (var field in rule.RequiredFields)
        {
            json.WriteStartObject();
            json.WriteString("field", field.Field.Code);
            Channels(json, "channels", field.Channels);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (rule.PrimaryLanguage is { } language)
        {
            json.WriteString("primaryLanguage", language);
        }
    }

    private static void Windows(Utf8JsonWriter json, string name, IEnumerable<ContactWindow> windows)
    {
        // Consecutive windows with the same hours form one entry; the order is kept, because explanations list a day's windows in it.
        json.WriteStartArray(name);
        var groups = new List<(ContactWindow First, List<IsoDayOfWeek> Days)>();
        foreach (var window in windows)
        {
            if (groups.Count > 0 && groups[^1].First.Start == window.Start && groups[^1].First.End == window.End && groups[^1].First.EndsNextDay == window.EndsNextDay)
            {
                groups[^1].Days.Add(window.Day);
            }
            else
            {
                groups.Add((window, [window.Day]));
            }
        }

        foreach (var (first, days) in groups)
        {
            json.WriteStartObject();
            Codes(json, "days", days.Select(JsonReading.WeekdayName));
            json.WriteString("start", Time(first.Start));
            json.WriteString("end", Time(first.End));
            json.WriteBoolean("endsNextDay", first.EndsNextDay);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Period(Utf8JsonWriter json, CalendarPeriod period)
    {
        json.WriteStartObject("period");
        switch (period.Kind)
        {
            case CalendarPeriodKind.Once:
                json.WriteString("date", InvariantText.Date(period.Date!.Value));
                break;
            case CalendarPeriodKind.GregorianAnnual:
                json.WriteStartObject("gregorian");
                json.WriteNumber("month", period.Month);
                json.WriteNumber("day", period.Day);
                json.WriteEndObject();
                break;
            default:
                if (period.LengthInDays is null && period.Day == 1 && period.OffsetDays == 0)
                {
                    json.WriteNumber("hijriMonth", period.Month);
                    break;
                }

                json.WriteStartObject("hijri");
                json.WriteNumber("month", period.Month);
                json.WriteNumber("day", period.Day);
                json.WriteEndObject();
                json.WriteNumber("offsetDays", period.OffsetDays);
                break;
        }

        if (period.LengthInDays is { } days)
        {
            json.WriteNumber("days", days);
        }

        json.WriteEndObject();
    }

    private static void Channels(Utf8JsonWriter json, string name, ChannelSet channels)
    {
        if (!channels.IsAll)
        {
            Codes(json, name, channels.Channels.Select(c => c.Code));
        }
    }

    private static void Codes(Utf8JsonWriter json, string name, IEnumerable<string> codes)
    {
        json.WriteStartArray(name);
        foreach (var code in codes)
        {
            json.WriteStringValue(code);
        }

        json.WriteEndArray();
    }

    private static void Bilingual(Utf8JsonWriter json, string name, BilingualText text)
    {
        json.WriteStartObject(name);
        json.WriteString("en", text.English);
        json.WriteString("ar", text.Arabic);
        json.WriteEndObject();
    }

    /// <summary>HH:mm for whole minutes (the form policy files use), else HH:mm:ss with the fraction it has.</summary>
    internal static string Time(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
}
