using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>A qualification rule for legal escalation; the code is persisted and never renumbered.</summary>
public sealed class QualificationCriterion : SmartEnum<QualificationCriterion>
{
    /// <summary>Days past due above the creditor's threshold (code <c>days_past_due</c>).</summary>
    public static readonly QualificationCriterion DaysPastDue = new("days_past_due", 1);

    /// <summary>Balance at least the creditor's minimum in its currency (code <c>balance</c>).</summary>
    public static readonly QualificationCriterion Balance = new("balance", 2);

    /// <summary>Productive contact exhausted within the period: enough right-party contacts, or enough attempts across enough channels, and no promise to pay kept or pending (code <c>contact_exhausted</c>).</summary>
    public static readonly QualificationCriterion ContactExhausted = new("contact_exhausted", 3);

    /// <summary>No open dispute about the debt (code <c>no_open_dispute</c>).</summary>
    public static readonly QualificationCriterion NoOpenDispute = new("no_open_dispute", 4);

    private QualificationCriterion(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("criterion." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<QualificationCriterion> All { get; } = [DaysPastDue, Balance, ContactExhausted, NoOpenDispute];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out QualificationCriterion? value)
    {
        value = All.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
