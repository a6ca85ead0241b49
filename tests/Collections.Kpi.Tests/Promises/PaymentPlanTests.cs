using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>A plan of SAR 1,000 in four monthly installments of 250 due on the 5th of April to July 2026, one missed installment allowed.</summary>
public sealed class PaymentPlanTests
{
    private static PaymentPlan FourMonths(int missedAllowed = 1) => PaymentPlan.Create(
        new PaymentPlanId("PLAN-1"),
        ThisAccount,
        D(2026, 3, 25),
        PromiseInstallment.EqualParts(Sar(1_000m), 4, D(2026, 4, 5), Period.FromMonths(1)),
        new PromiseOrigin(Channel.WhatsApp, agent: "agent-3", template: "plan-offer"),
        missedAllowed);

    private static PaymentPlanEvaluation Evaluate(PaymentPlan plan, LocalDate asOf, params Payment[] payments) =>
        PromiseEvaluator.Evaluate(plan, payments, [], asOf);

    [Fact]
    public void Evaluate_EveryInstallmentPaidInItsGrace_Completed()
    {
        var evaluation = Evaluate(
            FourMonths(),
            D(2026, 8, 1),
            Pay("P1", 250m, D(2026, 4, 5)),
            Pay("P2", 250m, D(2026, 5, 8)),
            Pay("P3", 250m, D(2026, 6, 1)),
            Pay("P4", 250m, D(2026, 7, 6)));

        Assert.Equal(PaymentPlanStanding.Completed, evaluation.Standing);
        Assert.True(evaluation.IsInGoodStanding);
        Assert.Equal(Sar(1_000m), evaluation.AmountKept);
        Assert.Equal("Completed: all 4 installments kept; 1000.00 SAR paid.", evaluation.Reason.English);
    }

    [Fact]
    public void Evaluate_OneMissedOfOneAllowed_InGoodStanding()
    {
        var evaluation = Evaluate(FourMonths(), D(2026, 6, 20), Pay("P1", 250m, D(2026, 4, 5)), Pay("P2", 250m, D(2026, 6, 2)));

        Assert.Equal(["kept", "broken", "kept", "pending"], evaluation.Installments.Select(i => i.Status.Code));
        Assert.Equal(PaymentPlanStanding.InGoodStanding, evaluation.Standing);
        Assert.Equal(1, evaluation.MissedInstallments);
        Assert.Equal("In good standing: 2 of 4 installments kept, 1 missed (1 allowed); 500.00 SAR of 1000.00 SAR paid.", evaluation.Reason.English);
        Assert.Equal("منتظمة: الأقساط التي تم الوفاء بها 2 من 4، والفائتة 1 (المسموح به 1)؛ سُدِّد 500.00 SAR من 1000.00 SAR.", evaluation.Reason.Arabic);
    }

    [Fact]
    public void Evaluate_PartialInstallmentCountsAsMissed_TwoMissedDefaults()
    {
        var evaluation = Evaluate(FourMonths(), D(2026, 6, 20), Pay("P1", 100m, D(2026, 4, 5)), Pay("P2", 250m, D(2026, 6, 2)));

        Assert.Equal(["partially_kept", "broken", "kept", "pending"], evaluation.Installments.Select(i => i.Status.Code));
        Assert.Equal(PaymentPlanStanding.Defaulted, evaluation.Standing);
        Assert.False(evaluation.IsInGoodStanding);
        Assert.Equal("Defaulted: 2 installment(s) missed, more than the 1 the plan allows; the first missed is installment 1, due on 2026-04-05.", evaluation.Reason.English);
        Assert.Contains("متعثرة", evaluation.Reason.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoTolerance_FirstMissedInstallmentDefaults()
    {
        var evaluation = Evaluate(FourMonths(missedAllowed: 0), D(2026, 4, 9));

        Assert.Equal(PaymentPlanStanding.Defaulted, evaluation.Standing);
    }

    [Fact]
    public void Evaluate_BeforeTheFirstDueDate_InGoodStanding()
    {
        var evaluation = Evaluate(FourMonths(missedAllowed: 0), D(2026, 3, 30));

        Assert.Equal(PaymentPlanStanding.InGoodStanding, evaluation.Standing);
        Assert.All(evaluation.Installments, i => Assert.Equal(PromiseStatus.Pending, i.Status));
    }

    [Fact]
    public void Evaluate_ReversedInstallmentPayment_DefaultsAgain()
    {
        var plan = FourMonths(missedAllowed: 0);
        Payment[] payments = [Pay("P1", 250m, D(2026, 4, 5))];

        var before = PromiseEvaluator.Evaluate(plan, payments, [], D(2026, 4, 20));
        var after = PromiseEvaluator.Evaluate(plan, payments, [Reverse("P1", D(2026, 4, 15))], D(2026, 4, 20));

        Assert.Equal(PaymentPlanStanding.InGoodStanding, before.Standing);
        Assert.Equal(PaymentPlanStanding.Defaulted, after.Standing);
    }

    [Fact]
    public void Create_ToleranceNotBelowTheInstallments_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => FourMonths(missedAllowed: 4));

        Assert.Contains("Payment plan PLAN-1: missedInstallmentsAllowed is 4; it must be 0 or more and fewer than the 4 installment(s)", error.Message, StringComparison.Ordinal);
    }
}
