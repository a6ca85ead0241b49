using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

public sealed class PromiseToPayTests
{
    [Fact]
    public void Create_OneAmountOneDate_OneInstallmentWithTheOrigin()
    {
        var promise = ThousandByTenthOfMarch() with { CreatedAt = At(D(2026, 3, 1), 10, 15) };

        Assert.Single(promise.Installments);
        Assert.Equal(Sar(1_000m), promise.Amount);
        Assert.Equal(D(2026, 3, 10), promise.DueOn);
        Assert.False(promise.HasInstallments);
        Assert.Equal("agent-7", promise.Origin.Agent);
        Assert.Equal("ptp-script-ar", promise.Origin.Template);
        Assert.Equal(Channel.Call, promise.Origin.Channel);
        Assert.Equal(ThousandByTenthOfMarch() with { CreatedAt = At(D(2026, 3, 1), 10, 15) }, promise);
    }

    [Fact]
    public void InInstallments_EveryBrokenRule_ListedInOneError()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.InInstallments(
            new PromiseId("PTP-9"),
            ThisAccount,
            D(2026, 3, 10),
            [new(D(2026, 3, 9), Sar(100m)), new(D(2026, 3, 9), Money.Of(5m, Currency.UsDollar))],
            ByCall));

        Assert.Contains("Promise PTP-9:", error.Message, StringComparison.Ordinal);
        Assert.Contains("installment 1 is due on 2026-03-09, before the creation date 2026-03-10", error.Message, StringComparison.Ordinal);
        Assert.Contains("installment 2 is in USD but installment 1 in SAR", error.Message, StringComparison.Ordinal);
        Assert.Contains("installment 2 is due on 2026-03-09, not after installment 1 (2026-03-09)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InInstallments_None_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.InInstallments(new PromiseId("PTP-9"), ThisAccount, D(2026, 3, 10), [], ByCall));

        Assert.Contains("at least one installment is needed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ZeroAmount_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseToPay.Create(new PromiseId("PTP-9"), ThisAccount, D(2026, 3, 1), Sar(0m), D(2026, 3, 2), ByCall));

        Assert.Contains("the amount (0.00 SAR) must be greater than zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PromiseInstallment_ZeroAmount_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromiseInstallment(D(2026, 3, 1), Sar(0m)));

    [Fact]
    public void Origin_PaddedAgent_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PromiseOrigin(Channel.Call, agent: " agent-7"));

        Assert.Equal("agent", error.ParamName);
    }

    [Fact]
    public void Origin_SelfService_NoAgentNoTemplate()
    {
        var origin = new PromiseOrigin(Channel.App);

        Assert.Null(origin.Agent);
        Assert.Null(origin.Template);
    }

    [Fact]
    public void EqualParts_ThousandInThree_LeftOverHalalasToTheFirst()
    {
        var parts = PromiseInstallment.EqualParts(Sar(1_000m), 3, D(2026, 1, 31), Period.FromMonths(1));

        Assert.Equal([Sar(333.34m), Sar(333.33m), Sar(333.33m)], parts.Select(p => p.Amount));
        Assert.Equal([D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31)], parts.Select(p => p.DueOn));
    }

    [Fact]
    public void EqualParts_BadArguments_EveryViolationListed()
    {
        var error = Assert.Throws<ArgumentException>(() => PromiseInstallment.EqualParts(Sar(0.02m), 3, D(2026, 1, 1), Period.FromHours(5)));

        Assert.Contains("less than one minor unit per installment", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be a positive period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PromiseRules_GraceOutOfRange_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PromiseRules { GraceDays = -1 });

    [Fact]
    public void Ids_PaddedText_Refused()
    {
        Assert.Throws<ArgumentException>(() => new PromiseId(" 1"));
        Assert.False(PaymentPlanId.TryCreate("", out _));
        Assert.True(PromiseId.TryCreate("0042", out var id));
        Assert.NotEqual(new PromiseId("42"), id);
    }

    [Fact]
    public void Statuses_HaveTheBriefsArabicTerms()
    {
        Assert.Equal("تم الوفاء", PromiseStatus.Kept.Title.Arabic);
        Assert.Equal("لم يتم الوفاء", PromiseStatus.Broken.Title.Arabic);
        Assert.True(PromiseStatus.TryFromCode("PARTIALLY_KEPT", out var partial));
        Assert.Equal(3, partial.Value);
        Assert.Equal([1, 2, 3, 4], PromiseStatus.All.Select(s => s.Value));
        Assert.Equal([1, 2, 3], PaymentPlanStanding.All.Select(s => s.Value));
    }
}
