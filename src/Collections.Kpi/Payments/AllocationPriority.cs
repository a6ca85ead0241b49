using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>What an allocation order sorts by first: the component (charges, interest, principal) or the item's age; codes and values are persisted and never renumbered.</summary>
public sealed class AllocationPriority : SmartEnum<AllocationPriority>
{
    /// <summary>Component first in the creditor's order, oldest item first within a component (code <c>component_first</c>).</summary>
    public static readonly AllocationPriority ComponentFirst = new("component_first", 1);

    /// <summary>Oldest item first whatever its component; items due on the same day in the component order (code <c>oldest_item_first</c>).</summary>
    public static readonly AllocationPriority OldestItemFirst = new("oldest_item_first", 2);

    private AllocationPriority(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>component_first</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["allocation_priority." + Code];

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<AllocationPriority> All { get; } = [ComponentFirst, OldestItemFirst];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>oldest_item_first</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AllocationPriority? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
