using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Fees;

/// <summary>What a line of a fee statement is: a fee, a stage fee, a minimum or cap adjustment, a clawback or VAT.</summary>
public sealed class FeeLineKind : SmartEnum<FeeLineKind>
{
    /// <summary>A percentage fee on one earning payment: amount applied × the tier's percentage (code <c>fee</c>).</summary>
    public static readonly FeeLineKind Fee = new("fee", 1);

    /// <summary>A fixed fee for a legal stage an account reached (code <c>stage_fee</c>).</summary>
    public static readonly FeeLineKind StageFee = new("stage_fee", 2);

    /// <summary>Raises one payment's fee to the minimum per payment (code <c>payment_minimum</c>).</summary>
    public static readonly FeeLineKind PaymentMinimum = new("payment_minimum", 3);

    /// <summary>Lowers one payment's fee to the cap per payment (code <c>payment_cap</c>).</summary>
    public static readonly FeeLineKind PaymentCap = new("payment_cap", 4);

    /// <summary>Raises the fees the period earned to the minimum per statement (code <c>statement_minimum</c>).</summary>
    public static readonly FeeLineKind StatementMinimum = new("statement_minimum", 5);

    /// <summary>Lowers the fees the period earned to the cap per statement (code <c>statement_cap</c>).</summary>
    public static readonly FeeLineKind StatementCap = new("statement_cap", 6);

    /// <summary>Takes back what a payment reversed since an earlier statement earned there (code <c>clawback</c>).</summary>
    public static readonly FeeLineKind Clawback = new("clawback", 7);

    /// <summary>VAT on the statement's fees (code <c>vat</c>).</summary>
    public static readonly FeeLineKind Vat = new("vat", 8);

    private FeeLineKind(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>fee</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => FeesTexts.Get("kind." + Code);

    /// <summary>Whether the line adjusts a fee by a minimum or a cap (per payment or per statement).</summary>
    public bool IsAdjustment => this == PaymentMinimum || this == PaymentCap || this == StatementMinimum || this == StatementCap;

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<FeeLineKind> All { get; } = [Fee, StageFee, PaymentMinimum, PaymentCap, StatementMinimum, StatementCap, Clawback, Vat];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>fee</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out FeeLineKind? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
