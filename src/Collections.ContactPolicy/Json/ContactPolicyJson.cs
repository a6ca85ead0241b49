using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Reads contact policies from JSON files (System.Text.Json, no other dependency); every violation is listed with its JSON path.</summary>
/// <remarks>
/// <para>Shape: <c>{ "policy", "creditor", "actsFor"?, "version", "approvedBy", "approvedOn", "effectiveFrom",
/// "timeZone"?, "title"?, "packs"?: [ "sa-sama-2025" ], "removeRules"?: [ ids ], "rules": [ … ] }</c>. Rules of the
/// listed packs come first; a rule in the file with the same id as a pack rule replaces it in place; others are
/// added. Each rule is <c>{ "type", "id", "source": { "kind", "en", "ar", "note"? }, "channels"?, … }</c>; the
/// package README lists every type and its fields.</para>
/// <para>Refused with a <see cref="ContactPolicyException"/> naming each field: an unknown rule type, field, channel,
/// weekday, scope or time zone; a window ending before it starts; a cap of zero; missing version fields; repeated
/// rule ids.</para>
/// </remarks>
public static class ContactPolicyJson
{
    private static readonly string[] TopLevel =
        ["policy", "creditor", "actsFor", "version", "approvedBy", "approvedOn", "effectiveFrom", "timeZone", "title", "packs", "removeRules", "rules"];

    /// <summary>Reads a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ContactPolicyException">The JSON is not a valid policy; every violation is listed.</exception>
    public static ContactPolicy Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var policy, out var violations) ? policy : throw new ContactPolicyException("JSON", violations);
    }

    /// <summary>Reads a policy from a JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ContactPolicyException">The file is not a valid policy; every violation is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ContactPolicy Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var json = File.ReadAllText(path);
        return TryParse(json, out var policy, out var violations) ? policy : throw new ContactPolicyException(path, violations);
    }

    /// <summary>Writes a policy as JSON that <see cref="Parse"/> reads back into a policy that decides the same: canonical (RFC 8785), pack rules and holiday calendars written out in full.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The JSON text (the same as <see cref="ContactPolicy.ToCanonicalJson"/>).</returns>
    /// <exception cref="ArgumentNullException">The policy is null.</exception>
    public static string Write(ContactPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.ToCanonicalJson();
    }

    /// <summary>Tries to read a policy from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="policy">The policy when valid.</param>
    /// <param name="violations">Every violation when not.</param>
    /// <returns><see langword="true"/> when the JSON is a valid policy.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out ContactPolicy? policy, out IReadOnlyList<PolicyViolation> violations)
    {
        var list = new List<PolicyViolation>();
        policy = json is null ? null : Read(json, list);
        if (json is null)
        {
            list.Add(new PolicyViolation("$", "no JSON text"));
        }

        violations = list;
        return policy is not null && list.Count == 0;
    }

    private static ContactPolicy? Read(string json, List<PolicyViolation> violations)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            violations.Add(new PolicyViolation("$", "not valid JSON: " + exception.Message));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            var reading = new JsonReading(violations);
            if (!reading.CheckObject(root, "$", TopLevel))
            {
                return null;
            }

            var builder = Header(reading, root);
            var ruleReader = new JsonRuleReader(reading);
            var fileRules = new List<ContactRule>();
            var ruleIds = new List<(string Id, string Path)>();
            reading.Array(root, "rules", "$", required: !JsonReading.Has(root, "packs"), (element, path) =>
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    ruleIds.Add((id.GetString()!.Trim(), path));
                }

                var rule = ruleReader.Read(element, path);
                if (rule is not null)
                {
                    fileRules.Add(rule);
                }

                return rule;
            });
            foreach (var group in ruleIds.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                foreach (var repeated in group.Skip(1))
                {
                    violations.Add(new PolicyViolation(repeated.Path + ".id", $"rule id '{group.Key}' is already used by {group.First().Path}"));
                }
            }

            foreach (var pack in reading.Array(root, "packs", "$", required: false, (entry, path) => Pack(reading, entry, path)))
            {
                builder?.AddPack(pack);
            }

            var removed = reading.Array(root, "removeRules", "$", required: false, (e, p) => e.ValueKind == JsonValueKind.String ? e.GetString() : null);
            if (builder is null || violations.Count > 0)
            {
                return null;
            }

            foreach (var id in removed)
            {
                if (!builder.Rules.Any(r => r.Id.Value == id))
                {
                    violations.Add(new PolicyViolation("$.removeRules", $"no rule '{id}' to remove (rules of the listed packs: {string.Join(", ", builder.Rules.Select(r => r.Id))})"));
                    continue;
                }

                builder.Remove(new RuleId(id!));
            }

            foreach (var rule in fileRules)
            {
                if (builder.Rules.Any(r => r.Id == rule.Id))
                {
                    builder.Replace(rule);
                }
                else
                {
                    builder.Add(rule);
                }
            }

            if (violations.Count > 0)
            {
                return null;
            }

            try
            {
                return builder.Build();
            }
            catch (ContactPolicyException exception)
            {
                violations.AddRange(exception.Violations.Select(v => v with { Field = "$." + v.Field }));
                return null;
            }
        }
    }

    private static ContactPolicyBuilder? Header(JsonReading reading, JsonElement root)
    {
        var policyText = reading.String(root, "policy", "$", required: true);
        var creditorText = reading.String(root, "creditor", "$", required: true);
        var actsForText = reading.String(root, "actsFor", "$", required: false);
        var version = reading.String(root, "version", "$", required: true);
        var approvedBy = reading.String(root, "approvedBy", "$", required: true);
        var approvedOn = reading.Date(root, "approvedOn", "$", required: true);
        var effectiveFrom = reading.Date(root, "effectiveFrom", "$", required: true);
        var zoneText = reading.String(root, "timeZone", "$", required: false) ?? "Asia/Riyadh";
        var title = reading.Bilingual(root, "title", "$", required: false);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText);
        if (zone is null)
        {
            reading.Add("$.timeZone", $"unknown time zone '{zoneText}' (use a tzdb id such as Asia/Riyadh; {DateTimeZoneProviders.Tzdb.VersionId})");
        }

        if (approvedOn is { } approved && effectiveFrom is { } effective && effective < approved)
        {
            reading.Add("$.effectiveFrom", $"the policy cannot take effect ({InvariantText.Date(effective)}) before it is approved ({InvariantText.Date(approved)})");
        }

        if (policyText is null || creditorText is null || !PolicyId.TryCreate(policyText, out var policyId) || !CreditorId.TryCreate(creditorText, out var creditor))
        {
            return null;
        }

        return new ContactPolicyBuilder(policyId, creditor)
        {
            Version = version,
            ApprovedBy = approvedBy,
            ApprovedOn = approvedOn,
            EffectiveFrom = effectiveFrom,
            CreditorTimeZone = zone ?? DateTimeZoneProviders.Tzdb["Asia/Riyadh"],
            ActsFor = CreditorId.TryCreate(actsForText, out var actsFor) ? actsFor : null,
            Title = title,
        };
    }

    private static RulePack? Pack(JsonReading reading, JsonElement entry, string path)
    {
        var id = entry.ValueKind == JsonValueKind.String ? entry.GetString() : null;
        if (RulePacks.TryGet(id, out var pack))
        {
            return pack;
        }

        reading.Add(path, $"unknown rule pack '{id}' (known: {string.Join(", ", RulePacks.All.Select(p => p.Id))})");
        return null;
    }
}
