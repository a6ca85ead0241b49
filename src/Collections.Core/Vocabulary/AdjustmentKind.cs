using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>A change to what an account owes that is not money received: it reduces the balance but is never a collection (it earns no fee and keeps no promise).</summary>
public sealed class AdjustmentKind : SmartEnum<AdjustmentKind>
{
    /// <summary>Credit note (code <c>credit_note</c>).</summary>
    public static readonly AdjustmentKind CreditNote = new("credit_note", 1);

    /// <summary>Write-off (code <c>write_off</c>).</summary>
    public static readonly AdjustmentKind WriteOff = new("write_off", 2);

    /// <summary>Waiver (discount granted) (code <c>waiver</c>).</summary>
    public static readonly AdjustmentKind Waiver = new("waiver", 3);

    private AdjustmentKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>credit_note</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("adjustment_kind." + Code);

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<AdjustmentKind> All { get; } = [CreditNote, WriteOff, Waiver];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>credit_note</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out AdjustmentKind? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
