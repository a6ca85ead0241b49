using NodaTime;

namespace Collections.Core;

/// <summary>One receivable on an account's ledger: an invoice, an instalment or a charge, or a credit note when negative.</summary>
/// <remarks>
/// When <see cref="SettledOn"/> is known the item is open for its full <see cref="Amount"/> from
/// <see cref="IssuedOn"/> until the day before <see cref="SettledOn"/> (BRIEF: an item is open at a date when
/// issued on or before it and not yet settled). Otherwise its open amount is <see cref="OpenAmount"/> as
/// stated by the creditor's file, or the full amount.
/// </remarks>
public sealed record ReceivableItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's identifier (invoice number).</param>
    /// <param name="accountId">The account it belongs to.</param>
    /// <param name="issuedOn">The issue (invoice) date.</param>
    /// <param name="dueOn">The due date.</param>
    /// <param name="amount">The original amount; negative for a credit note.</param>
    /// <exception cref="ArgumentException">The due date is before the issue date, or the amount has no currency.</exception>
    public ReceivableItem(ItemId id, AccountId accountId, LocalDate issuedOn, LocalDate dueOn, Money amount)
    {
        if (DayNumber.Of(dueOn) < DayNumber.Of(issuedOn))
        {
            throw new ArgumentException($"Item {id}: due date {dueOn:uuuu-MM-dd} is before its issue date {issuedOn:uuuu-MM-dd}.", nameof(dueOn));
        }

        if (!amount.Currency.IsSpecified)
        {
            throw new ArgumentException($"Item {id}: the amount has no currency.", nameof(amount));
        }

        Id = id;
        AccountId = accountId;
        IssuedOn = issuedOn;
        DueOn = dueOn;
        Amount = amount;
    }

    /// <summary>The item's identifier.</summary>
    public ItemId Id { get; }

    /// <summary>The account it belongs to.</summary>
    public AccountId AccountId { get; }

    /// <summary>The issue (invoice) date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The due date.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The original amount; negative for a credit note.</summary>
    public Money Amount { get; }

    /// <summary>The amount still open as stated by the source, when the source states it instead of a settlement date.</summary>
    public Money? OpenAmount { get; init; }

    /// <summary>The date the item was paid in full, when known.</summary>
    public LocalDate? SettledOn { get; init; }

    /// <summary>Whether the item is disputed.</summary>
    public bool IsDisputed { get; init; }

    /// <summary>The amount open at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Zero before issue and from settlement on; otherwise the open amount.</returns>
    public Money OpenAmountOn(LocalDate date)
    {
        var day = DayNumber.Of(date);
        if (day < DayNumber.Of(IssuedOn))
        {
            return Money.Zero(Amount.Currency);
        }

        if (SettledOn is { } settled)
        {
            return day < DayNumber.Of(settled) ? Amount : Money.Zero(Amount.Currency);
        }

        return OpenAmount ?? Amount;
    }

    /// <summary>Days past due on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns><paramref name="asOf"/> − <see cref="DueOn"/>.</returns>
    public DaysPastDue DaysPastDueOn(LocalDate asOf) => DaysPastDue.Between(DueOn, asOf);
}
