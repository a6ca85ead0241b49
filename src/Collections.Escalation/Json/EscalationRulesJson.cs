using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Collections.Core;
using Collections.Shared;
using NodaTime;

namespace Collections.Escalation;

/// <summary>Reads a creditor's escalation rules from JSON (System.Text.Json, no other dependency); every violation is listed with its JSON path.</summary>
/// <remarks>
/// <para>Shape (every field required but <c>timeZone</c>, default Asia/Riyadh, and <c>legalHoldFrom</c>, default <c>filed</c>):</para>
/// <code>
/// {
///   "creditor": "acme-finance",
///   "timeZone": "Asia/Riyadh",
///   "legalHoldFrom": "filed",
///   "qualification": {
///     "daysPastDueAbove": 90,
///     "minimumBalances": [ { "amount": 5000, "currency": "SAR" } ],
///     "periodDays": 90,
///     "minimumRightPartyContacts": 3,
///     "minimumAttempts": 12,
///     "minimumChannels": 2
///   }
/// }
/// </code>
/// <para>Refused with an <see cref="EscalationDataException"/> naming each field: unknown fields (typos), missing or
/// out-of-range numbers, an unknown time zone, currency or stage, an amount with more decimals than its currency has,
/// two minimums for one currency.</para>
/// </remarks>
public static class EscalationRulesJson
{
    private static readonly string[] TopLevel = ["creditor", "timeZone", "legalHoldFrom", "qualification"];

