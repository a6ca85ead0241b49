using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>The canonical payloads of the contact policy's audit entries (documented in the package README and docs/decisions/0004).</summary>
internal static class ContactAuditPayloads
{
    public static AuditPayload Decision(ContactDecisionRecord record)
    {
        var request = record.Request;
        var decision = record.Decision;
        var json = new JsonObject
        {
            ["purpose"] = record.Purpose switch
            {
                ContactDecisionPurpose.Check => "check",
                ContactDecisionPurpose.Replay => "replay",
                _ => "attempt",
            },
            ["account"] = request.AccountId.Value,
            ["debtor"] = request.DebtorId.Value,
            ["contact_point"] = request.ContactPointId.Value,
            ["channel"] = request.Channel.Code,
            ["recipient"] = request.Recipient.Code,
            ["at"] = AuditEntryHash.FormatInstant(request.At),
            ["zones"] = new JsonArray([.. request.TimeZones.Select(z => (JsonNode)z.Id)]),
            ["policy"] = record.Policy.Version.PolicyId.Value,
            ["policy_version"] = record.Policy.Version.Version,
            ["policy_sha256"] = record.Policy.Sha256,
            ["allowed"] = decision.IsAllowed,
            ["reasons"] = new JsonArray([.. decision.Denials.Select(d => (JsonNode)d.Code.Code)]),
            ["rules"] = new JsonArray([.. decision.Denials.Select(d => (JsonNode)d.RuleId.Value)]),
            ["next_allowed"] = NextAllowedCode(decision.NextAllowed),
        };
        if (record.AttemptId is { } attempt)
        {
            json["attempt"] = attempt.Value;
        }

        if ((request.TemplateId ?? request.Template?.Id) is { } template)
        {
            json["template"] = template.Value;
        }

        if (request.Stage is { } stage)
        {
            json["stage"] = stage.Value;
        }

        if (request.TimeZoneBasis is { } basis)
        {
            json["zone_basis"] = basis.Code;
        }

        if (!decision.IsAllowed && decision.NextAllowedAt is { } next)
        {
            json["next_allowed_at"] = AuditEntryHash.FormatInstant(next);
        }

        return AuditPayload.From(json);
    }

    public static AuditPayload VersionChange(PolicyId policy, CreditorId creditor, JsonObject? from, ContactPolicy to, Instant activeFrom, ContactPolicyChangeBasis basis)
    {
        var json = new JsonObject
        {
            ["policy"] = policy.Value,
            ["creditor"] = creditor.Value,
            ["to"] = Facts(to),
            ["sha256"] = to.Sha256,
            ["active_from"] = AuditEntryHash.FormatInstant(activeFrom),
            ["basis"] = basis == ContactPolicyChangeBasis.Activated ? "activated" : "first_decision",
        };
        if (from is not null)
        {
            json["from"] = from;
        }

        return AuditPayload.From(json);
    }

    /// <summary>A version's facts: label, SHA-256 of its canonical JSON, approver, approval and effective dates.</summary>
    public static JsonObject Facts(ContactPolicy policy) => new()
    {
        ["version"] = policy.Version.Version,
        ["sha256"] = policy.Sha256,
        ["approved_by"] = policy.Version.ApprovedBy,
        ["approved_on"] = InvariantText.Date(policy.Version.ApprovedOn),
        ["effective_from"] = InvariantText.Date(policy.Version.EffectiveFrom),
    };

    public static string NextAllowedCode(NextAllowedKind kind) => kind switch
    {
        NextAllowedKind.Now => "now",
        NextAllowedKind.Later => "later",
        NextAllowedKind.WhenHoldLifted => "when_hold_lifted",
        NextAllowedKind.Never => "never",
        _ => "beyond_search_horizon",
    };

    /// <summary>What an entry of the log says about a version of a policy: its facts, and whether it is a change to that version.</summary>
    public static (JsonObject Facts, string Sha256)? VersionIn(AuditEntry entry, PolicyId policy)
    {
        var isDecision = entry.Action == AuditAction.ContactPolicyAllowed.Code || entry.Action == AuditAction.ContactPolicyRefused.Code;
        var isChange = entry.Action == AuditAction.ContactPolicyVersionChanged.Code;
        if (!isDecision && !isChange)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(entry.Payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("policy", out var id) || id.GetString() != policy.Value)
            {
                return null;
            }

            if (isChange)
            {
                return root.TryGetProperty("to", out var to) && to.ValueKind == JsonValueKind.Object && to.TryGetProperty("sha256", out var toSha)
                    ? ((JsonObject)JsonNode.Parse(to.GetRawText())!, toSha.GetString() ?? string.Empty)
                    : null;
            }

            return root.TryGetProperty("policy_version", out var version) && root.TryGetProperty("policy_sha256", out var sha)
                ? (new JsonObject { ["version"] = version.GetString(), ["sha256"] = sha.GetString() }, sha.GetString() ?? string.Empty)
                : null;
        }
        catch (JsonException)
        {
            // A payload that is not JSON is the verifier's business, not a version.
            return null;
        }
    }
}
