using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>How one payment was applied: a line per item paid, the unapplied credit (overpayment), the conversion and its rounding line, and what stays open.</summary>
/// <remarks>
/// <para>Money never disappears (docs/kpi-definitions.md, conventions). Two identities always hold:</para>
/// <list type="bullet">
/// <item>in the account's currency: Σ <see cref="AllocationLine.Amount"/> + <see cref="UnappliedCredit"/> = <see cref="AmountInAccountCurrency"/>;</item>
/// <item>in the payment's currency: Σ <see cref="AllocationLine.AmountInPaymentCurrency"/> + <see cref="UnappliedCreditInPaymentCurrency"/> + <see cref="RoundingLine"/> = the payment's amount.</item>
/// </list>
/// <para>With a conversion, Σ <see cref="AllocationLine.AmountInPaymentCurrency"/> + <see cref="UnappliedCreditInPaymentCurrency"/>
/// is <see cref="AmountInAccountCurrency"/> converted back once, so <see cref="RoundingLine"/> is one rounding difference,
/// whatever the number of lines.</para>
/// <para>Without a conversion both currencies are the same, the amounts in the payment's currency equal the amounts and the
/// rounding line is zero.</para>
/// </remarks>
public sealed record PaymentAllocation
{
    internal PaymentAllocation(
        Payment payment,
        AllocationOrder order,
        CurrencyConversion? conversion,
        Money amountInAccountCurrency,
        ImmutableArray<AllocationLine> lines,
        Money unappliedCredit,
        Money unappliedCreditInPaymentCurrency,
        Money roundingLine,
        ImmutableArray<OpenItem> openAfter)
    {
        Payment = payment;
        Order = order;
        Conversion = conversion;
        AmountInAccountCurrency = amountInAccountCurrency;
        Lines = lines;
        UnappliedCredit = unappliedCredit;
        UnappliedCreditInPaymentCurrency = unappliedCreditInPaymentCurrency;
        RoundingLine = roundingLine;
        OpenAfter = openAfter;
    }

    /// <summary>The payment allocated.</summary>
    public Payment Payment { get; }

    /// <summary>The order applied.</summary>
    public AllocationOrder Order { get; }

    /// <summary>The conversion used when the payment is in another currency than the account; otherwise null.</summary>
    public CurrencyConversion? Conversion { get; }

    /// <summary>The payment in the account's currency (converted and rounded when there is a conversion).</summary>
    public Money AmountInAccountCurrency { get; }

    /// <summary>A line per item paid, in the order applied.</summary>
    public ImmutableArray<AllocationLine> Lines { get; }

    /// <summary>The total applied to items, in the account's currency.</summary>
    public Money Applied => AmountInAccountCurrency - UnappliedCredit;

    /// <summary>What was left after every open item was paid: kept as a credit on the account, in the account's currency (it earns no fee).</summary>
    public Money UnappliedCredit { get; }

    /// <summary>The unapplied credit in the payment's currency.</summary>
    public Money UnappliedCreditInPaymentCurrency { get; }

    /// <summary>The explicit rounding line, in the payment's currency: the payment minus <see cref="AmountInAccountCurrency"/>
    /// converted back to the nearest minor unit; zero without a conversion.</summary>
    /// <remarks>It does not depend on the items or the number of lines (lines are converted back cumulatively, to the
    /// nearest minor unit): at most one minor unit of the account's currency expressed in the payment's currency (half of
    /// one when the conversion rounds to the nearest) plus half a minor unit of the payment's currency — zero when the
    /// account's minor unit is worth less than half the payment's.</remarks>
    public Money RoundingLine { get; }

    /// <summary>The open items after this payment, in allocation order (items paid in full are gone).</summary>
    public ImmutableArray<OpenItem> OpenAfter { get; }
}
