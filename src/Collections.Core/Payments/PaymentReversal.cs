using NodaTime;

namespace Collections.Core;

/// <summary>Undoes a whole <see cref="Payment"/> (returned cheque, chargeback, posting error); the payment itself stays on record.</summary>
/// <remarks>Promise evaluation re-evaluates without the payment; fee statements claw its fee back in the next statement.</remarks>
public sealed record PaymentReversal
{
    /// <summary>Creates a reversal.</summary>
    /// <param name="paymentId">The payment reversed.</param>
    /// <param name="accountId">The account of that payment.</param>
    /// <param name="postedAt">When the reversal was posted.</param>
    /// <param name="reason">Why, in words (for example <c>cheque returned</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    public PaymentReversal(PaymentId paymentId, AccountId accountId, Instant postedAt, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        PaymentId = paymentId;
        AccountId = accountId;
        PostedAt = postedAt;
        Reason = reason;
    }

    /// <summary>The payment reversed.</summary>
    public PaymentId PaymentId { get; }

    /// <summary>The account of that payment.</summary>
    public AccountId AccountId { get; }

    /// <summary>When the reversal was posted.</summary>
    public Instant PostedAt { get; }

    /// <summary>Why the payment was reversed.</summary>
    public string Reason { get; }
}
