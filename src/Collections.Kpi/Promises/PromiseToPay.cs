using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A debtor's promise to pay an amount by a date, or in installments by several dates (وعد بالسداد).</summary>
/// <remarks>
/// <para>A promise is a value: it never changes after it is recorded. Whether it was kept is worked out by
/// <see cref="PromiseEvaluator.Evaluate(PromiseToPay, IEnumerable{Payment}, IEnumerable{PaymentReversal}, LocalDate, PromiseRules?)"/>
/// from the payments and reversals known on an as-of date (docs/kpi-definitions.md, PTP kept rate).</para>
/// <para>Its <see cref="Origin"/> (channel, agent, template) and <see cref="CreatedOn"/> let KPIs be broken down by who
/// obtained it and when; <see cref="CreatedOn"/> is the creditor's local day and opens the window in which payments count.</para>
/// </remarks>
public sealed record PromiseToPay
{
    private PromiseToPay(PromiseId id, AccountId accountId, LocalDate createdOn, ImmutableArray<PromiseInstallment> installments, PromiseOrigin origin)
    {
        Id = id;
        AccountId = accountId;
        CreatedOn = createdOn;
        Installments = installments;
        Origin = origin;
        Amount = InstallmentSchedule.Total(installments);
    }

    /// <summary>The promise's identifier.</summary>
    public PromiseId Id { get; }

    /// <summary>The account the promise is about.</summary>
    public AccountId AccountId { get; }

    /// <summary>The creditor's local day on which the promise was made; payments count from this day on.</summary>
    public LocalDate CreatedOn { get; }

    /// <summary>The instant the promise was recorded, when the host knows it.</summary>
    public Instant? CreatedAt { get; init; }

    /// <summary>How the promise was obtained: channel, agent, template.</summary>
    public PromiseOrigin Origin { get; }

    /// <summary>The installments in due-date order; one for a promise of one amount on one date.</summary>
    public ImmutableArray<PromiseInstallment> Installments { get; }

    /// <summary>The total promised (the sum of the installments).</summary>
    public Money Amount { get; }

    /// <summary>The currency of the promise.</summary>
    public Currency Currency => Amount.Currency;

    /// <summary>The last installment's due date (the only one for a single promise).</summary>
    public LocalDate DueOn => Installments[^1].DueOn;

    /// <summary>Whether the promise has more than one installment.</summary>
    public bool HasInstallments => Installments.Length > 1;

    /// <summary>Records a promise of one amount by one date.</summary>
    /// <param name="id">The promise's identifier.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="createdOn">The creditor's local day on which the promise was made.</param>
    /// <param name="amount">The amount promised; greater than zero.</param>
    /// <param name="dueOn">The date by which it is promised; not before <paramref name="createdOn"/>.</param>
    /// <param name="origin">How it was obtained.</param>
    /// <returns>The promise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="origin"/> is null.</exception>
    /// <exception cref="ArgumentException">The amount is not positive or the due date is before the creation date; every
    /// violation listed, <see cref="ArgumentException.ParamName"/> <paramref name="amount"/> or else <paramref name="dueOn"/>.</exception>
    public static PromiseToPay Create(PromiseId id, AccountId accountId, LocalDate createdOn, Money amount, LocalDate dueOn, PromiseOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var violations = new List<string>();
        var atFault = nameof(dueOn);
        if (!amount.Currency.IsSpecified || !amount.IsPositive)
        {
            atFault = nameof(amount);
            violations.Add($"the amount ({amount}) must be greater than zero and have a currency");
        }

        if (DayNumber.Of(dueOn) < DayNumber.Of(createdOn))
        {
            violations.Add($"it is due on {PromiseTextFormat.Date(dueOn)}, before the creation date {PromiseTextFormat.Date(createdOn)}");
        }

        InstallmentSchedule.ThrowIfAny($"Promise {id}", violations, atFault);
        return InInstallments(id, accountId, createdOn, [new PromiseInstallment(dueOn, amount)], origin);
    }

    /// <summary>Records a promise to pay in installments.</summary>
    /// <param name="id">The promise's identifier.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="createdOn">The creditor's local day on which the promise was made.</param>
    /// <param name="installments">One or more installments in one currency, due dates strictly increasing and not before <paramref name="createdOn"/>.</param>
    /// <param name="origin">How it was obtained.</param>
    /// <returns>The promise.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="installments"/> or <paramref name="origin"/> is null.</exception>
    /// <exception cref="ArgumentException">The installments break a rule; every violation listed, <see cref="ArgumentException.ParamName"/> <paramref name="installments"/>.</exception>
    public static PromiseToPay InInstallments(PromiseId id, AccountId accountId, LocalDate createdOn, IEnumerable<PromiseInstallment> installments, PromiseOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(installments);
        ArgumentNullException.ThrowIfNull(origin);
        var list = InstallmentSchedule.Validate($"Promise {id}", createdOn, installments, nameof(installments));
        return new PromiseToPay(id, accountId, createdOn, list, origin);
    }

    /// <summary>Whether two promises are the same: same identifier, account, dates, origin and installments.</summary>
    /// <param name="other">The other promise.</param>
    /// <returns><see langword="true"/> when every part is equal (installments compared in order).</returns>
    public bool Equals(PromiseToPay? other) =>
        other is not null
        && Id == other.Id
        && AccountId == other.AccountId
        && CreatedOn == other.CreatedOn
        && CreatedAt == other.CreatedAt
        && Origin == other.Origin
        && Installments.SequenceEqual(other.Installments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, AccountId, CreatedOn, Installments.Length, Amount);
}