    private static readonly string[] QualificationFields =
        ["daysPastDueAbove", "minimumBalances", "periodDays", "minimumRightPartyContacts", "minimumAttempts", "minimumChannels"];

    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        [nameof(EscalationRulesBuilder.Creditor)] = "$.creditor",
        [nameof(EscalationRulesBuilder.TimeZone)] = "$.timeZone",
        [nameof(EscalationRulesBuilder.LegalHoldFrom)] = "$.legalHoldFrom",
        [nameof(EscalationRulesBuilder.DaysPastDueAbove)] = "$.qualification.daysPastDueAbove",
        [nameof(EscalationRulesBuilder.MinimumBalances)] = "$.qualification.minimumBalances",
        [nameof(EscalationRulesBuilder.PeriodDays)] = "$.qualification.periodDays",
        [nameof(EscalationRulesBuilder.MinimumRightPartyContacts)] = "$.qualification.minimumRightPartyContacts",
        [nameof(EscalationRulesBuilder.MinimumAttempts)] = "$.qualification.minimumAttempts",
        [nameof(EscalationRulesBuilder.MinimumChannels)] = "$.qualification.minimumChannels",
    };

    /// <summary>Reads rules from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="EscalationDataException">The JSON is not valid rules; every violation listed.</exception>
    public static EscalationRules Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var rules, out var violations) ? rules : throw new EscalationDataException("escalation rules (JSON)", violations);
    }

    /// <summary>Reads rules from a JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="EscalationDataException">The file is not valid rules; every violation listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EscalationRules Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return TryParse(File.ReadAllText(path), out var rules, out var violations) ? rules : throw new EscalationDataException("escalation rules from " + path, violations);
    }

    /// <summary>Tries to read rules from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="rules">The rules when valid.</param>
    /// <param name="violations">Every violation when not.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out EscalationRules? rules, out IReadOnlyList<EscalationViolation> violations)
    {
        var list = new List<EscalationViolation>();
        rules = null;
        if (json is null)
        {
            list.Add(new EscalationViolation("$", "no JSON text"));
        }
        else
        {
            rules = Read(json, list);
        }

        violations = list;
        return rules is not null && list.Count == 0;
    }

    private static EscalationRules? Read(string json, List<EscalationViolation> violations)
    {
        void Add(string path, string message) => violations.Add(new EscalationViolation(path, message));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            Add("$", "not valid JSON: " + exception.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (!CheckObject(root, "$", TopLevel, Add))
            {
                return null;
            }

            var creditorText = String(root, "creditor", "$", Add);
            var builder = new EscalationRulesBuilder(CreditorId.TryCreate(creditorText, out var creditor) ? creditor : default);
            if (creditorText is not null && creditor.Value is null)
            {
                Add("$.creditor", $"'{creditorText}' is not an identifier (non-empty, no leading or trailing white space)");
            }

            if (root.TryGetProperty("timeZone", out _) && String(root, "timeZone", "$", Add) is { } zoneId)
            {
                builder.TimeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                if (builder.TimeZone is null)
                {
                    Add("$.timeZone", $"unknown time zone '{zoneId}' (a tzdb id such as Asia/Riyadh)");
                }
            }

            if (root.TryGetProperty("legalHoldFrom", out _) && String(root, "legalHoldFrom", "$", Add) is { } stageCode)
            {
                builder.LegalHoldFrom = EscalationStage.TryFromCode(stageCode, out var stage) ? stage : null;
                if (stage is null)
                {
                    Add("$.legalHoldFrom", $"unknown stage '{stageCode}' (open stages: {string.Join(", ", EscalationStage.OpenStages.Select(s => s.Code))})");
                }
            }

            var known = violations.Select(v => v.Field).ToHashSet(StringComparer.Ordinal);
            if (!root.TryGetProperty("qualification", out var qualification))
            {
                Add("$.qualification", "is required");
            }
            else if (CheckObject(qualification, "$.qualification", QualificationFields, Add))
            {
                builder.DaysPastDueAbove = Integer(qualification, "daysPastDueAbove", "$.qualification", Add);
                builder.PeriodDays = Integer(qualification, "periodDays", "$.qualification", Add);
                builder.MinimumRightPartyContacts = Integer(qualification, "minimumRightPartyContacts", "$.qualification", Add);
                builder.MinimumAttempts = Integer(qualification, "minimumAttempts", "$.qualification", Add);
                builder.MinimumChannels = Integer(qualification, "minimumChannels", "$.qualification", Add);
                ReadMinimumBalances(qualification, builder, Add);
            }

            known.UnionWith(violations.Select(v => v.Field));
            builder.Validate((field, message) =>
            {
                var path = Path(field);
                if (!known.Contains(path) && !(violations.Any(v => v.Field.StartsWith(path, StringComparison.Ordinal))))
                {
                    Add(path, message);
                }
            });

            return violations.Count == 0 ? builder.Build() : null;
        }
    }

    private static void ReadMinimumBalances(JsonElement qualification, EscalationRulesBuilder builder, Action<string, string> add)
    {
        if (!qualification.TryGetProperty("minimumBalances", out var array))
        {
            return;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            add("$.qualification.minimumBalances", "must be a JSON array of { \"amount\", \"currency\" }");
            return;
        }

        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var path = "$.qualification.minimumBalances[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (!CheckObject(entry, path, ["amount", "currency"], add))
            {
                continue;
            }

            var code = String(entry, "currency", path, add);
            var currency = default(Currency);
            if (code is not null && !Currency.TryFromCode(code, out currency))
            {
                add(path + ".currency", $"unknown currency '{code}' (an ISO 4217 code such as SAR)");
            }

            if (!entry.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number || !amount.TryGetDecimal(out var value))
            {
                add(path + ".amount", "is required (a number, for example 5000)");
                continue;
            }

            if (currency.IsSpecified)
            {
                if (Money.TryOf(value, currency, out var money))
                {
                    builder.MinimumBalances.Add(money);
                }
                else
                {
                    add(path + ".amount", string.Create(CultureInfo.InvariantCulture, $"{value} has more decimals than {currency.Code} has ({currency.MinorUnitDigits})"));
                }
            }
        }
    }

    private static string Path(string field)
    {
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? field : field[..bracket];
        return Paths.TryGetValue(name, out var path) ? path + (bracket < 0 ? string.Empty : field[bracket..]) : "$." + field;
    }

    private static bool CheckObject(JsonElement element, string path, string[] allowed, Action<string, string> add) =>
        new JsonFieldReader(add).CheckObject(element, path, allowed);

    private static string? String(JsonElement element, string name, string path, Action<string, string> add) =>
        new JsonFieldReader(add).String(element, name, path, required: false);

    private static int? Integer(JsonElement element, string name, string path, Action<string, string> add) =>
        new JsonFieldReader(add).Integer(element, name, path, required: false);
}
