using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Whether a promise (or one installment) was kept, partially kept or broken, or is still pending; codes and values are persisted and never renumbered.</summary>
/// <remarks>docs/kpi-definitions.md: kept = payments between the promise's creation and its due date + grace days reach the
/// promised amount; partially kept = some but not all; broken = none by the end of the grace days. Until then it is
/// pending, unless the payments already reach the amount (kept).</remarks>
public sealed class PromiseStatus : SmartEnum<PromiseStatus>
{
    /// <summary>Not decided yet: the grace days have not ended and the amount is not reached (code <c>pending</c>).</summary>
    public static readonly PromiseStatus Pending = new("pending", 1);

    /// <summary>The payments reached the promised amount in time (code <c>kept</c>; تم الوفاء).</summary>
    public static readonly PromiseStatus Kept = new("kept", 2);

    /// <summary>Some but not all of the amount was paid in time (code <c>partially_kept</c>).</summary>
    public static readonly PromiseStatus PartiallyKept = new("partially_kept", 3);

    /// <summary>Nothing was paid by the end of the grace days (code <c>broken</c>; لم يتم الوفاء).</summary>
    public static readonly PromiseStatus Broken = new("broken", 4);

    private PromiseStatus(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>partially_kept</c>.</summary>
    public string Code => Name;

    /// <summary>Whether the status is final as of the evaluation (everything but <see cref="Pending"/>); only a reversal or a back-dated posting can change it.</summary>
    public bool IsDecided => this != Pending;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["promise_status." + Code];

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<PromiseStatus> All { get; } = [Pending, Kept, PartiallyKept, Broken];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>kept</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PromiseStatus? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
