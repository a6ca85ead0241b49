using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Evaluates promises to pay and payment plans on an as-of date from the payments and reversals: a pure function with reasons.</summary>
/// <remarks>
/// <para>The rules (docs/kpi-definitions.md, PTP kept rate, and its conventions):</para>
/// <list type="bullet">
/// <item>Payments count by <b>value date</b> from the promise's creation date to each due date + <see cref="PromiseRules.GraceDays"/>
/// (default 3), both days included. The payments of other accounts never count.</item>
/// <item>An installment is <b>kept</b> when what counted toward it reaches its amount (even before it is due),
/// <b>pending</b> otherwise until its grace days end, then <b>partially kept</b> when something counted and <b>broken</b>
/// when nothing did. Payments go to the earliest installment still open on their value date; a payment value-dated after
/// an installment's grace days cannot keep it, so a broken promise stays broken when a late payment arrives (that payment
/// still reduces the balance and is reported as <see cref="PromiseEvaluation.PaidAfterGrace"/>).</item>
/// <item><b>What is known on the as-of date.</b> A payment counts when it was posted before the end of the as-of day in
/// <see cref="PromiseRules.CreditorTimeZone"/> and its value date is on or before the as-of date. A back-dated payment
/// (posted after the grace days but value-dated within them) therefore counts, by its value date, in every evaluation
/// whose as-of date is on or after the day it was posted: a promise evaluated as broken on the day after its grace days
/// becomes kept when evaluated again after such a posting. Evaluations are reproducible: the same inputs and as-of date
/// give the same answer whatever was posted later.</item>
/// <item><b>Reversals.</b> A reversal posted before the end of the as-of day takes its payment out: the promise is
/// evaluated as if the payment had never been made. A reversal posted later does not affect this as-of date. A reversal
/// posted before the payment it reverses is impossible and refused. A reversal of the promise's account whose payment is
/// not among the payments given takes nothing out — the payment may be outside the set evaluated (for example an earlier
/// period's) — and is listed in <see cref="PromiseEvaluation.UnmatchedReversals"/> and in the reason, so it is not lost
/// silently.</item>
/// <item>Payments are applied in value-date order, then posting instant, then payment id, so the result does not depend on
/// the order of the inputs.</item>
/// </list>
/// <para>Bad input is refused with <see cref="ArgumentException"/> naming the payment and the argument
/// (<see cref="ArgumentException.ParamName"/>): the same payment id twice, a reversal naming another account than its
/// payment or posted before it, a payment in another currency than the promise (convert it first), an as-of date before
/// the promise was made.</para>
/// </remarks>
public static class PromiseEvaluator
{
    /// <summary>Evaluates a promise on an as-of date.</summary>
    /// <param name="promise">The promise.</param>
    /// <param name="payments">Payments (of any accounts; only the promise's account counts).</param>
    /// <param name="reversals">Reversals of payments (of any accounts).</param>
    /// <param name="asOf">The as-of date; not before the promise's creation date.</param>
    /// <param name="rules">Grace days and the creditor's zone; <see cref="PromiseRules.Default"/> when null.</param>
    /// <returns>The evaluation with its reasons.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A payment appears twice, a payment is reversed twice differently, a reversal names the wrong account or is posted before its payment, or a payment is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the promise's creation date.</exception>
    public static PromiseEvaluation Evaluate(PromiseToPay promise, IEnumerable<Payment> payments, IEnumerable<PaymentReversal> reversals, LocalDate asOf, PromiseRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(promise);
        rules ??= PromiseRules.Default;
        var known = KnownPayments.Collect(payments, reversals, asOf, rules, [promise.AccountId]);
        return Evaluate(promise, known, asOf, rules, nameof(payments));
    }

