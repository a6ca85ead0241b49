using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>A condition a transition of the legal track checks before it moves a case (listed per transition in the rule book); the code is stable.</summary>
public sealed class EscalationGuard : SmartEnum<EscalationGuard>
{
    /// <summary>The account meets the creditor's qualification rules (code <c>qualified</c>).</summary>
    public static readonly EscalationGuard Qualified = new("qualified", 1);

    /// <summary>A prior written authorization on record covers the account on the step's date (code <c>valid_authorization</c>).</summary>
    public static readonly EscalationGuard ValidAuthorization = new("valid_authorization", 2);

    /// <summary>The SHA-256 of the step's document is given (code <c>document</c>).</summary>
    public static readonly EscalationGuard Document = new("document", 3);

    /// <summary>The court's case reference is given (code <c>reference</c>).</summary>
    public static readonly EscalationGuard Reference = new("reference", 4);

    /// <summary>A reason in words is given (code <c>reason</c>).</summary>
    public static readonly EscalationGuard Reason = new("reason", 5);

    /// <summary>The case's authorization is no longer valid (revoked or expired) (code <c>authorization_lost</c>).</summary>
    public static readonly EscalationGuard AuthorizationLost = new("authorization_lost", 6);

    /// <summary>The step is dated no earlier than the previous step and no later than today in the creditor's time zone (code <c>dated</c>).</summary>
    public static readonly EscalationGuard Dated = new("dated", 7);

    private EscalationGuard(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("guard." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<EscalationGuard> All { get; } = [Qualified, ValidAuthorization, Document, Reference, Reason, AuthorizationLost, Dated];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out EscalationGuard? value)
    {
        value = All.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
