using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>How an account stands at the end of the period for the resolution rate: unresolved, paid in full, settled, or
/// on a payment plan in good standing.</summary>
/// <remarks>docs/kpi-definitions.md: "accounts resolved (paid in full, settled, or on a payment plan in good standing) / accounts in
/// inventory at period start plus placed during it". The codes are persisted.</remarks>
public sealed class AccountResolution : SmartEnum<AccountResolution>
{
    /// <summary>Not resolved (code <c>unresolved</c>).</summary>
    public static readonly AccountResolution Unresolved = new("unresolved", 0, resolved: false);

    /// <summary>Paid in full (code <c>paid_in_full</c>).</summary>
    public static readonly AccountResolution PaidInFull = new("paid_in_full", 1, resolved: true);

    /// <summary>Settled for an agreed amount (code <c>settled</c>).</summary>
    public static readonly AccountResolution Settled = new("settled", 2, resolved: true);

    /// <summary>On a payment plan in good standing (code <c>payment_plan_in_good_standing</c>).</summary>
    public static readonly AccountResolution PaymentPlanInGoodStanding = new("payment_plan_in_good_standing", 3, resolved: true);

    private AccountResolution(string code, int value, bool resolved)
        : base(code, value) => IsResolved = resolved;

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>Whether this counts as resolved.</summary>
    public bool IsResolved { get; }

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["resolution." + Code];

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<AccountResolution> All { get; } = [Unresolved, PaidInFull, Settled, PaymentPlanInGoodStanding];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="resolution">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AccountResolution? resolution)
    {
        resolution = All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
        return resolution is not null;
    }
}
