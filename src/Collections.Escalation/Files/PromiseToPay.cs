using Collections.Core;
using NodaTime;

namespace Collections.Escalation;

/// <summary>A promise to pay (وعد بالسداد) as the escalation file lists it: made when, due when, how much, how much was paid in time, and how it turned out.</summary>
/// <remarks>The host evaluates its promises (BRIEF: kept when payments between the promise and its due date plus grace days reach the promised amount) and passes the outcome.</remarks>
public sealed record PromiseToPay
{
    /// <summary>Creates the promise.</summary>
    /// <param name="madeOn">When it was made.</param>
    /// <param name="dueOn">When it fell or falls due (not before it was made).</param>
    /// <param name="promised">The amount promised (above zero).</param>
    /// <param name="paid">The amount paid towards it in time (zero or more, same currency).</param>
    /// <param name="status">How it turned out.</param>
    /// <exception cref="ArgumentNullException">The status is null.</exception>
    /// <exception cref="ArgumentException">A date or amount is out of range; every problem listed.</exception>
    public PromiseToPay(LocalDate madeOn, LocalDate dueOn, Money promised, Money paid, PromiseStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var problems = new List<string>();
        if (dueOn < madeOn)
        {
            problems.Add($"dueOn: {InvariantText.Date(dueOn)} is before madeOn {InvariantText.Date(madeOn)}");
        }

        if (!promised.Currency.IsSpecified || !promised.IsPositive)
        {
            problems.Add("promised: must be above zero, with a currency");
        }

        if (paid.Currency != promised.Currency || paid.IsNegative)
        {
            problems.Add("paid: must be zero or more, in the promise's currency");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The promise to pay is not valid: " + string.Join("; ", problems) + ".", problems[0][..problems[0].IndexOf(':', StringComparison.Ordinal)]);
        }

        MadeOn = madeOn;
        DueOn = dueOn;
        Promised = promised;
        Paid = paid;
        Status = status;
    }

    /// <summary>When it was made.</summary>
    public LocalDate MadeOn { get; }

    /// <summary>When it fell or falls due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The amount promised.</summary>
    public Money Promised { get; }

    /// <summary>The amount paid towards it in time.</summary>
    public Money Paid { get; }

    /// <summary>How it turned out.</summary>
    public PromiseStatus Status { get; }
}
