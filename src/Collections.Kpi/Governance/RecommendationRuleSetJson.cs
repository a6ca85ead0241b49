using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Collections.Shared;

namespace Collections.Kpi.Governance;

/// <summary>Reads a next-quarter recommendation rule set from JSON (System.Text.Json); every violation is listed with its
/// JSON path.</summary>
/// <remarks>
/// <para>Shape (every field required; each rule takes exactly the thresholds of its kind, <see cref="RecommendationKind.Parameters"/>):</para>
/// <code>
/// {
///   "version": "default-1",
///   "rules": [
///     { "id": "segment-forward-roll-rise", "kind": "roll_rate_rise", "minimumRisePoints": 2, "minimumAccounts": 30 },
///     { "id": "channel-cost", "kind": "channel_cost", "minimumGap": 0.25, "shareOfSpendToMove": 0.2, "minimumAttempts": 100 },
///     { "id": "agent-promise-kept", "kind": "agent_promise_kept", "minimumGapPoints": 10, "minimumPromisesDue": 20 },
///     { "id": "escalation", "kind": "escalation_ready", "daysPastDueAbove": 90, "minimumAttemptsWithoutKeptPromise": 6 }
///   ]
/// }
/// </code>
/// <para>Refused with a <see cref="RecommendationRuleSetException"/> naming each path (for example
/// <c>$.rules[1].minimumGap</c>): invalid JSON, unknown fields (typos), a missing or non-numeric threshold, a threshold out
/// of its range or not a whole number where a count is needed, an unknown kind, a repeated rule id, a field that appears
/// twice in one object (<c>$.rules[0].minimumGap: appears twice; keep one</c>).</para>
/// </remarks>
public static class RecommendationRuleSetJson
{
    /// <summary>Reads a rule set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="RecommendationRuleSetException">The JSON is not a valid rule set; every violation listed with its path.</exception>
    public static RecommendationRuleSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var rules, out var violations) ? rules : throw new RecommendationRuleSetException("recommendation rules (JSON)", violations);
    }

    /// <summary>Reads a rule set from a JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="RecommendationRuleSetException">The file is not a valid rule set; every violation listed with its path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RecommendationRuleSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return TryParse(File.ReadAllText(path), out var rules, out var violations) ? rules : throw new RecommendationRuleSetException("recommendation rules from " + path, violations);
    }

    /// <summary>Tries to read a rule set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="rules">The rule set when valid.</param>
    /// <param name="violations">Every violation when not, each with its JSON path.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out RecommendationRuleSet? rules, out IReadOnlyList<RecommendationRuleViolation> violations)
    {
        var list = new List<RecommendationRuleViolation>();
        rules = json is null ? null : Read(json, list);
        if (json is null)
        {
            list.Add(new RecommendationRuleViolation("$", "no JSON text"));
        }

        violations = list;
        if (list.Count > 0)
        {
            rules = null;
        }

        return rules is not null;
    }

    private static RecommendationRuleSet? Read(string json, List<RecommendationRuleViolation> violations)
    {
        void Add(string path, string message) => violations.Add(new RecommendationRuleViolation(path, message));
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
            var reader = new JsonFieldReader(Add);
            var root = document.RootElement;
            if (!reader.CheckObject(root, "$", "version", "rules"))
            {
                return null;
            }

            var version = reader.String(root, "version", "$", required: true);
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var rules = reader.Array(root, "rules", "$", required: true, (element, path) =>
            {
                if (ReadRule(reader, element, path) is not { } rule)
                {
                    return null;
                }

                if (ids.TryGetValue(rule.Id, out var first))
                {
                    Add(path + ".id", $"'{rule.Id}' is already the id of {first} (ids are unique)");
                    return null;
                }

                ids.Add(rule.Id, path);
                return rule;
            });

            return violations.Count == 0 && version is not null ? RecommendationRuleSet.Create(version, rules) : null;
        }
    }

    private static RecommendationRule? ReadRule(JsonFieldReader reader, JsonElement element, string path)
    {
        // The thresholds depend on the kind, so unknown fields are found by RecommendationRule.Violations, not CheckObject;
        // repeated fields (two "minimumGap"s, of which TryGetProperty would see one) are checked here instead.
        if (element.ValueKind != JsonValueKind.Object)
        {
            reader.Add(path, "must be a JSON object with \"id\", \"kind\" and the kind's thresholds");
            return null;
        }

        reader.CheckRepeated(element, path);

        var id = reader.String(element, "id", path, required: true);
        RecommendationKind? kind = null;
        if (reader.Present(element, "kind", path, required: true, out var kindElement)
            && (kindElement.ValueKind != JsonValueKind.String || !RecommendationKind.TryFromCode(kindElement.GetString(), out kind)))
        {
            reader.Add(path + ".kind", $"unknown kind {kindElement.GetRawText()} (kinds: {string.Join(", ", RecommendationKind.All.Select(k => k.Code))})");
        }

        var parameters = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (id is null)
        {
            reported.Add("id");
        }
        foreach (var property in element.EnumerateObject().Where(p => p.Name is not "id" and not "kind"))
        {
            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var value))
            {
                reader.Add(path + "." + property.Name, "must be a number");
                reported.Add(property.Name);
            }
            else
            {
                parameters[property.Name] = value;
            }
        }

        if (kind is null)
        {
            return null;
        }

        // A threshold that was not a number is reported once, as not a number (not also as missing).
        var violations = RecommendationRule.Violations(id, kind, parameters).Where(v => !reported.Contains(v.Field)).ToList();
        foreach (var (field, message) in violations)
        {
            reader.Add(path + "." + field, message);
        }

        return violations.Count == 0 && reported.Count == 0 && id is not null ? RecommendationRule.Create(id, kind, parameters) : null;
    }
}
