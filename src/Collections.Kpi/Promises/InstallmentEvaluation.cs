using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>How one installment of a promise or plan stands on the as-of date: promised, paid within its grace days, status and why.</summary>
/// <remarks>A promise of one amount has one installment, so this is also the promise-level fact a PTP-kept KPI counts per
/// due date: <see cref="Promised"/>, <see cref="PaidWithinGrace"/> (never more than promised; Σ min(paid, promised) is the
/// sum of this over installments), <see cref="DueOn"/> and <see cref="Status"/>.</remarks>
public sealed record InstallmentEvaluation
{
    private readonly LocalDate _createdOn;
    private readonly LocalDate _asOf;

    internal InstallmentEvaluation(int number, LocalDate dueOn, LocalDate graceEndsOn, Money promised, Money paidWithinGrace, PromiseStatus status, LocalDate? keptOn, LocalDate createdOn, LocalDate asOf)
    {
        _createdOn = createdOn;
        _asOf = asOf;
        Number = number;
        DueOn = dueOn;
        GraceEndsOn = graceEndsOn;
        Promised = promised;
        PaidWithinGrace = paidWithinGrace;
        Status = status;
        KeptOn = keptOn;
    }

    /// <summary>The installment's position, from 1.</summary>
    public int Number { get; }

    /// <summary>The due date.</summary>
    public LocalDate DueOn { get; }

    /// <summary>The last day on which a payment (by value date) still counts: due date + grace days.</summary>
    public LocalDate GraceEndsOn { get; }

    /// <summary>The amount promised for this installment.</summary>
    public Money Promised { get; }

    /// <summary>What counted toward this installment: payments value-dated from the creation date to <see cref="GraceEndsOn"/>,
    /// earliest open installment first; at most <see cref="Promised"/> (the rest went to later installments).</summary>
    public Money PaidWithinGrace { get; }

    /// <summary>Pending, kept, partially kept or broken.</summary>
    public PromiseStatus Status { get; }

    /// <summary>The value date of the payment that completed the installment, when kept.</summary>
    public LocalDate? KeptOn { get; }

    /// <summary>Why, in English and Arabic, with the amounts and dates that decided it.</summary>
    public BilingualText Reason => PromiseReasons.For(this, _createdOn, _asOf);

    /// <summary>Whether the installment was missed: broken or only partially kept.</summary>
    public bool IsMissed => Status == PromiseStatus.Broken || Status == PromiseStatus.PartiallyKept;
}
