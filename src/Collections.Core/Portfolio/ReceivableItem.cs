using NodaTime;

namespace Collections.Core;

/// <summary>One receivable on an account's ledger: an invoice, an instalment or a charge, or a credit note when negative.</summary>
/// <remarks>
/// When <see cref="SettledOn"/> is known the item is open for its full <see cref="Amount"/> from
/// <see cref="IssuedOn"/> until the day before <see cref="SettledOn"/> (an item is open at a date when issued on
/// or before it and not yet settled). Otherwise its open amount is <see cref="OpenAmount"/> as stated by the
/// creditor's file, or the full amount. An open-items extract often states what is open without saying when it
/// arose: an item without an issue date counts as issued before any date asked about, so a not-yet-due item is
/// still owed (current) rather than missing.
/// </remarks>
public sealed record ReceivableItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="id">The item's identifier (invoice number).</param>
    /// <param name="accountId">The account it belongs to.</param>
    /// <param name="issuedOn">The issue (invoice) date, or <see langword="null"/> when the source does not give one.</param>
    /// <param name="dueOn">The due date.</param>
    /// <param name="amount">The original amount; negative for a credit note.</param>
    /// <exception cref="ArgumentException">The due date is before the issue date, or the amount has no currency.</exception>
    public ReceivableItem(ItemId id, AccountId accountId, LocalDate? issuedOn, LocalDate dueOn, Money amount)
    {
        if (issuedOn is { } issued && DayNumber.Of(dueOn) < DayNumber.Of(issued))
        {
            throw new ArgumentException(
                $"Item {id}: due date {NodaTime.Text.LocalDatePattern.Iso.Format(dueOn)} is before its issue date {NodaTime.Text.LocalDatePattern.Iso.Format(issued)}.",
                nameof(dueOn));
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

    /// <summary>The issue (invoice) date, or <see langword="null"/> when the source does not give one.</summary>
    public LocalDate? IssuedOn { get; }

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

    /// <summary>What part of the debt the item is (charges, interest, principal); by default principal. Allocation orders use it.</summary>
    public ReceivableComponent Component { get; init; } = ReceivableComponent.Principal;

    /// <summary>The amount open at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Zero before issue (when the issue date is known) and from settlement on; otherwise the open amount.</returns>
    public Money OpenAmountOn(LocalDate date)
    {
        var day = DayNumber.Of(date);
        if (IssuedOn is { } issued && day < DayNumber.Of(issued))
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
