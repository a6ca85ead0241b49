using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>What is still open on one receivable item, the target of payment allocation: item, account, component, due date and open amount.</summary>
public readonly record struct OpenItem
{
    /// <summary>Creates an open item.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="accountId">The account it belongs to.</param>
    /// <param name="component">Charges, interest or principal.</param>
    /// <param name="dueOn">The due date (the oldest item is the one due first).</param>
    /// <param name="open">The amount open; greater than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="open"/> is zero or negative, or has no currency.</exception>
    public OpenItem(ItemId itemId, AccountId accountId, ReceivableComponent component, LocalDate dueOn, Money open)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!open.Currency.IsSpecified || !open.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(open), open, $"Item {itemId}: the open amount must be greater than zero and have a currency.");
        }

        ItemId = itemId;
        AccountId = accountId;
        Component = component;
        DueOn = dueOn;
        Open = open;
    }

    /// <summary>The item.</summary>
    public ItemId ItemId { get; }

    /// <summary>The account it belongs to.</summary>
    public AccountId AccountId { get; }

    /// <summary>Charges, interest or principal.</summary>
    public ReceivableComponent Component { get; }

    /// <summary>The due date.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The amount open (greater than zero).</summary>
    public Money Open { get; }

    /// <summary>The open part of a receivable item on a date, when there is one.</summary>
    /// <param name="item">The item.</param>
    /// <param name="asOf">The date whose open amount is taken (<see cref="ReceivableItem.OpenAmountOn"/>).</param>
    /// <returns>The open item, or <see langword="null"/> when nothing positive is open (settled, not yet issued, or a credit note: credits are adjustments, not allocation targets).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public static OpenItem? From(ReceivableItem item, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(item);
        var open = item.OpenAmountOn(asOf);
        return open.IsPositive ? new OpenItem(item.Id, item.AccountId, item.Component, item.DueOn, open) : null;
    }

    internal OpenItem WithOpen(Money open) => new(ItemId, AccountId, Component, DueOn, open);
}
