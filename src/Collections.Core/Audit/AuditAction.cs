using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Collections.Core.Audit;

/// <summary>What was done, as a persisted code such as <c>contact_policy.refused</c>: the library's own actions are named here, hosts add theirs.</summary>
/// <remarks>
/// <para>Open but typed. Closed vocabularies are smart enums in this library (STYLE §5), but the actions in an audit log
/// are an open set: every host records steps of its own (a manual override, an export, a login) and must not wait for a
/// library release to do so, and a log written by a newer version must still be readable by an older one. So an action
/// is a validated code in its own type — it cannot be confused with an actor or a subject, and its spelling is checked
/// (lower-case ASCII words of <c>a–z</c>, <c>0–9</c> and <c>_</c>, joined by dots, at most 100 characters: no look-alike
/// Unicode, nothing a culture could change) — and the codes this library writes are named members
/// (<see cref="WellKnown"/>) with Arabic and English titles. Hosts should prefix their own codes with a name of their own
/// (<c>acme.manual_override</c>).</para>
/// </remarks>
public readonly partial record struct AuditAction
{
    /// <summary>A contact policy allowed an attempt (<c>contact_policy.allowed</c>).</summary>
    public static readonly AuditAction ContactPolicyAllowed = new("contact_policy.allowed");

    /// <summary>A contact policy refused an attempt (<c>contact_policy.refused</c>).</summary>
    public static readonly AuditAction ContactPolicyRefused = new("contact_policy.refused");

    /// <summary>The contact policy in force changed version (<c>contact_policy.version_changed</c>).</summary>
    public static readonly AuditAction ContactPolicyVersionChanged = new("contact_policy.version_changed");

    /// <summary>An account moved one step on the legal escalation track (<c>escalation.step</c>).</summary>
    public static readonly AuditAction EscalationStep = new("escalation.step");

    /// <summary>A step on the legal escalation track was refused, with its reasons (<c>escalation.refused</c>).</summary>
    public static readonly AuditAction EscalationRefused = new("escalation.refused");

    /// <summary>A creditor's prior written authorization for legal escalation was recorded (<c>escalation.authorization_recorded</c>).</summary>
    public static readonly AuditAction EscalationAuthorizationRecorded = new("escalation.authorization_recorded");

    /// <summary>A creditor's prior written authorization for legal escalation was revoked (<c>escalation.authorization_revoked</c>).</summary>
    public static readonly AuditAction EscalationAuthorizationRevoked = new("escalation.authorization_revoked");

    /// <summary>A fee statement was issued to a creditor (<c>fees.statement_issued</c>).</summary>
    public static readonly AuditAction FeeStatementIssued = new("fees.statement_issued");

    private const int MaximumLength = 100;

    /// <summary>Creates an action from its code.</summary>
    /// <param name="code">Lower-case ASCII words (<c>a–z</c>, <c>0–9</c>, <c>_</c>, each starting with a letter) joined by dots, at most 100 characters.</param>
    /// <exception cref="ArgumentNullException">The code is null.</exception>
    /// <exception cref="ArgumentException">The code is not of that form.</exception>
    public AuditAction(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValid(code))
        {
            throw new ArgumentException(
                $"An audit action code must be lower-case ASCII words (a-z, 0-9, _; each starting with a letter) joined by dots, at most {MaximumLength} characters (got '{code}').",
                nameof(code));
        }

        Code = code;
    }

    /// <summary>The actions this library writes.</summary>
    public static IReadOnlyList<AuditAction> WellKnown { get; } =
        [
            ContactPolicyAllowed, ContactPolicyRefused, ContactPolicyVersionChanged,
            EscalationStep, EscalationRefused, EscalationAuthorizationRecorded, EscalationAuthorizationRevoked,
            FeeStatementIssued,
        ];

    /// <summary>The persisted code.</summary>
    public string Code { get; }

    /// <summary>Whether this is one of the library's own actions (<see cref="WellKnown"/>).</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>The action's title in English and Arabic; a host's own action is titled with its code.</summary>
    public BilingualText Title =>
        IsWellKnown
            ? CoreTexts.Get("audit.action." + Code)
            : CoreTexts.Get("audit.action.host").Format(new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = Code ?? string.Empty });

    /// <summary>Tries to create an action from untrusted text.</summary>
    /// <param name="code">The code.</param>
    /// <param name="action">The action when valid.</param>
    /// <returns><see langword="true"/> when the code is valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? code, out AuditAction action)
    {
        action = IsValid(code) ? new AuditAction(code) : default;
        return IsValid(code);
    }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code ?? string.Empty;

    private static bool IsValid([NotNullWhen(true)] string? code) =>
        code is { Length: > 0 and <= MaximumLength } && CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodePattern();
}
