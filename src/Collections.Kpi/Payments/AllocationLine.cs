using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>The part of a payment applied to one open item.</summary>
public sealed record AllocationLine
{
    internal AllocationLine(ItemId itemId, ReceivableComponent component, LocalDate dueOn, Money amount, Money amountInPaymentCurrency)
    {
        ItemId = itemId;
        Component = component;
        DueOn = dueOn;
        Amount = amount;
        AmountInPaymentCurrency = amountInPaymentCurrency;
    }

    /// <summary>The item paid.</summary>
    public ItemId ItemId { get; }

    /// <summary>The item's component (charges, interest, principal).</summary>
    public ReceivableComponent Component { get; }

    /// <summary>The item's due date.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The amount applied, in the account's currency.</summary>
    public Money Amount { get; }

    /// <summary>The amount applied in the payment's currency: <see cref="Amount"/> itself without a conversion, else converted back and rounded (the rounding is accounted for in <see cref="PaymentAllocation.RoundingLine"/>).</summary>
    public Money AmountInPaymentCurrency { get; }
}
