using NodaTime;

namespace Collections.Core;

/// <summary>An account's state at the end of one period (month): its delinquency and balance.</summary>
/// <remarks>Month-based statuses are converted with <see cref="DaysPastDue.FromMonthsPastDue"/>; the status as reported is kept in <see cref="ReportedStatus"/>.</remarks>
public sealed record AccountSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="period">The month the snapshot closes.</param>
    /// <param name="daysPastDue">Days past due at the end of the period.</param>
    /// <param name="balance">The balance; negative is a credit balance.</param>
    /// <exception cref="ArgumentException">The balance has no currency.</exception>
    public AccountSnapshot(AccountId accountId, YearMonth period, DaysPastDue daysPastDue, Money balance)
    {
        if (!balance.Currency.IsSpecified)
        {
            throw new ArgumentException($"Snapshot of {accountId} for {period}: the balance has no currency.", nameof(balance));
        }

        AccountId = accountId;
        Period = period;
        DaysPastDue = daysPastDue;
        Balance = balance;
    }

    /// <summary>The account.</summary>
    public AccountId AccountId { get; }

    /// <summary>The month the snapshot closes.</summary>
    public YearMonth Period { get; }

    /// <summary>Days past due at the end of the period.</summary>
    public DaysPastDue DaysPastDue { get; }

    /// <summary>The balance; negative is a credit balance owed to the debtor.</summary>
    public Money Balance { get; }

    /// <summary>The amount paid during the period, when known.</summary>
    public Money? Payment { get; init; }

    /// <summary>The delinquency status exactly as the source reported it (e.g. <c>-2</c>), when it was a code.</summary>
    public string? ReportedStatus { get; init; }
}
