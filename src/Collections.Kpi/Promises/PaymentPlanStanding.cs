using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Where a payment plan stands: in good standing, completed or defaulted; codes and values are persisted and never renumbered.</summary>
public sealed class PaymentPlanStanding : SmartEnum<PaymentPlanStanding>
{
    /// <summary>No more installments missed than the plan allows, and some still to pay (code <c>in_good_standing</c>).</summary>
    public static readonly PaymentPlanStanding InGoodStanding = new("in_good_standing", 1);

    /// <summary>Every installment kept (code <c>completed</c>).</summary>
    public static readonly PaymentPlanStanding Completed = new("completed", 2);

    /// <summary>More installments missed than the plan allows (code <c>defaulted</c>); a missed installment stays missed, so this is final.</summary>
    public static readonly PaymentPlanStanding Defaulted = new("defaulted", 3);

    private PaymentPlanStanding(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>in_good_standing</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["plan_standing." + Code];

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<PaymentPlanStanding> All { get; } = [InGoodStanding, Completed, Defaulted];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>defaulted</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PaymentPlanStanding? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
