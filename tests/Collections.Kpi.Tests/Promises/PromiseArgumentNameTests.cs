using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>Every refusal of a promise, plan or installment schedule names the argument at fault in <see cref="ArgumentException.ParamName"/>,
/// so a host can map it to its own field.</summary>
public sealed class PromiseArgumentNameTests
{
    private static readonly PromiseInstallment[] ThreeMonths = [.. PromiseInstallment.EqualParts(Sar(300m), 3, D(2026, 4, 5), Period.FromMonths(1))];

    [Fact]
    public void Create_ZeroAmount_NamesAmount()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.Create(new PromiseId("PTP-0"), ThisAccount, D(2026, 3, 1), Sar(0m), D(2026, 3, 10), ByCall));

        Assert.Equal("amount", error.ParamName);
        Assert.Contains("Promise PTP-0: the amount (0.00 SAR) must be greater than zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DueBeforeCreated_NamesDueOn()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.Create(new PromiseId("PTP-0"), ThisAccount, D(2026, 3, 10), Sar(5m), D(2026, 3, 9), ByCall));

        Assert.Equal("dueOn", error.ParamName);
        Assert.Contains("it is due on 2026-03-09, before the creation date 2026-03-10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZeroAmountAndDueBeforeCreated_BothListed_NamesAmountFirst()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.Create(new PromiseId("PTP-0"), ThisAccount, D(2026, 3, 10), Sar(0m), D(2026, 3, 9), ByCall));

        Assert.Equal("amount", error.ParamName);
        Assert.Contains("must be greater than zero", error.Message, StringComparison.Ordinal);
        Assert.Contains("before the creation date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InInstallments_NoInstallment_NamesInstallments()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.InInstallments(new PromiseId("PTP-0"), ThisAccount, D(2026, 3, 1), [], ByCall));

        Assert.Equal("installments", error.ParamName);
    }

    [Theory]
    [InlineData(0, 300, 1, "count")]
    [InlineData(3, 0, 1, "total")]
    [InlineData(400, 3, 1, "total")] // SAR 0.03 is less than one minor unit for each of 400 installments
    [InlineData(3, 300, 0, "interval")]
    public void EqualParts_BadArgument_Named(int count, int totalMinorUnits, int months, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PromiseInstallment.EqualParts(Money.FromMinorUnits(totalMinorUnits, Currency.SaudiRiyal), count, D(2026, 4, 5), Period.FromMonths(months)));

        Assert.Equal(expected, error.ParamName);
        Assert.StartsWith("Cannot split into installments: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentPlan_NegativeTolerance_NamesMissedInstallmentsAllowed()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PaymentPlan.Create(new PaymentPlanId("PLAN-0"), ThisAccount, D(2026, 3, 25), ThreeMonths, ByCall, missedInstallmentsAllowed: -1));

        Assert.Equal("missedInstallmentsAllowed", error.ParamName);
        Assert.Contains("missedInstallmentsAllowed is -1; it must be 0 or more and fewer than the 3 installment(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentPlan_BadInstallmentsAndTolerance_NamesInstallments()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PaymentPlan.Create(new PaymentPlanId("PLAN-0"), ThisAccount, D(2026, 4, 30), ThreeMonths, ByCall, missedInstallmentsAllowed: -1));

        Assert.Equal("installments", error.ParamName);
        Assert.Contains("installment 1 is due on 2026-04-05, before the creation date 2026-04-30", error.Message, StringComparison.Ordinal);
        Assert.Contains("missedInstallmentsAllowed is -1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PaymentInAnotherCurrency_NamesPayments()
    {
        var dollars = new Payment(new PaymentId("P9"), ThisAccount, Money.Of(100m, Currency.UsDollar), D(2026, 3, 5), NoonOn(D(2026, 3, 5)), PaymentMethod.Card);
        var plan = PaymentPlan.Create(new PaymentPlanId("PLAN-0"), ThisAccount, D(2026, 3, 1), ThreeMonths, ByCall);

        var promiseError = Assert.Throws<ArgumentException>(() => Evaluate(ThousandByTenthOfMarch(), D(2026, 3, 20), dollars));
        var allError = Assert.Throws<ArgumentException>(() => PromiseEvaluator.EvaluateAll([ThousandByTenthOfMarch()], [dollars], [], D(2026, 3, 20)));
        var planError = Assert.Throws<ArgumentException>(() => PromiseEvaluator.Evaluate(plan, [dollars], [], D(2026, 3, 20)));

        Assert.Equal(["payments", "payments", "payments"], [promiseError.ParamName, allError.ParamName, planError.ParamName]);
        Assert.Contains("Payment P9 is in USD but payment plan PLAN-0 is in SAR", planError.Message, StringComparison.Ordinal);
    }
}
