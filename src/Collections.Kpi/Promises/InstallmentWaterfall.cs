using System.Collections.Immutable;
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
    public static Outcome Run(LocalDate createdOn, ImmutableArray<PromiseInstallment> installments, ReadOnlySpan<KnownPayment> payments, int graceDays)
    {
        var count = installments.Length;
        var amounts = new long[count];
        var graceEnds = new int[count];
        for (var i = 0; i < count; i++)
        {
            amounts[i] = installments[i].Amount.MinorUnits;
            graceEnds[i] = DayNumber.Of(installments[i].DueOn) + graceDays;
        }

        var created = DayNumber.Of(createdOn);
        var paid = new long[count];
        var keptOnDay = new int[count];
        var counted = ImmutableArray.CreateBuilder<PaymentId>();
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

            counted.Add(payment.Id);
            while (graceEnds[firstOpen] < payment.ValueDay)
            {
                firstOpen++;
            }

            next = Math.Max(next, firstOpen);
            var remaining = payment.MinorUnits;
            while (remaining > 0 && next < count)
            {
                var take = Math.Min(amounts[next] - paid[next], remaining);
                paid[next] += take;
                remaining -= take;
                if (paid[next] == amounts[next])
                {
                    keptOnDay[next] = payment.ValueDay;
                    next++;
                }
            }

            excess = checked(excess + remaining);
        }

        return new Outcome(paid, keptOnDay, excess, late, counted.ToImmutable());
    }

    public static ImmutableArray<InstallmentEvaluation> Evaluate(LocalDate createdOn, ImmutableArray<PromiseInstallment> installments, Outcome outcome, LocalDate asOf, int graceDays)
    {
        var asOfDay = DayNumber.Of(asOf);
        var builder = ImmutableArray.CreateBuilder<InstallmentEvaluation>(installments.Length);
        for (var i = 0; i < installments.Length; i++)
        {
            var installment = installments[i];
            var currency = installment.Amount.Currency;
            var graceEndsOn = installment.DueOn.PlusDays(graceDays);
            var paid = outcome.Paid[i];
            PromiseStatus status;
            LocalDate? keptOn = null;
            if (paid == installment.Amount.MinorUnits)
            {
                status = PromiseStatus.Kept;
                keptOn = DayNumber.ToDate(outcome.KeptOnDay[i]).WithCalendar(installment.DueOn.Calendar);
            }
            else if (asOfDay <= DayNumber.Of(graceEndsOn))
            {
                status = PromiseStatus.Pending;
            }
            else
            {
                status = paid == 0 ? PromiseStatus.Broken : PromiseStatus.PartiallyKept;
            }

            builder.Add(new InstallmentEvaluation(i + 1, installment.DueOn, graceEndsOn, installment.Amount, Money.FromMinorUnits(paid, currency), status, keptOn, createdOn, asOf));
        }

        return builder.MoveToImmutable();
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

    internal sealed record Outcome(long[] Paid, int[] KeptOnDay, long Excess, long Late, ImmutableArray<PaymentId> Counted)
    {
        public long AmountKept => Paid.Sum();
    }
}
