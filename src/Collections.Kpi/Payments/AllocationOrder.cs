using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>A creditor's order for applying payments to an account's open items: by component (charges → interest → principal by default) or oldest item first.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: "Allocation order (charges, interest, principal; oldest item or installment first) is per creditor."
/// The order is a value the host keeps per creditor; <see cref="Default"/> is charges, then interest, then principal, the
/// oldest item (earliest due date) first within each component.</para>
/// <para>Ties are broken so that the order is total: <see cref="AllocationPriority.ComponentFirst"/> sorts by component, then
/// due date, then item id (ordinal); <see cref="AllocationPriority.OldestItemFirst"/> by due date, then component, then item id.</para>
/// </remarks>
public sealed record AllocationOrder
{
    private readonly int[] _rankByComponentValue;

    private AllocationOrder(AllocationPriority priority, ImmutableArray<ReceivableComponent> components)
    {
        Priority = priority;
        Components = components;
        _rankByComponentValue = new int[ReceivableComponent.All.Max(c => c.Value) + 1];
        for (var i = 0; i < components.Length; i++)
        {
            _rankByComponentValue[components[i].Value] = i;
        }
    }

    /// <summary>Charges, then interest, then principal; oldest item first within each.</summary>
    public static AllocationOrder Default { get; } = new(AllocationPriority.ComponentFirst, [ReceivableComponent.Charges, ReceivableComponent.Interest, ReceivableComponent.Principal]);

    /// <summary>Whether the component or the item's age comes first.</summary>
    public AllocationPriority Priority { get; }

    /// <summary>Every component once, in the creditor's order.</summary>
    public ImmutableArray<ReceivableComponent> Components { get; }

    /// <summary>The order in words, in English and Arabic (for statements and reasons).</summary>
    public BilingualText Description
    {
        get
        {
            var components = PromiseTextFormat.Join(Components.Select(c => c.Title));
            return PromiseTextFormat.Fill("allocation_order." + Priority.Code, ("components", components));
        }
    }

    /// <summary>Components in the given order, oldest item first within each.</summary>
    /// <param name="components">Every <see cref="ReceivableComponent"/> exactly once, for example principal, interest, charges.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">A component is missing, repeated or null; every violation listed.</exception>
    public static AllocationOrder ByComponent(params ReadOnlySpan<ReceivableComponent> components) =>
        new(AllocationPriority.ComponentFirst, Check(components));

    /// <summary>Oldest item (earliest due date) first whatever its component; items due on the same day in the given component order.</summary>
    /// <param name="componentsOnTheSameDay">Every component exactly once; empty for charges, interest, principal.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException">A component is missing, repeated or null; every violation listed.</exception>
    public static AllocationOrder OldestItemFirst(params ReadOnlySpan<ReceivableComponent> componentsOnTheSameDay) =>
        new(AllocationPriority.OldestItemFirst, componentsOnTheSameDay.IsEmpty ? Default.Components : Check(componentsOnTheSameDay));

    /// <summary>Whether two orders are the same: same priority and components in the same order.</summary>
    /// <param name="other">The other order.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AllocationOrder? other) =>
        other is not null && Priority == other.Priority && Components.SequenceEqual(other.Components);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Priority, Components[0], Components[^1]);

    /// <summary>Compares two open items in this order (negative when <paramref name="left"/> is paid first).</summary>
    internal int Compare(OpenItem left, OpenItem right)
    {
        var byComponent = _rankByComponentValue[left.Component.Value].CompareTo(_rankByComponentValue[right.Component.Value]);
        var byAge = DayNumber.Of(left.DueOn).CompareTo(DayNumber.Of(right.DueOn));
        var first = Priority == AllocationPriority.ComponentFirst ? byComponent : byAge;
        if (first != 0)
        {
            return first;
        }

        var second = Priority == AllocationPriority.ComponentFirst ? byAge : byComponent;
        return second != 0 ? second : left.ItemId.CompareTo(right.ItemId);
    }

    private static ImmutableArray<ReceivableComponent> Check(ReadOnlySpan<ReceivableComponent> components)
    {
        var violations = new List<string>();
        var seen = new HashSet<ReceivableComponent>();
        foreach (var component in components)
        {
            if (component is null)
            {
                violations.Add("a component is null");
            }
            else if (!seen.Add(component))
            {
                violations.Add($"'{component.Code}' appears more than once");
            }
        }

        foreach (var missing in ReceivableComponent.All.Where(c => !seen.Contains(c)))
        {
            violations.Add($"'{missing.Code}' is missing");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException(
                "An allocation order names every component (charges, interest, principal) exactly once: " + string.Join("; ", violations) + ".",
                nameof(components));
        }

        return [.. components];
    }
}
