using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

public sealed class PromiseEvaluatorProperties
{
    private static bool SameOutcome(PromiseEvaluation left, PromiseEvaluation right) =>
        left.Status == right.Status
        && left.AmountKept == right.AmountKept
        && left.PaidBeyondPromise == right.PaidBeyondPromise
        && left.Installments.Select(i => (i.Status, i.PaidWithinGrace, i.KeptOn)).SequenceEqual(right.Installments.Select(i => (i.Status, i.PaidWithinGrace, i.KeptOn)));

    [Property]
    public Property Promise_status_never_changes_when_payments_are_added_to_another_account() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from others in PromiseGenerators.Payments(scenario.Promise, OtherAccount, "Q")
             from otherReversals in PromiseGenerators.Reversals(others)
             select (scenario, others, otherReversals)).ToArbitrary(),
            x =>
            {
                var alone = x.scenario.Evaluate();
                var withOthers = PromiseEvaluator.Evaluate(
                    x.scenario.Promise, [.. x.scenario.Payments, .. x.others], [.. x.scenario.Reversals, .. x.otherReversals], x.scenario.AsOf);
                return SameOutcome(alone, withOthers) && alone.PaidAfterGrace == withOthers.PaidAfterGrace;
            });

    [Property]
    public Property A_broken_promise_stays_broken_when_a_late_payment_arrives() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from extraDays in Gen.Choose(1, 60)
             let asOf = scenario.LastGraceEnd.PlusDays(extraDays)
             from late in PromiseGenerators.PaymentFrom(scenario.LastGraceEnd.PlusDays(1), asOf, "LATE")
             select (scenario: scenario with { AsOf = asOf }, late)).ToArbitrary(),
            x =>
            {
                var before = x.scenario.Evaluate();
                var after = PromiseEvaluator.Evaluate(x.scenario.Promise, [.. x.scenario.Payments, x.late], x.scenario.Reversals, x.scenario.AsOf);
                return SameOutcome(before, after)
                    && before.Status.IsDecided
                    && after.PaidAfterGrace == before.PaidAfterGrace + x.late.Amount;
            });

    [Property]
    public Property A_missed_installment_stays_missed_when_a_payment_value_dated_after_its_grace_arrives() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from index in Gen.Choose(0, scenario.Promise.Installments.Length - 1)
             let graceEnd = scenario.Promise.Installments[index].DueOn.PlusDays(PromiseRules.DefaultGraceDays)
             from extraDays in Gen.Choose(1, 90)
             let asOf = graceEnd.PlusDays(extraDays)
             from later in PromiseGenerators.PaymentFrom(graceEnd.PlusDays(1), asOf, "LATER")
             select (scenario: scenario with { AsOf = asOf }, index, later)).ToArbitrary(),
            x =>
            {
                var before = x.scenario.Evaluate();
                var after = PromiseEvaluator.Evaluate(x.scenario.Promise, [.. x.scenario.Payments, x.later], x.scenario.Reversals, x.scenario.AsOf);
                return Enumerable.Range(0, x.index + 1).All(i =>
                    !before.Installments[i].IsMissed
                    || (after.Installments[i].Status == before.Installments[i].Status && after.Installments[i].PaidWithinGrace == before.Installments[i].PaidWithinGrace));
            });

    [Property]
    public Property Adding_a_reversal_never_raises_the_amount_kept() =>
        Prop.ForAll(
            // A payment not reversed yet: a second, different reversal of one payment is refused.
            (from scenario in PromiseGenerators.Scenarios().Where(s => s.Payments.Any(p => s.Reversals.All(r => r.PaymentId != p.Id)))
             let open = scenario.Payments.Where(p => scenario.Reversals.All(r => r.PaymentId != p.Id)).ToArray()
             from pick in Gen.Choose(0, open.Length - 1)
             from lagDays in Gen.Choose(0, 20)
             select (scenario, payment: open[pick], lagDays)).ToArbitrary(),
            x =>
            {
                var payment = x.payment;
                var reversal = new PaymentReversal(payment.Id, payment.AccountId, payment.PostedAt.Plus(Duration.FromDays(x.lagDays)), "chargeback");
                var before = x.scenario.Evaluate();
                var after = PromiseEvaluator.Evaluate(x.scenario.Promise, x.scenario.Payments, [.. x.scenario.Reversals, reversal], x.scenario.AsOf);
                return after.AmountKept <= before.AmountKept && after.PaidWithinGrace <= before.PaidWithinGrace;
            });

    [Property]
    public Property Adding_a_payment_never_lowers_the_amount_kept() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from extra in PromiseGenerators.PaymentFrom(scenario.Promise.CreatedOn.PlusDays(-3), scenario.AsOf, "EXTRA")
             select (scenario, extra)).ToArbitrary(),
            x =>
            {
                var before = x.scenario.Evaluate();
                var after = PromiseEvaluator.Evaluate(x.scenario.Promise, [.. x.scenario.Payments, x.extra], x.scenario.Reversals, x.scenario.AsOf);
                return after.AmountKept >= before.AmountKept
                    && after.Installments.Zip(before.Installments).All(p => p.First.Status != PromiseStatus.Broken || p.Second.Status == PromiseStatus.Broken);
            });

    [Property]
    public Property A_single_promise_is_kept_partially_kept_broken_or_pending_exactly_as_defined() =>
        Prop.ForAll(
            PromiseGenerators.Scenarios().Select(s => s with
            {
                Promise = PromiseToPay.Create(s.Promise.Id, s.Promise.AccountId, s.Promise.CreatedOn, s.Promise.Amount, s.Promise.DueOn, s.Promise.Origin),
            }).ToArbitrary(),
            s =>
            {
                // A naive reading of docs/kpi-definitions.md, written apart from the implementation.
                var endOfAsOf = s.AsOf.PlusDays(1).AtStartOfDayInZone(Riyadh).ToInstant();
                var reversed = s.Reversals.Where(r => r.PostedAt < endOfAsOf).Select(r => r.PaymentId).ToHashSet();
                var graceEnd = s.Promise.DueOn.PlusDays(3);
                var paid = s.Payments
                    .Where(p => p.PostedAt < endOfAsOf && !reversed.Contains(p.Id))
                    .Where(p => p.ValueDate >= s.Promise.CreatedOn && p.ValueDate <= graceEnd && p.ValueDate <= s.AsOf)
                    .Sum(p => p.Amount.MinorUnits);
                var promised = s.Promise.Amount.MinorUnits;
                var expected = paid >= promised ? "kept" : s.AsOf <= graceEnd ? "pending" : paid == 0 ? "broken" : "partially_kept";

                var evaluation = s.Evaluate();
                return evaluation.Status.Code == expected
                    && evaluation.AmountKept.MinorUnits == Math.Min(paid, promised)
                    && evaluation.PaidWithinGrace.MinorUnits == paid;
            });

    [Property]
    public Property A_decided_status_is_the_classification_of_its_promised_and_paid_amounts() =>
        Prop.ForAll(PromiseGenerators.Arbitrary(), s =>
        {
            static string Classify(long promised, long paid) => paid >= promised ? "kept" : paid > 0 ? "partially_kept" : "broken";
            var evaluation = s.Evaluate();
            return evaluation.Installments.Where(i => i.Status.IsDecided).All(i => i.Status.Code == Classify(i.Promised.MinorUnits, i.PaidWithinGrace.MinorUnits))
                && (!evaluation.Status.IsDecided || evaluation.Status.Code == Classify(evaluation.Promised.MinorUnits, evaluation.AmountKept.MinorUnits));
        });

    [Property]
    public Property Amount_kept_is_the_sum_over_installments_and_never_exceeds_what_was_promised() =>
        Prop.ForAll(PromiseGenerators.Arbitrary(), s =>
        {
            var evaluation = s.Evaluate();
            return evaluation.Installments.All(i => i.PaidWithinGrace <= i.Promised && !i.PaidWithinGrace.IsNegative)
                && evaluation.AmountKept.MinorUnits == evaluation.Installments.Sum(i => i.PaidWithinGrace.MinorUnits)
                && evaluation.AmountKept <= evaluation.Promised
                && (evaluation.Status != PromiseStatus.Kept || evaluation.AmountKept == evaluation.Promised);
        });

    [Property]
    public Property Every_counted_payment_is_kept_or_paid_beyond_the_promise_and_late_ones_are_reported_apart() =>
        Prop.ForAll(PromiseGenerators.Arbitrary(), s =>
        {
            var endOfAsOf = s.AsOf.PlusDays(1).AtStartOfDayInZone(Riyadh).ToInstant();
            var reversed = s.Reversals.Where(r => r.PostedAt < endOfAsOf).Select(r => r.PaymentId).ToHashSet();
            var known = s.Payments
                .Where(p => p.PostedAt < endOfAsOf && !reversed.Contains(p.Id) && p.ValueDate <= s.AsOf && p.ValueDate >= s.Promise.CreatedOn)
                .Sum(p => p.Amount.MinorUnits);
            var evaluation = s.Evaluate();
            return evaluation.PaidWithinGrace.MinorUnits + evaluation.PaidAfterGrace.MinorUnits == known;
        });

    [Property]
    public Property The_order_of_the_payments_does_not_change_the_evaluation() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from keys in Gen.ArrayOf(Gen.Choose(0, 1000), scenario.Payments.Length)
             select (scenario, keys)).ToArbitrary(),
            x =>
            {
                var shuffled = x.scenario.Payments.Zip(x.keys).OrderBy(p => p.Second).Select(p => p.First).ToArray();
                var evaluation = x.scenario.Evaluate();
                var again = PromiseEvaluator.Evaluate(x.scenario.Promise, shuffled, x.scenario.Reversals.Reverse(), x.scenario.AsOf);
                return SameOutcome(evaluation, again) && evaluation.CountedPayments.SequenceEqual(again.CountedPayments);
            });

    [Property]
    public Property A_decided_status_holds_on_later_as_of_dates_when_nothing_new_is_posted() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from later in Gen.Choose(1, 120)
             select (scenario, later)).ToArbitrary(),
            x =>
            {
                var s = x.scenario;
                var endOfAsOf = s.AsOf.PlusDays(1).AtStartOfDayInZone(Riyadh).ToInstant();
                var settled = s with
                {
                    Payments = [.. s.Payments.Where(p => p.PostedAt < endOfAsOf && p.ValueDate <= s.AsOf)],
                    Reversals = [.. s.Reversals.Where(r => r.PostedAt < endOfAsOf)],
                };
                var now = settled.Evaluate();
                var afterwards = PromiseEvaluator.Evaluate(settled.Promise, settled.Payments, settled.Reversals, s.AsOf.PlusDays(x.later));
                return now.Installments.Zip(afterwards.Installments).All(p =>
                    !p.First.Status.IsDecided || (p.First.Status == p.Second.Status && p.First.PaidWithinGrace == p.Second.PaidWithinGrace));
            });

    [Property]
    public Property A_defaulted_plan_stays_defaulted_when_later_payments_arrive() =>
        Prop.ForAll(
            (from scenario in PromiseGenerators.Scenarios()
             from allowed in Gen.Choose(0, scenario.Promise.Installments.Length - 1)
             from later in Gen.Choose(1, 90)
             from extra in PromiseGenerators.PaymentFrom(scenario.AsOf.PlusDays(1), scenario.AsOf.PlusDays(later), "LATER")
             select (scenario, allowed, later, extra)).ToArbitrary(),
            x =>
            {
                var s = x.scenario;
                var plan = PaymentPlan.Create(new PaymentPlanId("PLAN-G"), s.Promise.AccountId, s.Promise.CreatedOn, s.Promise.Installments, s.Promise.Origin, x.allowed);
                var endOfAsOf = s.AsOf.PlusDays(1).AtStartOfDayInZone(Riyadh).ToInstant();
                Payment[] known = [.. s.Payments.Where(p => p.PostedAt < endOfAsOf && p.ValueDate <= s.AsOf)];
                var now = PromiseEvaluator.Evaluate(plan, known, [], s.AsOf);
                var afterwards = PromiseEvaluator.Evaluate(plan, [.. known, x.extra], [], s.AsOf.PlusDays(x.later));
                return (now.Standing != PaymentPlanStanding.Defaulted || afterwards.Standing == PaymentPlanStanding.Defaulted)
                    && now.IsInGoodStanding == (now.MissedInstallments <= x.allowed);
            });
}
