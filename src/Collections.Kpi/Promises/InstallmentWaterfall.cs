using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Applies the payments that count to a schedule of installments: in value-date order, each payment to the earliest installment still open on its value date.</summary>
/// <remarks>
/// <para>An installment is open for a payment value-dated from the creation date to the installment's due date + grace days
/// and not yet fully paid. A payment value-dated after an installment's grace days cannot keep it (a broken promise stays
/// broken); it goes to the next open installment, and what is left after the last one is paid beyond the promise.
/// Payments value-dated after the last grace day are late: counted apart, keeping nothing.</para>
/// <para>Because every payment can go to a suffix of the installments and they are applied in value-date order, earliest
/// installment first, the amount kept is the largest any assignment of these payments could give; adding a payment never
/// lowers it and removing one (a reversal) never raises it.</para>
/// </remarks>
internal static class InstallmentWaterfall
{
    private const int StackLimit = 64;

    public static Outcome Evaluate(LocalDate createdOn, ImmutableArray<PromiseInstallment> installments, ReadOnlySpan<KnownPayment> payments, LocalDate asOf, int graceDays)
    {
        var count = installments.Length;
        Span<long> paid = count <= StackLimit ? stackalloc long[count] : new long[count];
        Span<int> keptOnDay = count <= StackLimit ? stackalloc int[count] : new int[count];
        Span<int> graceEnds = count <= StackLimit ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            graceEnds[i] = DayNumber.Of(installments[i].DueOn) + graceDays;
        }

        var created = DayNumber.Of(createdOn);
        var counted = payments.Length == 0 ? ImmutableArray<PaymentId>.Empty : CountedIds(payments, created, graceEnds[count - 1]);
        long excess = 0;
        long late = 0;
        var firstOpen = 0;
        var next = 0;
        foreach (var payment in payments)
        {
            if (payment.ValueDay < created)
            {
                continue;
            }

            if (payment.ValueDay > graceEnds[count - 1])
            {
                late = checked(late + payment.MinorUnits);
                continue;
            }

            while (graceEnds[firstOpen] < payment.ValueDay)
            {
                firstOpen++;
            }

            next = Math.Max(next, firstOpen);
            var remaining = payment.MinorUnits;
            while (remaining > 0 && next < count)
            {
                var amount = installments[next].Amount.MinorUnits;
                var take = Math.Min(amount - paid[next], remaining);
                paid[next] += take;
                remaining -= take;
                if (paid[next] == amount)
                {
                    keptOnDay[next] = payment.ValueDay;
                    next++;
                }
            }

            excess = checked(excess + remaining);
        }

        var asOfDay = DayNumber.Of(asOf);
        var evaluations = new InstallmentEvaluation[count];
        long amountKept = 0;
        for (var i = 0; i < count; i++)
        {
            var installment = installments[i];
            PromiseStatus status;
            LocalDate? keptOn = null;
            if (paid[i] == installment.Amount.MinorUnits)
            {
                status = PromiseStatus.Kept;
                keptOn = DayNumber.ToDate(keptOnDay[i]).WithCalendar(installment.DueOn.Calendar);
            }
            else if (asOfDay <= graceEnds[i])
            {
                status = PromiseStatus.Pending;
            }
            else
            {
                status = paid[i] == 0 ? PromiseStatus.Broken : PromiseStatus.PartiallyKept;
            }

            amountKept += paid[i];
            evaluations[i] = new InstallmentEvaluation(
                i + 1,
                installment.DueOn,
                installment.DueOn.PlusDays(graceDays),
                installment.Amount,
                Money.FromMinorUnits(paid[i], installment.Amount.Currency),
                status,
                keptOn,
                createdOn,
                asOf);
        }

        return new Outcome(ImmutableCollectionsMarshal.AsImmutableArray(evaluations), amountKept, excess, late, counted);
    }

    /// <summary>The status of a whole promise from its installments: pending while any is pending; then kept when all are kept, broken when nothing counted, partially kept otherwise.</summary>
    public static PromiseStatus WholeStatus(ImmutableArray<InstallmentEvaluation> installments)
    {
        var allKept = true;
        long kept = 0;
        foreach (var installment in installments)
        {
            if (installment.Status == PromiseStatus.Pending)
            {
                return PromiseStatus.Pending;
            }

            allKept &= installment.Status == PromiseStatus.Kept;
            kept += installment.PaidWithinGrace.MinorUnits;
        }

        return allKept ? PromiseStatus.Kept : kept == 0 ? PromiseStatus.Broken : PromiseStatus.PartiallyKept;
    }

    private static ImmutableArray<PaymentId> CountedIds(ReadOnlySpan<KnownPayment> payments, int created, int lastGraceEnd)
    {
        var n = 0;
        foreach (var payment in payments)
        {
            if (payment.ValueDay >= created && payment.ValueDay <= lastGraceEnd)
            {
                n++;
            }
        }

        if (n == 0)
        {
            return [];
        }

        var ids = new PaymentId[n];
        n = 0;
        foreach (var payment in payments)
        {
            if (payment.ValueDay >= created && payment.ValueDay <= lastGraceEnd)
            {
                ids[n++] = payment.Id;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ids);
    }

    internal readonly record struct Outcome(ImmutableArray<InstallmentEvaluation> Installments, long AmountKept, long Excess, long Late, ImmutableArray<PaymentId> Counted);
}
