using NodaTime;

namespace Collections.Core;

/// <summary>Money received for an account: amount, value date, posting instant, method, route and reference.</summary>
/// <remarks>
/// The value date (when the money counts) and the posting instant (when the host learned of it) differ for back-dated
/// payments: promise evaluation counts a payment by its value date, statements by when it was posted. A payment is
/// never edited or deleted; a <see cref="PaymentReversal"/> undoes it.
/// </remarks>
public sealed record Payment
{
    /// <summary>Creates a payment.</summary>
    /// <param name="id">The payment's identifier.</param>
    /// <param name="accountId">The account it was paid to.</param>
    /// <param name="amount">The amount received; greater than zero.</param>
    /// <param name="valueDate">The date the money counts from (the bank's value date).</param>
    /// <param name="postedAt">When the payment was posted (learned of by the host).</param>
    /// <param name="method">How it was paid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or negative.</exception>
    public Payment(PaymentId id, AccountId accountId, Money amount, LocalDate valueDate, Instant postedAt, PaymentMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (amount.MinorUnits <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Payment {id}: the amount must be greater than zero (a refund or correction is a PaymentReversal).");
        }

        Id = id;
        AccountId = accountId;
        Amount = amount;
        ValueDate = valueDate;
        PostedAt = postedAt;
        Method = method;
    }

    /// <summary>The payment's identifier.</summary>
    public PaymentId Id { get; }

    /// <summary>The account it was paid to.</summary>
    public AccountId AccountId { get; }

    /// <summary>The amount received (greater than zero).</summary>
    public Money Amount { get; }

    /// <summary>The date the money counts from.</summary>
    public LocalDate ValueDate { get; }

    /// <summary>When the payment was posted.</summary>
    public Instant PostedAt { get; }

    /// <summary>How it was paid.</summary>
    public PaymentMethod Method { get; }

    /// <summary>Who received it; by default the collector.</summary>
    public PaymentRoute Route { get; init; } = PaymentRoute.ViaCollector;

    /// <summary>The bank's or host's reference, when given.</summary>
    public string? Reference { get; init; }
}
