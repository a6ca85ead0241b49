using System.Text.Json.Nodes;
using Collections.Core;
using Collections.Core.Audit;

namespace Collections.Escalation;

/// <summary>The audit payloads of escalation steps, refusals and authorizations (docs/decisions/0004, suggested payloads).</summary>
internal static class EscalationAuditPayloads
{
    public static AuditPayload Step(EscalationCase escalationCase, EscalationStep step)
    {
        var json = new JsonObject
        {
            ["case"] = escalationCase.Id.Value,
            ["creditor"] = escalationCase.Account.Creditor.Value,
            ["trigger"] = step.Trigger.Code,
            ["from"] = step.From?.Code,
            ["to"] = step.To.Code,
            ["on"] = InvariantText.Date(step.On),
        };
        Add(json, "authorization", step.AuthorizationId?.Value);
        Add(json, "authorization_sha256", step.AuthorizationSha256?.Hex);
        Add(json, "document_sha256", step.Document?.Hex);
        Add(json, "reference", step.Reference);
        Add(json, "reason", step.Reason);
        if (step.Cost is { } cost)
        {
            json["cost_minor_units"] = cost.MinorUnits;
            json["currency"] = cost.Currency.Code;
        }

        return AuditPayload.From(json);
    }

    public static AuditPayload Refused(EscalationCaseId caseId, EscalationAccount account, EscalationDecision decision, NodaTime.LocalDate on, AuthorizationId? authorization)
    {
        var json = new JsonObject
        {
            ["case"] = caseId.Value,
            ["creditor"] = account.Creditor.Value,
            ["trigger"] = decision.Trigger.Code,
            ["from"] = decision.From?.Code,
            ["to"] = decision.To?.Code,
            ["on"] = InvariantText.Date(on),
            ["reasons"] = new JsonArray([.. decision.Refusals.Select(r => (JsonNode?)JsonValue.Create(r.Code.Code))]),
        };
        Add(json, "authorization", authorization?.Value);
        return AuditPayload.From(json);
    }

    public static AuditPayload Recorded(WrittenAuthorization authorization)
    {
        var json = new JsonObject
        {
            ["authorization"] = authorization.Id.Value,
            ["creditor"] = authorization.Creditor.Value,
            ["signer"] = authorization.SignerName,
            ["signer_role"] = authorization.SignerRole,
            ["signed_on"] = InvariantText.Date(authorization.SignedOn),
            ["valid_through"] = InvariantText.Date(authorization.ValidThrough),
            ["scope"] = authorization.Scope.Kind.Code,
            ["document_sha256"] = authorization.DocumentSha256.Hex,
        };
        if (!authorization.Scope.Accounts.IsEmpty)
        {
            json["accounts"] = new JsonArray([.. authorization.Scope.Accounts.Select(a => (JsonNode?)JsonValue.Create(a.Value))]);
        }

        Add(json, "placement", authorization.Scope.Placement?.Value);
        if (authorization.Scope.Criteria is { } criteria)
        {
            if (criteria.DaysPastDueAtLeast is { } dpd)
            {
                json["days_past_due_at_least"] = dpd;
            }

            Add(json, "balance_at_least", criteria.BalanceAtLeast?.ToString());
            Add(json, "balance_at_most", criteria.BalanceAtMost?.ToString());
        }

        return AuditPayload.From(json);
    }

    public static AuditPayload Revoked(WrittenAuthorization authorization)
    {
        var revocation = authorization.Revocation!;
        return AuditPayload.From(new JsonObject
        {
            ["authorization"] = authorization.Id.Value,
            ["creditor"] = authorization.Creditor.Value,
            ["revoked_on"] = InvariantText.Date(revocation.RevokedOn),
            ["revoked_by"] = revocation.RevokedBy,
            ["reason"] = revocation.Reason,
            ["document_sha256"] = authorization.DocumentSha256.Hex,
        });
    }

    public static AuditPayload RecordingRefused(AuthorizationRecording recording) =>
        AuditPayload.From(new JsonObject
        {
            ["authorization"] = recording.Authorization.Id.Value,
            ["creditor"] = recording.Authorization.Creditor.Value,
            ["document_sha256"] = recording.Authorization.DocumentSha256.Hex,
            ["given_sha256"] = recording.DocumentHash.Hex,
            ["reasons"] = new JsonArray([.. recording.Refusals.Select(r => (JsonNode?)JsonValue.Create(r.Code.Code))]),
        });

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
