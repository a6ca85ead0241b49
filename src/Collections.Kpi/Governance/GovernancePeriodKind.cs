using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>How a governance report cuts time: weeks that start on a configurable day, or calendar months.</summary>
/// <remarks>The codes and values are persisted and never renumbered. Periods are local dates in the creditor's time zone
/// (docs/kpi-definitions.md: day boundaries are the creditor's local day); see <see cref="GovernancePeriod"/>.</remarks>
public sealed class GovernancePeriodKind : SmartEnum<GovernancePeriodKind>
{
    /// <summary>Seven days from the configured first day of the week (Sunday in Saudi Arabia) (code <c>weekly</c>).</summary>
    public static readonly GovernancePeriodKind Weekly = new("weekly", 1);

    /// <summary>A calendar month of the ISO calendar (code <c>monthly</c>).</summary>
    public static readonly GovernancePeriodKind Monthly = new("monthly", 2);

    private GovernancePeriodKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The name in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["governance.period_kind." + Code];

    /// <summary>Every kind, ordered by value.</summary>
    public static IReadOnlyList<GovernancePeriodKind> All { get; } = [Weekly, Monthly];

    /// <summary>Looks up a kind by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">The kind when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out GovernancePeriodKind? kind)
    {
        kind = All.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }

    /// <summary>The code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