    /// <summary>Evaluates many promises on one as-of date, reading the payments and reversals once.</summary>
    /// <param name="promises">The promises (of any accounts).</param>
    /// <param name="payments">Payments of any accounts.</param>
    /// <param name="reversals">Reversals of any accounts.</param>
    /// <param name="asOf">The as-of date; not before any promise's creation date (leave out promises made later).</param>
    /// <param name="rules">Grace days and the creditor's zone; <see cref="PromiseRules.Default"/> when null.</param>
    /// <returns>One evaluation per promise, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Evaluate(PromiseToPay, IEnumerable{Payment}, IEnumerable{PaymentReversal}, LocalDate, PromiseRules?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before a promise's creation date.</exception>
    public static ImmutableArray<PromiseEvaluation> EvaluateAll(IEnumerable<PromiseToPay> promises, IEnumerable<Payment> payments, IEnumerable<PaymentReversal> reversals, LocalDate asOf, PromiseRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(promises);
        rules ??= PromiseRules.Default;
        var list = promises.ToList();
        foreach (var promise in list)
        {
            ArgumentNullException.ThrowIfNull(promise, nameof(promises));
        }

        var known = KnownPayments.Collect(payments, reversals, asOf, rules, list.Select(p => p.AccountId));
        var builder = ImmutableArray.CreateBuilder<PromiseEvaluation>(list.Count);
        foreach (var promise in list)
        {
            builder.Add(Evaluate(promise, known, asOf, rules, nameof(payments)));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Evaluates a payment plan on an as-of date: each installment as for a promise, and the plan's standing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="payments">Payments (of any accounts; only the plan's account counts).</param>
    /// <param name="reversals">Reversals of payments (of any accounts).</param>
    /// <param name="asOf">The as-of date; not before the plan's creation date.</param>
    /// <param name="rules">Grace days and the creditor's zone; <see cref="PromiseRules.Default"/> when null.</param>
    /// <returns>The evaluation: completed when every installment is kept, defaulted when more installments were missed
    /// (broken or partially kept) than <see cref="PaymentPlan.MissedInstallmentsAllowed"/>, in good standing otherwise.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">A payment appears twice, a payment is reversed twice differently, a reversal names the wrong account or is posted before its payment, or a payment is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is before the plan's creation date.</exception>
    public static PaymentPlanEvaluation Evaluate(PaymentPlan plan, IEnumerable<Payment> payments, IEnumerable<PaymentReversal> reversals, LocalDate asOf, PromiseRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        rules ??= PromiseRules.Default;
        RequireCreated(asOf, plan.CreatedOn, $"payment plan {plan.Id}");
        var collected = KnownPayments.Collect(payments, reversals, asOf, rules, [plan.AccountId]);
        var known = collected.For(plan.AccountId);
        KnownPayments.CheckCurrency(known, plan.Currency, $"payment plan {plan.Id}", nameof(payments));
        var outcome = InstallmentWaterfall.Evaluate(plan.CreatedOn, plan.Installments, known, asOf, rules.GraceDays);
        var installments = outcome.Installments;
        var missed = installments.Count(i => i.IsMissed);
        var standing = missed > plan.MissedInstallmentsAllowed
            ? PaymentPlanStanding.Defaulted
            : installments.All(i => i.Status == PromiseStatus.Kept) ? PaymentPlanStanding.Completed : PaymentPlanStanding.InGoodStanding;
        var currency = plan.Currency;
        return new PaymentPlanEvaluation(
            plan,
            asOf,
            standing,
            Money.FromMinorUnits(outcome.AmountKept, currency),
            Money.FromMinorUnits(outcome.Excess, currency),
            Money.FromMinorUnits(outcome.Late, currency),
            installments,
            outcome.Counted,
            collected.UnmatchedReversals(plan.AccountId));
    }

    private static PromiseEvaluation Evaluate(PromiseToPay promise, KnownPayments collected, LocalDate asOf, PromiseRules rules, string paymentsParameter)
    {
        RequireCreated(asOf, promise.CreatedOn, $"promise {promise.Id}");
        var known = collected.For(promise.AccountId);
        KnownPayments.CheckCurrency(known, promise.Currency, $"promise {promise.Id}", paymentsParameter);
        var outcome = InstallmentWaterfall.Evaluate(promise.CreatedOn, promise.Installments, known, asOf, rules.GraceDays);
        var installments = outcome.Installments;
        var currency = promise.Currency;
        return new PromiseEvaluation(
            promise,
            asOf,
            InstallmentWaterfall.WholeStatus(installments),
            Money.FromMinorUnits(outcome.AmountKept, currency),
            Money.FromMinorUnits(outcome.Excess, currency),
            Money.FromMinorUnits(outcome.Late, currency),
            installments,
            outcome.Counted,
            collected.UnmatchedReversals(promise.AccountId));
    }

    private static void RequireCreated(LocalDate asOf, LocalDate createdOn, string subject)
    {
        if (DayNumber.Of(asOf) < DayNumber.Of(createdOn))
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf),
                PromiseTextFormat.Date(asOf),
                $"The as-of date is before {subject} was made ({PromiseTextFormat.Date(createdOn)}); leave it out of evaluations before then.");
        }
    }
}
