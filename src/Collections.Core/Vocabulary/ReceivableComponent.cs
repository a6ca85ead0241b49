using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>What part of a debt an item or an allocated amount is: charges, interest or principal; allocation orders are per creditor.</summary>
public sealed class ReceivableComponent : SmartEnum<ReceivableComponent>
{
    /// <summary>Charges and fees (code <c>charges</c>).</summary>
    public static readonly ReceivableComponent Charges = new("charges", 1);

    /// <summary>Interest or profit (code <c>interest</c>).</summary>
    public static readonly ReceivableComponent Interest = new("interest", 2);

    /// <summary>Principal (code <c>principal</c>).</summary>
    public static readonly ReceivableComponent Principal = new("principal", 3);

    private ReceivableComponent(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>charges</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("receivable_component." + Code);

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<ReceivableComponent> All { get; } = [Charges, Interest, Principal];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>charges</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ReceivableComponent? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
