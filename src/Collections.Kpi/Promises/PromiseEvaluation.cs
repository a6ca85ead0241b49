using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A promise as it stands on an as-of date: kept, partially kept, broken or pending, the amounts, each installment, and why.</summary>
/// <remarks>
/// <para>The fields a PTP-kept KPI needs are here: <see cref="Status"/>, <see cref="Promised"/>, <see cref="AmountKept"/>
/// (Σ min(paid, promised) over installments), <see cref="PaidWithinGrace"/>, <see cref="DueOn"/>, <see cref="GraceEndsOn"/> and
/// <see cref="Origin"/> (channel, agent, template). An installment promise also has one <see cref="InstallmentEvaluation"/>
/// per installment, each with its own due date, for KPIs that count installments falling due.</para>
/// <para>The whole promise is pending while any installment is pending (see <see cref="IsInGoodStanding"/> for a missed
/// installment before then); once every installment is decided it is kept when all are kept, broken when nothing counted,
/// and partially kept otherwise.</para>
/// <para>For a KPI fact that classifies from two amounts, use <see cref="AmountKept"/> (or each installment's
/// <see cref="InstallmentEvaluation.PaidWithinGrace"/>) as the amount paid: paid ≥ promised → kept, 0 &lt; paid &lt; promised →
/// partially kept, 0 → broken gives exactly <see cref="Status"/> once decided. <see cref="PaidWithinGrace"/> may exceed the
/// promise while an installment was missed, so it is not the figure to classify by.</para>
/// </remarks>
public sealed record PromiseEvaluation
{
    internal PromiseEvaluation(
        PromiseToPay promise,
        LocalDate asOf,
        PromiseStatus status,
        Money amountKept,
        Money paidBeyondPromise,
        Money paidAfterGrace,
        ImmutableArray<InstallmentEvaluation> installments,
        ImmutableArray<PaymentId> countedPayments,
        ImmutableArray<PaymentId> unmatchedReversals)
    {
        Promise = promise;
        AsOf = asOf;
        Status = status;
        AmountKept = amountKept;
        PaidBeyondPromise = paidBeyondPromise;
        PaidAfterGrace = paidAfterGrace;
        Installments = installments;
        CountedPayments = countedPayments;
        UnmatchedReversals = unmatchedReversals;
    }

    /// <summary>The promise evaluated.</summary>
    public PromiseToPay Promise { get; }

    /// <summary>The as-of date: payments and reversals posted after the end of this day (creditor's zone) and payments value-dated after it are not counted.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Pending, kept, partially kept or broken.</summary>
    public PromiseStatus Status { get; }

    /// <summary>The total promised.</summary>
    public Money Promised => Promise.Amount;

    /// <summary>Σ min(paid, promised) over the installments: the amount kept, for the PTP kept rate by amount.</summary>
    public Money AmountKept { get; }

    /// <summary>Everything paid within the grace days (value-dated from the creation date to <see cref="GraceEndsOn"/>), including any excess over the promise.</summary>
    public Money PaidWithinGrace => AmountKept + PaidBeyondPromise;

    /// <summary>Paid within the grace days beyond the amount promised (it still reduces the balance).</summary>
    public Money PaidBeyondPromise { get; }

    /// <summary>Paid after the last grace day (known on the as-of date, not reversed): it keeps nothing — a broken promise stays broken — but still reduces the balance.</summary>
    public Money PaidAfterGrace { get; }

    /// <summary>The last installment's due date.</summary>
    public LocalDate DueOn => Promise.DueOn;

    /// <summary>The last day a payment still counts: the last due date + grace days.</summary>
    public LocalDate GraceEndsOn => Installments[^1].GraceEndsOn;

    /// <summary>How the promise was obtained: channel, agent, template.</summary>
    public PromiseOrigin Origin => Promise.Origin;

    /// <summary>Each installment (one for a promise of one amount).</summary>
    public ImmutableArray<InstallmentEvaluation> Installments { get; }

    /// <summary>Whether no installment has been missed (broken or partially kept) so far.</summary>
    public bool IsInGoodStanding => !Installments.Any(i => i.IsMissed);

    /// <summary>The payments that counted toward the promise (within the window, known, not reversed), in the order they were applied.</summary>
    public ImmutableArray<PaymentId> CountedPayments { get; }

    /// <summary>Payments of the promise's account reversed by a reversal known on the as-of date but not among the payments
    /// given, by id: those reversals took nothing out (the payment may be outside the set evaluated, for example an earlier
    /// period's); empty when every reversal found its payment. <see cref="Reason"/> names them too.</summary>
    public ImmutableArray<PaymentId> UnmatchedReversals { get; }

    /// <summary>Why, in English and Arabic, with the amounts and dates that decided it.</summary>
    public BilingualText Reason => PromiseReasons.For(this);
}
