using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>Hand-computed cases: SAR 1,000.00 promised on 1 March 2026 for 10 March, grace 3 days (payments count by value date from 1 to 13 March).</summary>
public sealed class PromiseEvaluatorTests
{
    [Fact]
    public void Evaluate_PaidInFullOnTheDueDate_Kept()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1_000m, D(2026, 3, 10)));

        Assert.Equal(PromiseStatus.Kept, evaluation.Status);
        Assert.Equal(Sar(1_000m), evaluation.AmountKept);
        Assert.Equal(Sar(1_000m), evaluation.PaidWithinGrace);
        Assert.Equal(D(2026, 3, 10), evaluation.Installments[0].KeptOn);
        Assert.Equal(D(2026, 3, 13), evaluation.GraceEndsOn);
        Assert.Equal("Kept on 2026-03-10: payments value-dated from 2026-03-01 reached the promised 1000.00 SAR within the grace period (until 2026-03-13).", evaluation.Reason.English);
        Assert.Equal("تم الوفاء في 2026-03-10: بلغت الدفعات بتاريخ قيمة من 2026-03-01 المبلغ الموعود 1000.00 SAR ضمن مهلة السماح (حتى 2026-03-13).", evaluation.Reason.Arabic);
    }

    [Fact]
    public void Evaluate_PaidOnTheLastGraceDay_Kept()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1_000m, D(2026, 3, 13)));

        Assert.Equal(PromiseStatus.Kept, evaluation.Status);
        Assert.Equal(D(2026, 3, 13), evaluation.Installments[0].KeptOn);
    }

    [Fact]
    public void Evaluate_PaidTheDayAfterTheGrace_BrokenAndThePaymentReportedAsLate()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1_000m, D(2026, 3, 14)));

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
        Assert.Equal(Sar(0m), evaluation.AmountKept);
        Assert.Equal(Sar(1_000m), evaluation.PaidAfterGrace);
        Assert.Empty(evaluation.CountedPayments);
        Assert.Equal(
            "Broken: nothing of 1000.00 SAR was paid from 2026-03-01 to the end of the grace period (2026-03-13). "
            + "1000.00 SAR paid after the grace period ended (2026-03-13) keeps nothing (a broken promise stays broken) but still reduces the balance.",
            evaluation.Reason.English);
    }

    [Fact]
    public void Evaluate_TwoPaymentsShortOfTheAmount_PartiallyKeptByAmount()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 14), Pay("P1", 400m, D(2026, 3, 5)), Pay("P2", 200.50m, D(2026, 3, 12)));

        Assert.Equal(PromiseStatus.PartiallyKept, evaluation.Status);
        Assert.Equal(Sar(600.50m), evaluation.AmountKept);
        Assert.Equal(Sar(1_000m), evaluation.Promised);
        Assert.Equal([new PaymentId("P1"), new PaymentId("P2")], evaluation.CountedPayments);
        Assert.Equal("Partially kept: 600.50 SAR of 1000.00 SAR was paid from 2026-03-01 to the end of the grace period (2026-03-13).", evaluation.Reason.English);
        Assert.Contains("تم الوفاء جزئيًا", evaluation.Reason.Arabic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "pending", "Pending: due on 2026-03-10, grace period until 2026-03-13; 300.00 SAR of 1000.00 SAR paid so far.")]
    [InlineData(10, "pending", "Pending: due on 2026-03-10 and within the grace period until 2026-03-13; 300.00 SAR of 1000.00 SAR paid so far.")]
    [InlineData(13, "pending", "Pending: due on 2026-03-10 and within the grace period until 2026-03-13; 300.00 SAR of 1000.00 SAR paid so far.")]
    [InlineData(14, "partially_kept", "Partially kept: 300.00 SAR of 1000.00 SAR was paid from 2026-03-01 to the end of the grace period (2026-03-13).")]
    public void Evaluate_AroundTheGraceBoundary_PendingUntilTheLastGraceDayThenDecided(int asOfDay, string status, string reason)
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, asOfDay), Pay("P1", 300m, D(2026, 3, 4)));

        Assert.Equal(status, evaluation.Status.Code);
        Assert.Equal(reason, evaluation.Reason.English);
    }

    [Fact]
    public void Evaluate_PaidInFullBeforeTheDueDate_KeptAlready()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 3), Pay("P1", 1_000m, D(2026, 3, 2)));

        Assert.Equal(PromiseStatus.Kept, evaluation.Status);
        Assert.True(evaluation.Status.IsDecided);
    }

    [Fact]
    public void Evaluate_PaidMoreThanPromised_KeptWithTheExcessApart()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 600m, D(2026, 3, 6)), Pay("P2", 900m, D(2026, 3, 9)));

        Assert.Equal(PromiseStatus.Kept, evaluation.Status);
        Assert.Equal(Sar(1_000m), evaluation.AmountKept);
        Assert.Equal(Sar(500m), evaluation.PaidBeyondPromise);
        Assert.Equal(Sar(1_500m), evaluation.PaidWithinGrace);
        Assert.Equal(D(2026, 3, 9), evaluation.Installments[0].KeptOn);
    }

    [Fact]
    public void Evaluate_PaymentValueDatedBeforeThePromiseWasMade_DoesNotCount()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1_000m, D(2026, 2, 28), postedAt: NoonOn(D(2026, 3, 2))));

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
        Assert.Equal(Sar(0m), evaluation.PaidAfterGrace);
    }

    [Fact]
    public void Evaluate_PaymentOfAnotherAccount_DoesNotCount()
    {
        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1_000m, D(2026, 3, 10), account: OtherAccount));

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
    }

    [Fact]
    public void Evaluate_BackDatedPayment_CountsByValueDateFromTheDayItIsPosted()
    {
        // Value-dated 12 March (inside the grace), posted on 16 March (after it).
        var backDated = Pay("P1", 1_000m, D(2026, 3, 12), postedAt: At(D(2026, 3, 16), 23, 30));
        var promise = ThousandByTenthOfMarch();

        var onFourteenth = Evaluate(promise, D(2026, 3, 14), backDated);
        var onFifteenth = Evaluate(promise, D(2026, 3, 15), backDated);
        var onSixteenth = Evaluate(promise, D(2026, 3, 16), backDated);

        Assert.Equal(PromiseStatus.Broken, onFourteenth.Status);
        Assert.Equal(PromiseStatus.Broken, onFifteenth.Status);
        Assert.Equal(PromiseStatus.Kept, onSixteenth.Status);
        Assert.Equal(D(2026, 3, 12), onSixteenth.Installments[0].KeptOn);
    }

    [Fact]
    public void Evaluate_PostedJustAfterMidnightInRiyadh_IsNotKnownOnThePreviousDay()
    {
        // 17 March 00:10 in Riyadh is still 16 March (21:10) in UTC: the creditor's day decides.
        var backDated = Pay("P1", 1_000m, D(2026, 3, 12), postedAt: At(D(2026, 3, 17), 0, 10));

        Assert.Equal(PromiseStatus.Broken, Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 16), backDated).Status);
        Assert.Equal(PromiseStatus.Kept, Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 17), backDated).Status);
    }

    [Fact]
    public void Evaluate_PaymentValueDatedAfterTheAsOfDate_NotCountedYet()
    {
        var futureDated = Pay("P1", 1_000m, D(2026, 3, 10), postedAt: NoonOn(D(2026, 3, 8)));

        var evaluation = Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 9), futureDated);

        Assert.Equal(PromiseStatus.Pending, evaluation.Status);
        Assert.Equal(Sar(0m), evaluation.AmountKept);
    }

    [Fact]
    public void Evaluate_ReversalKnownOnTheAsOfDate_TakesThePaymentOut()
    {
        var promise = ThousandByTenthOfMarch();
        Payment[] payments = [Pay("P1", 700m, D(2026, 3, 8)), Pay("P2", 300m, D(2026, 3, 9))];
        PaymentReversal[] reversals = [Reverse("P2", D(2026, 3, 18))];

        var before = PromiseEvaluator.Evaluate(promise, payments, reversals, D(2026, 3, 17));
        var after = PromiseEvaluator.Evaluate(promise, payments, reversals, D(2026, 3, 18));

        Assert.Equal(PromiseStatus.Kept, before.Status);
        Assert.Equal(PromiseStatus.PartiallyKept, after.Status);
        Assert.Equal(Sar(700m), after.AmountKept);
        Assert.Equal([new PaymentId("P1")], after.CountedPayments);
    }

    [Fact]
    public void Evaluate_EveryPaymentReversed_Broken()
    {
        var evaluation = PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [Reverse("P1", D(2026, 3, 9))], D(2026, 3, 20));

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
    }

    [Fact]
    public void Evaluate_BrokenThenALatePaymentArrives_StaysBroken()
    {
        var promise = ThousandByTenthOfMarch();
        var late = Pay("P1", 1_000m, D(2026, 3, 15));

        var atGraceEnd = Evaluate(promise, D(2026, 3, 14));
        var afterLatePayment = Evaluate(promise, D(2026, 3, 30), late);

        Assert.Equal(PromiseStatus.Broken, atGraceEnd.Status);
        Assert.Equal(PromiseStatus.Broken, afterLatePayment.Status);
        Assert.Equal(Sar(1_000m), afterLatePayment.PaidAfterGrace);
    }

    [Fact]
    public void Evaluate_NoGraceDays_TheDayAfterTheDueDateIsLate()
    {
        var rules = new PromiseRules { GraceDays = 0 };

        var evaluation = PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 11))], [], D(2026, 3, 20), rules);

        Assert.Equal(PromiseStatus.Broken, evaluation.Status);
        Assert.Equal(D(2026, 3, 10), evaluation.GraceEndsOn);
    }

    [Fact]
    public void Evaluate_ThreeInstallments_EachEvaluatedAndALatePaymentGoesToTheNextInstallment()
    {
        // SAR 1,500 in three installments of 500 due 1 April, 1 May, 1 June (grace until the 4th of each month).
        var promise = PromiseToPay.InInstallments(
            new PromiseId("PTP-3"),
            ThisAccount,
            D(2026, 3, 20),
            [new(D(2026, 4, 1), Sar(500m)), new(D(2026, 5, 1), Sar(500m)), new(D(2026, 6, 1), Sar(500m))],
            ByCall);
        Payment[] payments =
        [
            Pay("P1", 500m, D(2026, 4, 2)),  // installment 1, in its grace
            Pay("P2", 300m, D(2026, 5, 10)), // after installment 2's grace (4 May): installment 3
            Pay("P3", 200m, D(2026, 6, 3)),  // completes installment 3 in its grace
        ];

        var evaluation = Evaluate(promise, D(2026, 6, 10), payments);

        Assert.Equal(["kept", "broken", "kept"], evaluation.Installments.Select(i => i.Status.Code));
        Assert.Equal([Sar(500m), Sar(0m), Sar(500m)], evaluation.Installments.Select(i => i.PaidWithinGrace));
        Assert.Equal(D(2026, 6, 3), evaluation.Installments[2].KeptOn);
        Assert.Equal(PromiseStatus.PartiallyKept, evaluation.Status);
        Assert.Equal(Sar(1_000m), evaluation.AmountKept);
        Assert.False(evaluation.IsInGoodStanding);
        Assert.Equal(D(2026, 6, 1), evaluation.DueOn);
        Assert.Equal("Partially kept: 2 of 3 installments kept and 1 missed; 1000.00 SAR of 1500.00 SAR paid within the grace periods.", evaluation.Reason.English);
        Assert.StartsWith("تم الوفاء جزئيًا: الأقساط التي تم الوفاء بها 2 من 3", evaluation.Reason.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InstallmentsWithOneMissedAndOneStillOpen_PendingButNotInGoodStanding()
    {
        var promise = PromiseToPay.InInstallments(
            new PromiseId("PTP-4"),
            ThisAccount,
            D(2026, 3, 20),
            [new(D(2026, 4, 1), Sar(500m)), new(D(2026, 5, 1), Sar(500m))],
            ByCall);

        var evaluation = Evaluate(promise, D(2026, 4, 20), Pay("P1", 100m, D(2026, 4, 3)));

        Assert.Equal(["partially_kept", "pending"], evaluation.Installments.Select(i => i.Status.Code));
        Assert.Equal(PromiseStatus.Pending, evaluation.Status);
        Assert.False(evaluation.IsInGoodStanding);
    }

    [Fact]
    public void Evaluate_OnePaymentCoveringTwoInstallmentsEarly_BothKept()
    {
        var promise = PromiseToPay.InInstallments(
            new PromiseId("PTP-5"),
            ThisAccount,
            D(2026, 3, 20),
            [new(D(2026, 4, 1), Sar(500m)), new(D(2026, 5, 1), Sar(500m)), new(D(2026, 6, 1), Sar(500m))],
            ByCall);

        var evaluation = Evaluate(promise, D(2026, 4, 5), Pay("P1", 1_200m, D(2026, 3, 25)));

        Assert.Equal(["kept", "kept", "pending"], evaluation.Installments.Select(i => i.Status.Code));
        Assert.Equal([Sar(500m), Sar(500m), Sar(200m)], evaluation.Installments.Select(i => i.PaidWithinGrace));
        Assert.Equal(PromiseStatus.Pending, evaluation.Status);
        Assert.True(evaluation.IsInGoodStanding);
    }

    [Fact]
    public void EvaluateAll_GivesTheSameAsOneByOne()
    {
        var first = ThousandByTenthOfMarch();
        var second = PromiseToPay.Create(new PromiseId("PTP-2"), OtherAccount, D(2026, 3, 2), Sar(250m), D(2026, 3, 5), new PromiseOrigin(Channel.Sms));
        Payment[] payments = [Pay("P1", 400m, D(2026, 3, 5)), Pay("P2", 250m, D(2026, 3, 8), account: OtherAccount)];

        var all = PromiseEvaluator.EvaluateAll([first, second], payments, [], D(2026, 3, 31));

        Assert.Equal(2, all.Length);
        Assert.Equal(PromiseStatus.PartiallyKept, all[0].Status);
        Assert.Equal(PromiseStatus.Kept, all[1].Status);
        Assert.Equal(PromiseEvaluator.Evaluate(second, payments, [], D(2026, 3, 31)).AmountKept, all[1].AmountKept);
        Assert.Equal("sms", all[1].Origin.Channel.Code);
    }

    [Fact]
    public void Evaluate_AsOfBeforeThePromiseWasMade_Refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluate(ThousandByTenthOfMarch(), D(2026, 2, 28)));

        Assert.Equal("asOf", error.ParamName);
        Assert.Contains("promise PTP-1 was made (2026-03-01)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SamePaymentTwice_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), Pay("P1", 1m, D(2026, 3, 5)), Pay("P1", 2m, D(2026, 3, 6))));

        Assert.Contains("Payment P1 appears more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PaymentInAnotherCurrency_RefusedNamingIt()
    {
        var dollars = new Payment(new PaymentId("P9"), ThisAccount, Money.Of(100m, Currency.UsDollar), D(2026, 3, 5), NoonOn(D(2026, 3, 5)), PaymentMethod.Card);

        var error = Assert.Throws<ArgumentException>(() => Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), dollars));

        Assert.Contains("Payment P9 is in USD but promise PTP-1 is in SAR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReversalNamingAnotherAccount_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1m, D(2026, 3, 5))], [Reverse("P1", D(2026, 3, 6), OtherAccount)], D(2026, 3, 20)));

        Assert.Contains("The reversal of payment P1 names account ACC-2, but the payment is on account ACC-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoDifferentReversalsOfOnePayment_RefusedWhicheverOrder()
    {
        // Which of them counts, and from when, would depend on the order given: the answer is to give one.
        var early = Reverse("P1", D(2026, 3, 9));
        var late = Reverse("P1", D(2026, 3, 25));
        PaymentReversal[][] orders = [[early, late], [late, early]];

        foreach (var reversals in orders)
        {
            var error = Assert.Throws<ArgumentException>(() =>
                PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], reversals, D(2026, 3, 20)));

            Assert.Equal("reversals", error.ParamName);
            Assert.Contains("Payment P1 is reversed twice, differently", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_TheSameReversalGivenTwice_CountsOnce()
    {
        var reversal = Reverse("P1", D(2026, 3, 9));

        var twice = PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [reversal, reversal with { }], D(2026, 3, 20));
        var once = PromiseEvaluator.Evaluate(ThousandByTenthOfMarch(), [Pay("P1", 1_000m, D(2026, 3, 8))], [reversal], D(2026, 3, 20));

        Assert.Equal(once.Status, twice.Status);
        Assert.Equal(once.AmountKept, twice.AmountKept);
        Assert.Equal(PromiseStatus.Broken, twice.Status);
    }
}
