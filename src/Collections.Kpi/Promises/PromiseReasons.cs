using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The reasons of promise and plan evaluations, in English and Arabic, from the package's texts.</summary>
internal static class PromiseReasons
{
    public static BilingualText For(InstallmentEvaluation installment, NodaTime.LocalDate createdOn, NodaTime.LocalDate asOf)
    {
        if (installment.Status == PromiseStatus.Kept)
        {
            return PromiseTextFormat.Fill(
                "promise.reason.kept",
                ("promised", installment.Promised),
                ("kept_on", installment.KeptOn!.Value),
                ("created", createdOn),
                ("grace_end", installment.GraceEndsOn));
        }

        if (installment.Status == PromiseStatus.Pending)
        {
            var notYetDue = DayNumber.Of(asOf) < DayNumber.Of(installment.DueOn);
            return PromiseTextFormat.Fill(
                notYetDue ? "promise.reason.not_yet_due" : "promise.reason.in_grace",
                ("due", installment.DueOn),
                ("grace_end", installment.GraceEndsOn),
                ("paid", installment.PaidWithinGrace),
                ("promised", installment.Promised));
        }

        return PromiseTextFormat.Fill(
            installment.Status == PromiseStatus.Broken ? "promise.reason.broken" : "promise.reason.partially_kept",
            ("paid", installment.PaidWithinGrace),
            ("promised", installment.Promised),
            ("created", createdOn),
            ("grace_end", installment.GraceEndsOn));
    }

    public static BilingualText For(PromiseEvaluation evaluation)
    {
        var text = evaluation.Installments.Length == 1
            ? evaluation.Installments[0].Reason
            : PromiseTextFormat.Fill(
                "promise.reason.installments",
                ("status", evaluation.Status.Title),
                ("kept", Count(evaluation.Installments.Count(i => i.Status == PromiseStatus.Kept))),
                ("missed", Count(evaluation.Installments.Count(i => i.IsMissed))),
                ("count", Count(evaluation.Installments.Length)),
                ("amount_kept", evaluation.AmountKept),
                ("promised", evaluation.Promised));
        return WithUnmatchedReversals(WithLatePayments(text, evaluation.PaidAfterGrace, evaluation.GraceEndsOn), evaluation.UnmatchedReversals);
    }

    public static BilingualText For(PaymentPlanEvaluation evaluation)
    {
        var missed = evaluation.Installments.Where(i => i.IsMissed).ToList();
        BilingualText text;
        if (evaluation.Standing == PaymentPlanStanding.Completed)
        {
            text = PromiseTextFormat.Fill("plan.reason.completed", ("count", Count(evaluation.Installments.Length)), ("promised", evaluation.Promised));
        }
        else if (evaluation.Standing == PaymentPlanStanding.Defaulted)
        {
            text = PromiseTextFormat.Fill(
                "plan.reason.defaulted",
                ("missed", Count(missed.Count)),
                ("allowed", Count(evaluation.Plan.MissedInstallmentsAllowed)),
                ("first", Count(missed[0].Number)),
                ("due", missed[0].DueOn));
        }
        else
        {
            text = PromiseTextFormat.Fill(
                "plan.reason.in_good_standing",
                ("kept", Count(evaluation.Installments.Count(i => i.Status == PromiseStatus.Kept))),
                ("count", Count(evaluation.Installments.Length)),
                ("missed", Count(missed.Count)),
                ("allowed", Count(evaluation.Plan.MissedInstallmentsAllowed)),
                ("amount_kept", evaluation.AmountKept),
                ("promised", evaluation.Promised));
        }

        return WithUnmatchedReversals(WithLatePayments(text, evaluation.PaidAfterGrace, evaluation.Installments[^1].GraceEndsOn), evaluation.UnmatchedReversals);
    }

    private static BilingualText WithLatePayments(BilingualText text, Money paidAfterGrace, NodaTime.LocalDate graceEndsOn) =>
        paidAfterGrace.IsPositive
            ? PromiseTextFormat.Then(text, PromiseTextFormat.Fill("promise.reason.late_payments", ("late", paidAfterGrace), ("grace_end", graceEndsOn)))
            : text;

    private static BilingualText WithUnmatchedReversals(BilingualText text, System.Collections.Immutable.ImmutableArray<PaymentId> unmatched) =>
        unmatched.IsDefaultOrEmpty
            ? text
            : PromiseTextFormat.Then(text, PromiseTextFormat.Fill("promise.reason.unmatched_reversals", ("payments", string.Join(", ", unmatched.Select(id => id.Value)))));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
