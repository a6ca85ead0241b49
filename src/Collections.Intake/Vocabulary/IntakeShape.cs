using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Intake;

/// <summary>How a creditor's file is laid out: one row per ledger item, or periodic account snapshots (long or wide).</summary>
/// <remarks>
/// The shape decides which column roles are required (see <see cref="ColumnRole.IsRequiredIn"/>) and what the
/// resulting <see cref="Collections.Core.Portfolio"/> holds: ledger items, or account snapshots. The code is what a
/// mapping file's <c>shape</c> field holds.
/// </remarks>
public sealed class IntakeShape : SmartEnum<IntakeShape>
{
    /// <summary>One row per receivable item (invoice, instalment): accounts and debtors come from the distinct account numbers (code <c>ledger</c>).</summary>
    public static readonly IntakeShape Ledger = new("ledger", 1);

    /// <summary>One row per account and period: account, period, status, balance, optional payment (code <c>snapshots-long</c>).</summary>
    public static readonly IntakeShape SnapshotsLong = new("snapshots-long", 2);

    /// <summary>One row per account with a group of columns per period, like the UCI credit-card file (code <c>snapshots-wide</c>).</summary>
    public static readonly IntakeShape SnapshotsWide = new("snapshots-wide", 3);

    private IntakeShape(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>snapshots-wide</c>.</summary>
    public string Code => Name;

    /// <summary>Every shape, ordered by value.</summary>
    public static IReadOnlyList<IntakeShape> All { get; } = [Ledger, SnapshotsLong, SnapshotsWide];

    /// <summary>Looks up a shape by its code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>ledger</c>.</param>
    /// <param name="shape">The shape when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out IntakeShape? shape)
    {
        shape = All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
        return shape is not null;
    }
}
