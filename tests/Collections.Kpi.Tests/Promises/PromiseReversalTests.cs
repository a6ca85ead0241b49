using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>Reversals the evaluator cannot match: one posted before its payment is refused; one whose payment is not among
/// the payments given takes nothing out and is shown, in <see cref="PromiseEvaluation.UnmatchedReversals"/> and in the reason.</summary>
public sealed class PromiseReversalTests
{
    [Fact]
    public void Evaluate_ReversalPostedBeforeItsPayment_RefusedNamingReversals()
    {
        // P1 is value-dated 5 March but posted on the 8th; its reversal says it was posted on the 6th.
        var payment = Pay("P1", 1_000m, D(2026, 3, 5), postedAt: NoonOn(D(2026, 3, 8)));

        var error = Assert.Throws<ArgumentException>(() =>
            PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [payment], [Reverse("P1", D(2026, 3, 6))], D(2026, 3, 20)));

        Assert.Equal("reversals", error.ParamName);
        Assert.Contains("The reversal of payment P1 was posted at 2026-03-06T09:00:00Z, before the payment itself (2026-03-08T09:00:00Z)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReversalPostedBeforeItsPayment_RefusedEvenOnAnAsOfDateBeforeEither()
    {
        var payment = Pay("P1", 1_000m, D(2026, 3, 5), postedAt: NoonOn(D(2026, 3, 8)));

        var error = Assert.Throws<ArgumentException>(() =>
            PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [payment], [Reverse("P1", D(2026, 3, 6))], D(2026, 3, 2)));

        Assert.Equal("reversals", error.ParamName);
    }

    [Fact]
    public void Evaluate_ReversalOfAPaymentNotGiven_TakesNothingOut_ListedAndExplained()
    {
        var evaluation = PromiseEvaluator.Evaluate(
            ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [Reverse("P0", D(2026, 3, 9)), Reverse("P1-OLD", D(2026, 3, 2))], D(2026, 3, 20));

        Assert.Equal(PromiseStatus.Kept, evaluation.Status);
        Assert.Equal(Sar(1_000m), evaluation.AmountKept);
        Assert.Equal([new PaymentId("P0"), new PaymentId("P1-OLD")], evaluation.UnmatchedReversals);
        Assert.EndsWith("Reversed payment(s) P0, P1-OLD are not among the payments evaluated, so their reversal took nothing out.", evaluation.Reason.English, StringComparison.Ordinal);
        Assert.Contains("الدفعات المعكوسة P0, P1-OLD ليست ضمن الدفعات المُقيَّمة", evaluation.Reason.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnmatchedReversalNotYetKnownOrOfAnotherAccount_NotListed()
    {
        var evaluation = PromiseEvaluator.Evaluate(
            ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [Reverse("P7", D(2026, 3, 21)), Reverse("P8", D(2026, 3, 9), OtherAccount)], D(2026, 3, 20));

        Assert.Empty(evaluation.UnmatchedReversals);
        Assert.DoesNotContain("Reversed payment", evaluation.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EveryReversalMatched_NothingListed()
    {
        var evaluation = PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [Reverse("P1", D(2026, 3, 9))], D(2026, 3, 20));

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
        Assert.Empty(evaluation.UnmatchedReversals);
    }

    [Fact]
    public void EvaluatePlan_ReversalOfAPaymentNotGiven_Listed()
    {
        var plan = PaymentPlan.Create(
            new PaymentPlanId("PLAN-1"), ThisAccount, D(2026, 3, 25), PromiseInstallment.EqualParts(Sar(500m), 2, D(2026, 4, 5), Period.FromMonths(1)), ByCall);

        var evaluation = PromiseEvaluator.Evaluate(plan, [Pay("P1", 250m, D(2026, 4, 5))], [Reverse("P-MARCH", D(2026, 4, 1))], D(2026, 4, 20));

        Assert.Equal([new PaymentId("P-MARCH")], evaluation.UnmatchedReversals);
        Assert.Contains("Reversed payment(s) P-MARCH are not among the payments evaluated", evaluation.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateAll_ReversalPostedBeforeItsPayment_RefusedNamingReversals()
    {
        var payment = Pay("P1", 100m, D(2026, 3, 5), postedAt: NoonOn(D(2026, 3, 8)));
        OpenItem[] items = [new(new ItemId("INV-1"), ThisAccount, ReceivableComponent.Principal, D(2026, 1, 31), Sar(500m))];

        var error = Assert.Throws<ArgumentException>(() => PaymentAllocator.AllocateAll(ThisAccount, [payment], [Reverse("P1", D(2026, 3, 7))], items, AllocationOrder.Default));

        Assert.Equal("reversals", error.ParamName);
        Assert.Contains("a payment cannot be reversed before it is posted", error.Message, StringComparison.Ordinal);
    }
}
