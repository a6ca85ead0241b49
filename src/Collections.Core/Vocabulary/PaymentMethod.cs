using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Collections.Core;

/// <summary>How a payment was made; the code is persisted and never renumbered.</summary>
public sealed class PaymentMethod : SmartEnum<PaymentMethod>
{
    /// <summary>Bank transfer (code <c>bank_transfer</c>).</summary>
    public static readonly PaymentMethod BankTransfer = new("bank_transfer", 1);

    /// <summary>SADAD bill payment (code <c>sadad</c>).</summary>
    public static readonly PaymentMethod Sadad = new("sadad", 2);

    /// <summary>Card (code <c>card</c>).</summary>
    public static readonly PaymentMethod Card = new("card", 3);

    /// <summary>Direct debit (code <c>direct_debit</c>).</summary>
    public static readonly PaymentMethod DirectDebit = new("direct_debit", 4);

    /// <summary>Cash (code <c>cash</c>).</summary>
    public static readonly PaymentMethod Cash = new("cash", 5);

    /// <summary>Cheque (code <c>cheque</c>).</summary>
    public static readonly PaymentMethod Cheque = new("cheque", 6);

    /// <summary>Other (code <c>other</c>).</summary>
    public static readonly PaymentMethod Other = new("other", 7);

    private PaymentMethod(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>bank_transfer</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => CoreTexts.Get("payment_method." + Code);

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<PaymentMethod> All { get; } = [BankTransfer, Sadad, Card, DirectDebit, Cash, Cheque, Other];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>bank_transfer</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out PaymentMethod? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
