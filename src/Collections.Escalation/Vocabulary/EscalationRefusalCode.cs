using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>Why a step on the legal track was refused; the code is persisted (in the audit log) and never renumbered.</summary>
public sealed class EscalationRefusalCode : SmartEnum<EscalationRefusalCode>
{
    /// <summary>The account does not meet a qualification rule (code <c>not_qualified</c>).</summary>
    public static readonly EscalationRefusalCode NotQualified = new("not_qualified", 1);

    /// <summary>The account already has an open case (code <c>case_already_open</c>).</summary>
    public static readonly EscalationRefusalCode CaseAlreadyOpen = new("case_already_open", 2);

    /// <summary>The trigger is not permitted from the case's stage (code <c>not_permitted_from_stage</c>).</summary>
    public static readonly EscalationRefusalCode NotPermittedFromStage = new("not_permitted_from_stage", 3);

    /// <summary>The case is closed, withdrawn or recalled and never leaves that stage (code <c>case_final</c>).</summary>
    public static readonly EscalationRefusalCode CaseFinal = new("case_final", 4);

    /// <summary>No prior written authorization is on record for the step (code <c>no_authorization</c>).</summary>
    public static readonly EscalationRefusalCode NoAuthorization = new("no_authorization", 5);

    /// <summary>The authorization was signed after the step's date (code <c>authorization_not_yet_signed</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationNotYetSigned = new("authorization_not_yet_signed", 6);

    /// <summary>The authorization had expired on the step's date (code <c>authorization_expired</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationExpired = new("authorization_expired", 7);

    /// <summary>The authorization was revoked on or before the step's date (code <c>authorization_revoked</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationRevoked = new("authorization_revoked", 8);

    /// <summary>The authorization was given by another creditor than the one whose debt it is (code <c>authorization_other_creditor</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationOtherCreditor = new("authorization_other_creditor", 9);

    /// <summary>The account is outside the authorization's scope (code <c>authorization_outside_scope</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationOutsideScope = new("authorization_outside_scope", 10);

    /// <summary>The authorization given is not the one the case was authorized under (code <c>authorization_mismatch</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationMismatch = new("authorization_mismatch", 11);

    /// <summary>A suspension was asked for while the case's authorization is still valid (code <c>authorization_still_valid</c>).</summary>
    public static readonly EscalationRefusalCode AuthorizationStillValid = new("authorization_still_valid", 12);

    /// <summary>The step needs the SHA-256 of its document (code <c>document_required</c>).</summary>
    public static readonly EscalationRefusalCode DocumentRequired = new("document_required", 13);

    /// <summary>The step needs the court's case reference (code <c>reference_required</c>).</summary>
    public static readonly EscalationRefusalCode ReferenceRequired = new("reference_required", 14);

    /// <summary>The step needs a reason in words (code <c>reason_required</c>).</summary>
    public static readonly EscalationRefusalCode ReasonRequired = new("reason_required", 15);

    /// <summary>The step's cost is in another currency than the case (code <c>cost_currency_mismatch</c>).</summary>
    public static readonly EscalationRefusalCode CostCurrencyMismatch = new("cost_currency_mismatch", 16);

    /// <summary>The step is dated before the previous step (code <c>date_before_previous_step</c>).</summary>
    public static readonly EscalationRefusalCode DateBeforePreviousStep = new("date_before_previous_step", 17);

    /// <summary>The step is dated after today in the creditor's time zone (code <c>date_in_future</c>).</summary>
    public static readonly EscalationRefusalCode DateInFuture = new("date_in_future", 18);

    /// <summary>The document given is not the one whose SHA-256 the authorization states (code <c>document_hash_mismatch</c>).</summary>
    public static readonly EscalationRefusalCode DocumentHashMismatch = new("document_hash_mismatch", 19);

    private EscalationRefusalCode(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>authorization_expired</c>.</summary>
    public string Code => Name;

    /// <summary>The code's short title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("refusal." + Code + ".title");

    /// <summary>Every code, ordered by value.</summary>
    public static IReadOnlyList<EscalationRefusalCode> All { get; } =
    [
        NotQualified, CaseAlreadyOpen, NotPermittedFromStage, CaseFinal, NoAuthorization, AuthorizationNotYetSigned, AuthorizationExpired,
        AuthorizationRevoked, AuthorizationOtherCreditor, AuthorizationOutsideScope, AuthorizationMismatch, AuthorizationStillValid,
        DocumentRequired, ReferenceRequired, ReasonRequired, CostCurrencyMismatch, DateBeforePreviousStep, DateInFuture, DocumentHashMismatch,
    ];

    /// <summary>Whether the code says the authorization does not cover the step (missing, not yet signed, expired, revoked, another creditor's, outside its scope, or another one than the case's).</summary>
    public bool IsAuthorizationRefusal =>
        this == NoAuthorization || this == AuthorizationNotYetSigned || this == AuthorizationExpired || this == AuthorizationRevoked
        || this == AuthorizationOtherCreditor || this == AuthorizationOutsideScope || this == AuthorizationMismatch;

    /// <summary>Looks up a code by its persisted text (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="refusal">The code when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EscalationRefusalCode? refusal)
    {
        refusal = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return refusal is not null;
    }
}
