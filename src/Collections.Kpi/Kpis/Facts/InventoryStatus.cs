using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Whether an account is in the period's inventory: there at the start, placed during the period, or neither.</summary>
/// <remarks>
/// The inventory of a period is the accounts in inventory at its start plus those placed during it — the denominator of
/// contact coverage, the paying accounts rate and the resolution rate (docs/kpi-definitions.md). The codes are persisted.
/// </remarks>
public sealed class InventoryStatus : SmartEnum<InventoryStatus>
{
    /// <summary>In inventory at the start of the period (code <c>at_start</c>).</summary>
    public static readonly InventoryStatus AtStart = new("at_start", 1, inInventory: true);

    /// <summary>Placed with the collector during the period (code <c>placed_during</c>).</summary>
    public static readonly InventoryStatus PlacedDuring = new("placed_during", 2, inInventory: true);

    /// <summary>Not in the period's inventory, for example recalled before it began (code <c>not_in_inventory</c>).</summary>
    public static readonly InventoryStatus NotInInventory = new("not_in_inventory", 3, inInventory: false);

    private InventoryStatus(string code, int value, bool inInventory)
        : base(code, value) => IsInInventory = inInventory;

    /// <summary>The persisted code.</summary>
    public string Code => Name;

    /// <summary>Whether the account counts in the period's inventory.</summary>
    public bool IsInInventory { get; }

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => KpiTexts.Catalog["inventory." + Code];

    /// <summary>Every status, ordered by value.</summary>
    public static IReadOnlyList<InventoryStatus> All { get; } = [AtStart, PlacedDuring, NotInInventory];

    /// <summary>Looks up a status by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="status">The status when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out InventoryStatus? status)
    {
        status = All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        return status is not null;
    }
}
