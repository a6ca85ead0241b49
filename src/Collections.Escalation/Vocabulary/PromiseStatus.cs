using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Escalation;

/// <summary>How a promise to pay turned out (BRIEF: kept, partially kept, broken; pending while not yet due); the code is persisted and never renumbered.</summary>
public sealed class PromiseStatus : SmartEnum<PromiseStatus>
{
    /// <summary>Payments reached the promised amount by the due date and grace days (code <c>kept</c>).</summary>
    public static readonly PromiseStatus Kept = new("kept", 1);

    /// <summary>Some but not all of the promised amount was paid in time (code <c>partially_kept</c>).</summary>
    public static readonly PromiseStatus PartiallyKept = new("partially_kept", 2);

    /// <summary>Nothing was paid in time (code <c>broken</c>).</summary>
    public static readonly PromiseStatus Broken = new("broken", 3);

    /// <summary>Not yet due (or within its grace days) (code <c>pending</c>).</summary>
    public static readonly PromiseStatus Pending = new("pending", 4);

    private PromiseStatus(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => EscalationTexts.Get("promise." + Code);

    /// <summary>Every value, ordered by value.</summary>
    public static IReadOnlyList<PromiseStatus> All { get; } = [Kept, PartiallyKept, Broken, Pending];

    /// <summary>Looks up a value by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PromiseStatus? value)
    {
        value = All.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
