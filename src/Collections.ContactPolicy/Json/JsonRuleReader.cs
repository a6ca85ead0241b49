using System.Text.Json;
using Collections.Core;

namespace Collections.ContactPolicy;

/// <summary>Reads one rule object of a policy or pack file; every problem is added to the reading's violations with its JSON path.</summary>
internal sealed partial class JsonRuleReader
{
    /// <summary>Every rule type a policy file may use.</summary>
    public static readonly string[] RuleTypes =
    [
        AllowedChannelsRule.TypeName, ContactWindowRule.TypeName, WeeklyRestDaysRule.TypeName, PublicHolidaysRule.TypeName,
        FrequencyCapRule.TypeName, DailyLimitRule.TypeName, ConversationWaitRule.TypeName, MinimumGapRule.TypeName,
        "opt_out", "do_not_contact", "cease_communication", "dispute_hold", "legal_hold", RecipientRule.TypeName, ApprovedTemplatesRule.TypeName,
    ];

    private static readonly string[] Common = ["type", "id", "source", "channels"];

    private readonly JsonReading _json;

    public JsonRuleReader(JsonReading json) => _json = json;

    /// <summary>Reads a rule, or returns null when it cannot be built; its own problems (rule.Problems) are reported too.</summary>
    public ContactRule? Read(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            _json.Add(path, "a rule must be a JSON object");
            return null;
        }

        var type = _json.String(element, "type", path, required: true);
        if (type is null)
        {
            return null;
        }

        if (!RuleTypes.Contains(type, StringComparer.Ordinal))
        {
            _json.Add(path + ".type", $"unknown rule type '{type}' (known: {string.Join(", ", RuleTypes)})");
            return null;
        }

        var reported = _json.Violations.Count;
        var idText = _json.String(element, "id", path, required: true);
        var source = ReadSource(element, path);
        var channels = _json.Channels(element, "channels", path);
        RuleId? id = idText is null ? null : new RuleId(idText.Trim());
        ContactRule? rule = type switch
        {
            AllowedChannelsRule.TypeName => AllowedChannels(element, path, id, source),
            ContactWindowRule.TypeName => Windows(element, path, id, source, channels),
            WeeklyRestDaysRule.TypeName => RestDays(element, path, id, source, channels),
            PublicHolidaysRule.TypeName => Holidays(element, path, id, source, channels),
            FrequencyCapRule.TypeName => Cap(element, path, id, source, channels),
            DailyLimitRule.TypeName => Daily(element, path, id, source, channels),
            ConversationWaitRule.TypeName => Wait(element, path, id, source, channels),
            MinimumGapRule.TypeName => Gap(element, path, id, source, channels),
            RecipientRule.TypeName => Recipients(element, path, id, source),
            ApprovedTemplatesRule.TypeName => Templates(element, path, id, source, channels),
            _ => Restriction(element, path, id, source, channels, type),
        };
        if (rule is not null)
        {
            // A problem that follows from an item already reported (a window dropped for a bad time leaves "no windows") is not repeated.
            var already = _json.Violations.Skip(reported).Select(v => v.Field).ToList();
            foreach (var (field, message) in rule.Problems())
            {
                var fieldPath = path + "." + field;
                if (!already.Any(a => a.StartsWith(fieldPath, StringComparison.Ordinal)))
                {
                    _json.Add(fieldPath, message);
                }
            }
        }

