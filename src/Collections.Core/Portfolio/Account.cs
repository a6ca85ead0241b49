using NodaTime;

namespace Collections.Core;

/// <summary>A debt relationship between the creditor and a debtor: a card, a loan, or a customer's AR ledger.</summary>
public sealed record Account
{
    /// <summary>Creates an account.</summary>
    /// <param name="id">The account's identifier.</param>
    /// <param name="debtorId">The debtor who owes it.</param>
    /// <param name="currency">The currency its items and balances are in.</param>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    public Account(AccountId id, DebtorId debtorId, Currency currency)
    {
        if (!currency.IsSpecified)
        {
            throw new ArgumentException("An account needs a specified currency.", nameof(currency));
        }

        Id = id;
        DebtorId = debtorId;
        Currency = currency;
    }

    /// <summary>The account's identifier.</summary>
    public AccountId Id { get; }

    /// <summary>The debtor who owes it.</summary>
    public DebtorId DebtorId { get; }

    /// <summary>The currency its items and balances are in.</summary>
    public Currency Currency { get; }

    /// <summary>The date the account was placed with the collector, when known.</summary>
    public LocalDate? PlacedOn { get; init; }

    /// <summary>Whether the debtor has an open dispute about the debt (freezes contact, not aging).</summary>
    public bool HasOpenDispute { get; init; }
}
