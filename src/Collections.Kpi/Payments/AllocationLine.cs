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

    /// <summary>The amount applied in the payment's currency: <see cref="Amount"/> itself without a conversion, else the
    /// running total of the lines up to this one converted back minus that of the lines before it (so the lines' roundings do
    /// not add up; what is left is in <see cref="PaymentAllocation.RoundingLine"/>). It can be zero for a line smaller than
    /// half a minor unit of the payment's currency.</summary>
    public Money AmountInPaymentCurrency { get; }
}
