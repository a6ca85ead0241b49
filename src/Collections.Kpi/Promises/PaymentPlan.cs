using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A payment plan: a schedule of installments agreed with the debtor, which stays in good standing while no more installments are missed than the plan allows.</summary>
/// <remarks>
/// <para>A plan is evaluated like an installment promise (each installment kept, partially kept or broken within its
/// grace days) by <see cref="PromiseEvaluator.Evaluate(PaymentPlan, IEnumerable{Payment}, IEnumerable{PaymentReversal}, LocalDate, PromiseRules?)"/>;
/// the plan as a whole is in good standing, completed or defaulted (<see cref="PaymentPlanStanding"/>). docs/kpi-definitions.md
/// counts an account "on a payment plan in good standing" as resolved.</para>
/// <para>A partially paid installment counts as missed: the plan asked for the whole installment.</para>
/// </remarks>
public sealed record PaymentPlan
{
    private PaymentPlan(PaymentPlanId id, AccountId accountId, LocalDate createdOn, ImmutableArray<PromiseInstallment> installments, PromiseOrigin origin, int missedInstallmentsAllowed)
    {
        Id = id;
        AccountId = accountId;
        CreatedOn = createdOn;
        Installments = installments;
        Origin = origin;
        MissedInstallmentsAllowed = missedInstallmentsAllowed;
        Amount = InstallmentSchedule.Total(installments);
    }

    /// <summary>The plan's identifier.</summary>
    public PaymentPlanId Id { get; }

    /// <summary>The account the plan is for.</summary>
    public AccountId AccountId { get; }

    /// <summary>The creditor's local day on which the plan was agreed; payments count from this day on.</summary>
    public LocalDate CreatedOn { get; }

    /// <summary>The instant the plan was recorded, when the host knows it.</summary>
    public Instant? CreatedAt { get; init; }

    /// <summary>How the plan was obtained: channel, agent, template.</summary>
    public PromiseOrigin Origin { get; }

    /// <summary>The installments in due-date order.</summary>
    public ImmutableArray<PromiseInstallment> Installments { get; }

    /// <summary>How many installments may be missed (broken or partially kept) before the plan is defaulted; 0 by default.</summary>
    public int MissedInstallmentsAllowed { get; }

    /// <summary>The total of the plan.</summary>
    public Money Amount { get; }

    /// <summary>The currency of the plan.</summary>
    public Currency Currency => Amount.Currency;

    /// <summary>The last installment's due date.</summary>
    public LocalDate DueOn => Installments[^1].DueOn;

    /// <summary>Records a payment plan.</summary>
    /// <param name="id">The plan's identifier.</param>
    /// <param name="accountId">The account.</param>
    /// <param name="createdOn">The creditor's local day on which the plan was agreed.</param>
    /// <param name="installments">One or more installments in one currency, due dates strictly increasing and not before <paramref name="createdOn"/>
    /// (<see cref="PromiseInstallment.EqualParts"/> makes an even schedule).</param>
    /// <param name="origin">How it was obtained.</param>
    /// <param name="missedInstallmentsAllowed">How many installments may be missed before the plan is defaulted (0 or more, fewer than the installments).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="installments"/> or <paramref name="origin"/> is null.</exception>
    /// <exception cref="ArgumentException">The installments or the tolerance break a rule; every violation listed,
    /// <see cref="ArgumentException.ParamName"/> <paramref name="installments"/> (or <paramref name="missedInstallmentsAllowed"/> when only it is wrong).</exception>
    public static PaymentPlan Create(PaymentPlanId id, AccountId accountId, LocalDate createdOn, IEnumerable<PromiseInstallment> installments, PromiseOrigin origin, int missedInstallmentsAllowed = 0)
    {
        ArgumentNullException.ThrowIfNull(installments);
        ArgumentNullException.ThrowIfNull(origin);
        var list = InstallmentSchedule.Validate(
            $"Payment plan {id}",
            createdOn,
            installments,
            nameof(installments),
            checkedList => missedInstallmentsAllowed < 0 || (!checkedList.IsEmpty && missedInstallmentsAllowed >= checkedList.Length)
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"missedInstallmentsAllowed is {missedInstallmentsAllowed}; it must be 0 or more and fewer than the {checkedList.Length} installment(s)")
                : null,
            nameof(missedInstallmentsAllowed));

        return new PaymentPlan(id, accountId, createdOn, list, origin, missedInstallmentsAllowed);
    }

    /// <summary>Whether two plans are the same: same identifier, account, dates, origin, tolerance and installments.</summary>
    /// <param name="other">The other plan.</param>
    /// <returns><see langword="true"/> when every part is equal (installments compared in order).</returns>
    public bool Equals(PaymentPlan? other) =>
        other is not null
        && Id == other.Id
        && AccountId == other.AccountId
        && CreatedOn == other.CreatedOn
        && CreatedAt == other.CreatedAt
        && Origin == other.Origin
        && MissedInstallmentsAllowed == other.MissedInstallmentsAllowed
        && Installments.SequenceEqual(other.Installments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, AccountId, CreatedOn, Installments.Length, Amount);
}
