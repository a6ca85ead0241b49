using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>A payment plan as it stands on an as-of date: in good standing, completed or defaulted, each installment, and why.</summary>
public sealed record PaymentPlanEvaluation
{
    internal PaymentPlanEvaluation(
        PaymentPlan plan,
        LocalDate asOf,
        PaymentPlanStanding standing,
        Money amountKept,
        Money paidBeyondPlan,
        Money paidAfterGrace,
        ImmutableArray<InstallmentEvaluation> installments,
        ImmutableArray<PaymentId> countedPayments,
        ImmutableArray<PaymentId> unmatchedReversals)
    {
        Plan = plan;
        AsOf = asOf;
        Standing = standing;
        AmountKept = amountKept;
        PaidBeyondPlan = paidBeyondPlan;
        PaidAfterGrace = paidAfterGrace;
        Installments = installments;
        CountedPayments = countedPayments;
        UnmatchedReversals = unmatchedReversals;
    }

    /// <summary>The plan evaluated.</summary>
    public PaymentPlan Plan { get; }

    /// <summary>The as-of date (as for <see cref="PromiseEvaluation.AsOf"/>).</summary>
    public LocalDate AsOf { get; }

    /// <summary>In good standing, completed or defaulted.</summary>
    public PaymentPlanStanding Standing { get; }

    /// <summary>Whether the plan is in good standing or completed (not defaulted): the account counts as resolved.</summary>
    public bool IsInGoodStanding => Standing != PaymentPlanStanding.Defaulted;

    /// <summary>The plan's total.</summary>
    public Money Promised => Plan.Amount;

    /// <summary>Σ min(paid, due) over the installments.</summary>
    public Money AmountKept { get; }

    /// <summary>Paid within the grace days beyond the plan's total.</summary>
    public Money PaidBeyondPlan { get; }

    /// <summary>Paid after the last grace day (known, not reversed); it keeps no installment.</summary>
    public Money PaidAfterGrace { get; }

    /// <summary>How many installments were missed (broken or partially kept) so far.</summary>
    public int MissedInstallments => Installments.Count(i => i.IsMissed);

    /// <summary>Each installment.</summary>
    public ImmutableArray<InstallmentEvaluation> Installments { get; }

    /// <summary>The payments that counted toward the plan, in the order they were applied.</summary>
    public ImmutableArray<PaymentId> CountedPayments { get; }

    /// <summary>Payments of the plan's account reversed by a reversal known on the as-of date but not among the payments
    /// given, by id: those reversals took nothing out (the payment may be outside the set evaluated, for example an earlier
    /// period's); empty when every reversal found its payment. <see cref="Reason"/> names them too.</summary>
    public ImmutableArray<PaymentId> UnmatchedReversals { get; }

    /// <summary>Why, in English and Arabic, with the amounts and dates that decided it.</summary>
    public BilingualText Reason => PromiseReasons.For(this);
}