        return rule;
    }

    private RuleSource? ReadSource(JsonElement element, string path)
    {
        if (!element.TryGetProperty("source", out var value))
        {
            _json.Add(path + ".source", "every rule cites its source: { \"kind\": \"regulation\" | \"creditor_instruction\", \"en\": \"…\", \"ar\": \"…\" }");
            return null;
        }

        var sourcePath = path + ".source";
        if (!_json.CheckObject(value, sourcePath, "kind", "en", "ar", "note"))
        {
            return null;
        }

        var kindText = _json.String(value, "kind", sourcePath, required: true);
        RuleSourceKind? kind = null;
        if (kindText is not null && !RuleSourceKind.TryFromCode(kindText, out kind))
        {
            _json.Add(sourcePath + ".kind", $"unknown source kind '{kindText}' (known: {string.Join(", ", RuleSourceKind.All.Select(k => k.Code))})");
        }

        var english = _json.String(value, "en", sourcePath, required: true);
        var arabic = _json.String(value, "ar", sourcePath, required: true);
        var note = _json.Bilingual(value, "note", sourcePath, required: false);
        return kind is null || english is null || arabic is null
            ? null
            : new RuleSource(kind, new BilingualText(english, arabic)) { Note = note };
    }

    private AllowedChannelsRule? AllowedChannels(JsonElement element, string path, RuleId? id, RuleSource? source)
    {
        _json.CheckObject(element, path, [.. Common.Where(c => c != "channels"), "allowed"]);
        var allowed = _json.Array(element, "allowed", path, required: true, _json.ReadChannel);
        return id is { } ruleId && source is not null ? new AllowedChannelsRule(ruleId, source, allowed) : null;
    }

    private WeeklyRestDaysRule? RestDays(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "days"]);
        var days = _json.Values(element, "days", path, required: true, _json.ReadWeekday);
        return id is { } ruleId && source is not null ? new WeeklyRestDaysRule(ruleId, source, channels, days) : null;
    }

    private FrequencyCapRule? Cap(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "scope", "maxAttempts", "days"]);
        var scope = Scope(element, path);
        var max = _json.Integer(element, "maxAttempts", path, required: true);
        var days = _json.Integer(element, "days", path, required: true);
        return id is { } ruleId && source is not null && scope is not null && max is { } n && days is { } d
            ? new FrequencyCapRule(ruleId, source, channels, scope, n, d)
            : null;
    }

    private DailyLimitRule? Daily(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "scope", "maxAttempts"]);
        var scope = Scope(element, path);
        var max = _json.Integer(element, "maxAttempts", path, required: true);
        return id is { } ruleId && source is not null && scope is not null && max is { } n
            ? new DailyLimitRule(ruleId, source, channels, scope, n)
            : null;
    }

    private ConversationWaitRule? Wait(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "scope", "days", "conversationChannels"]);
        var scope = Scope(element, path);
        var days = _json.Integer(element, "days", path, required: true);
        var conversations = _json.Channels(element, "conversationChannels", path);
        return id is { } ruleId && source is not null && scope is not null && days is { } d
            ? new ConversationWaitRule(ruleId, source, channels, scope, d, conversations)
            : null;
    }

    private MinimumGapRule? Gap(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels)
    {
        _json.CheckObject(element, path, [.. Common, "scope", "minutes"]);
        var scope = Scope(element, path);
        var minutes = _json.Integer(element, "minutes", path, required: true);
        return id is { } ruleId && source is not null && scope is not null && minutes is { } m
            ? new MinimumGapRule(ruleId, source, channels, scope, m)
            : null;
    }

    private RestrictionRule? Restriction(JsonElement element, string path, RuleId? id, RuleSource? source, ChannelSet channels, string type)
    {
        _json.CheckObject(element, path, Common);
        var restriction = ContactRestriction.All.Single(r => RestrictionRule.TypeNameOf(r) == type);
        return id is { } ruleId && source is not null ? new RestrictionRule(ruleId, source, channels, restriction) : null;
    }

    private RecipientRule? Recipients(JsonElement element, string path, RuleId? id, RuleSource? source)
    {
        _json.CheckObject(element, path, [.. Common.Where(c => c != "channels"), "allowed", "thirdParties"]);
        var roles = _json.Array(element, "allowed", path, required: true, (e, p) => _json.Code(e, p, "role", ContactPointRole.All, r => r.Code));
        var third = _json.String(element, "thirdParties", path, required: true);
        ThirdPartyContact? thirdParties = third switch
        {
            null => null,
            "never" => ThirdPartyContact.Never,
            "with_third_party_template" => ThirdPartyContact.WithThirdPartyTemplate,
            _ => null,
        };
        if (third is not null && thirdParties is null)
        {
            _json.Add(path + ".thirdParties", $"unknown value '{third}' (known: never, with_third_party_template)");
        }

        return id is { } ruleId && source is not null && thirdParties is { } t ? new RecipientRule(ruleId, source, roles, t) : null;
    }

    private CapScope? Scope(JsonElement element, string path)
    {
        var text = _json.String(element, "scope", path, required: true);
        if (text is null)
        {
            return null;
        }

        if (!CapScope.TryFromCode(text, out var scope))
        {
            _json.Add(path + ".scope", $"unknown scope '{text}' (known: {string.Join(", ", CapScope.All.Select(s => s.Code))})");
        }

        return scope;
    }
}
