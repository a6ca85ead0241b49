using System.Globalization;
using static Collections.Kpi.Tests.Kpis.HandComputedCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Every KPI of the catalog on <see cref="HandComputedCase"/>, with the numerators and denominators worked out by hand.</summary>
public sealed class KpiHandComputedTests
{
    private static readonly KpiReport Report = HandComputedCase.Report();

    private static KpiBreakdownKey Agent(int code) => KpiBreakdownKey.For(KpiDimension.Agent, code);

    private static KpiBreakdownKey Segment(int code) => KpiBreakdownKey.For(KpiDimension.Segment, code);

    private static void AssertRate(decimal numerator, decimal denominator, KpiFigure figure)
    {
        Assert.Equal(new Rate(numerator, denominator), figure.Rate);
    }

    [Fact]
    public void Facts_CountsThoseInThePeriodAndSetsAsideTheOthers()
    {
        Assert.Equal(new KpiFactCounts(8, 1, 4, 1, 4, 1, 1, 1, 2, 1, 6), Report.Facts);
    }

    [Fact]
    public void RpcRate_ThreeRightPartyOfEightAttempts_37Point5Percent()
    {
        var figure = Report.Figure(KpiId.RightPartyContactRate);

        AssertRate(3, 8, figure);
        Assert.Equal(37.5m, figure.Value);
    }

    [Fact]
    public void RpcRate_PerChannel_CallsThreeOfSix_SmsNoneOfOne_EmailNa()
    {
        AssertRate(3, 6, Report.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(Channel.Call)));
        AssertRate(0, 1, Report.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(Channel.Sms)));
        Assert.Equal(0m, Report.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(Channel.Sms)).Value);
        var email = Report.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(Channel.Email));
        Assert.False(email.IsDefined);
        Assert.Null(email.Value);
    }

    [Fact]
    public void ContactRate_RightPartyPlusThirdParty_FourOfEight()
    {
        AssertRate(4, 8, Report.Figure(KpiId.ContactRate));
    }

    [Fact]
    public void ChannelContactRate_ProductiveContacts_TwoOfEightOverall_TwoOfSixCalls()
    {
        AssertRate(2, 8, Report.Figure(KpiId.ChannelContactRate));
        AssertRate(2, 6, Report.Figure(KpiId.ChannelContactRate, KpiBreakdownKey.For(Channel.Call)));
        AssertRate(0, 1, Report.Figure(KpiId.ChannelContactRate, KpiBreakdownKey.For(Channel.WhatsApp)));
    }

    [Fact]
    public void ContactCoverage_FourOfFiveInventoryAccountsAttempted_NotTheAccountOutsideInventory()
    {
        AssertRate(4, 5, Report.Figure(KpiId.ContactCoverage));
        Assert.Equal(80m, Report.Figure(KpiId.ContactCoverage).Value);
        AssertRate(2, 2, Report.Figure(KpiId.ContactCoverage, Segment(1)));
        AssertRate(2, 3, Report.Figure(KpiId.ContactCoverage, Segment(2)));
    }

    [Fact]
    public void PayingAccountsRate_ThreeOfFive_TheAprilPaymentLeftOut()
    {
        AssertRate(3, 5, Report.Figure(KpiId.PayingAccountsRate));
        AssertRate(2, 2, Report.Figure(KpiId.PayingAccountsRate, Segment(1)));
        AssertRate(1, 3, Report.Figure(KpiId.PayingAccountsRate, Segment(2)));
    }

    [Fact]
    public void PtpRate_OnePromiseInThreeRightPartyContacts_TheAprilPromiseLeftOut()
    {
        AssertRate(1, 3, Report.Figure(KpiId.PromiseToPayRate));
    }

    [Fact]
    public void PtpKept_TwoKeptOnePartialOneBrokenOfFour_AnOverpaymentCountsAsKept()
    {
        AssertRate(2, 4, Report.Figure(KpiId.PromiseKeptRate));
        AssertRate(1, 4, Report.Figure(KpiId.PromisePartiallyKeptRate));
        AssertRate(1, 4, Report.Figure(KpiId.PromiseBrokenRate));
    }

    [Fact]
    public void PtpKeptByAmount_MinOfPaidAndPromised_720Of1100()
    {
        var figure = Report.Figure(KpiId.PromiseKeptAmountRate);

        AssertRate(720.00m, 1_100.00m, figure);
        Assert.Equal("65.45%", figure.Format(2, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PtpKept_ByAgentAndChannel()
    {
        AssertRate(1, 1, Report.Figure(KpiId.PromiseKeptRate, Agent(1)));
        AssertRate(0, 1, Report.Figure(KpiId.PromiseKeptRate, Agent(2)));
        AssertRate(1, 1, Report.Figure(KpiId.PromisePartiallyKeptRate, Agent(2)));
        AssertRate(1, 2, Report.Figure(KpiId.PromiseKeptRate, Agent(0)));
        AssertRate(1, 2, Report.Figure(KpiId.PromiseKeptRate, KpiBreakdownKey.For(Channel.Call)));
        AssertRate(0, 1, Report.Figure(KpiId.PromiseKeptRate, KpiBreakdownKey.For(Channel.WhatsApp)));
    }

    [Fact]
    public void ResolutionRate_PaidSettledAndPlanInInventory_ThreeOfFive_TheSettledAccountOutsideInventoryLeftOut()
    {
        AssertRate(3, 5, Report.Figure(KpiId.ResolutionRate));
        AssertRate(1, 2, Report.Figure(KpiId.ResolutionRate, Segment(1)));
        AssertRate(2, 3, Report.Figure(KpiId.ResolutionRate, Segment(2)));
    }

    [Fact]
    public void CureRate_TwoOfFourDelinquentAtStart_PerBucketAndSegment()
    {
        AssertRate(2, 4, Report.Figure(KpiId.CureRate));
        AssertRate(1, 2, Report.Figure(KpiId.CureRate, KpiBreakdownKey.For(Bucket("1-30"))));
        AssertRate(1, 1, Report.Figure(KpiId.CureRate, KpiBreakdownKey.For(Bucket("31-60"))));
        AssertRate(0, 1, Report.Figure(KpiId.CureRate, KpiBreakdownKey.For(Bucket("61-90"))));
        Assert.Null(Report.Figure(KpiId.CureRate, KpiBreakdownKey.For(Bucket("91-120"))).Value);
        Assert.Null(Report.Figure(KpiId.CureRate, KpiBreakdownKey.For(Bucket("current"))).Value);
        AssertRate(2, 2, Report.Figure(KpiId.CureRate, Segment(1)));
        AssertRate(0, 2, Report.Figure(KpiId.CureRate, Segment(2)));
    }

    [Fact]
    public void CureRate_EqualsTheRollRateMatrixs()
    {
        Assert.Equal(Report.RollRates.CureRate(), Report.Figure(KpiId.CureRate).Rate);
        Assert.Equal(1, Report.RollRates.Entered(State("1-30")).Count);
        Assert.Equal(Sr(1_500.00m), Report.RollRates.Entered(State("1-30")).Balance);
    }

    [Fact]
    public void ForwardRollRate_OneOfFiveByCount_2000Of4300ByStartBalance()
    {
        AssertRate(1, 5, Report.Figure(KpiId.ForwardRollRate));
        AssertRate(2_000.00m, 4_300.00m, Report.Figure(KpiId.ForwardRollBalanceRate));
        AssertRate(1, 2, Report.Figure(KpiId.ForwardRollRate, KpiBreakdownKey.For(Bucket("1-30"))));
        AssertRate(0, 3, Report.Figure(KpiId.ForwardRollRate, Segment(1)));
        AssertRate(1, 2, Report.Figure(KpiId.ForwardRollRate, Segment(2)));
        Assert.Null(Report.Figure(KpiId.ForwardRollRate, KpiBreakdownKey.For(Bucket("121+"))).Value);
    }

    [Fact]
    public void LiquidationRate_770CollectedOf6000Placed_PerSegment()
    {
        AssertRate(770.00m, 6_000.00m, Report.Figure(KpiId.LiquidationRate));
        AssertRate(650.00m, 1_500.00m, Report.Figure(KpiId.LiquidationRate, Segment(1)));
        AssertRate(120.00m, 4_500.00m, Report.Figure(KpiId.LiquidationRate, Segment(2)));
    }

    [Fact]
    public void LiquidationAndCostPerUnitCollected_CountOnlyPaymentsOfAccountsInTheInventory_300Of3600()
    {
        // Placed in inventory: A0 1,000 + A1 2,000 + A2 500 (placed during) + A4 100 = 3,600; A3 (not in inventory, 700)
        // pays 100, which is not collected on the placed balance, as it is not counted among the paying accounts either.
        var report = new KpiAccumulator(Scope)
            .Add([
                new KpiAccount(0, InventoryStatus.AtStart) { Key = Seg(1), PlacedBalanceMinorUnits = 1_000_00 },
                new KpiAccount(1, InventoryStatus.AtStart) { Key = Seg(2), PlacedBalanceMinorUnits = 2_000_00 },
                new KpiAccount(2, InventoryStatus.PlacedDuring) { Key = Seg(1), PlacedBalanceMinorUnits = 500_00 },
                new KpiAccount(3, InventoryStatus.NotInInventory) { Key = Seg(1), PlacedBalanceMinorUnits = 700_00 },
                new KpiAccount(4, InventoryStatus.AtStart) { Key = Seg(2), PlacedBalanceMinorUnits = 100_00 }])
            .Add([new KpiPayment(0, new LocalDate(2026, 3, 10), 300_00) { Key = Seg(1) }, new KpiPayment(3, new LocalDate(2026, 3, 10), 100_00) { Key = Seg(1) }])
            .Add(new KpiAttempt(0, Channel.Call, AttemptOutcome.RightParty, new LocalDate(2026, 3, 10)) { Key = Seg(1), CostMinorUnits = 150 })
            .ToReport();

        AssertRate(300.00m, 3_600.00m, report.Figure(KpiId.LiquidationRate));
        AssertRate(300.00m, 1_500.00m, report.Figure(KpiId.LiquidationRate, Segment(1)));
        AssertRate(0m, 2_100.00m, report.Figure(KpiId.LiquidationRate, Segment(2)));
        AssertRate(1.50m, 300.00m, report.Figure(KpiId.CostPerUnitCollected));
        AssertRate(1, 4, report.Figure(KpiId.PayingAccountsRate));
        Assert.Equal(2, report.Facts.Payments);
    }

    [Fact]
    public void LiquidationRate_APaymentWithoutAnAccountFact_IsNotCollectedOnThePlacedBalance()
    {
        var report = new KpiAccumulator(Scope)
            .Add(new KpiAccount(0, InventoryStatus.AtStart) { Key = Seg(1), PlacedBalanceMinorUnits = 1_000_00 })
            .Add([new KpiPayment(0, new LocalDate(2026, 3, 10), 100_00) { Key = Seg(1) }, new KpiPayment(9, new LocalDate(2026, 3, 10), 50_00) { Key = Seg(1) }])
            .ToReport();

        AssertRate(100.00m, 1_000.00m, report.Figure(KpiId.LiquidationRate));
        AssertRate(100.00m, 1_000.00m, report.Figure(KpiId.LiquidationRate, Segment(1)));
    }

    [Fact]
    public void Efficiency_AttemptsPerRpc_CostPerUnitCollected_AverageHandleTime_RpcsPerAgentHour()
    {
        var attemptsPerRpc = Report.Figure(KpiId.AttemptsPerRightPartyContact);
        AssertRate(8, 3, attemptsPerRpc);
        Assert.Equal("2.67", attemptsPerRpc.Format(2, CultureInfo.InvariantCulture));

        AssertRate(9.13m, 770.00m, Report.Figure(KpiId.CostPerUnitCollected));

        var handle = Report.Figure(KpiId.AverageHandleTime);
        AssertRate(660, 4, handle);
        Assert.Equal(165m, handle.Value);
        AssertRate(400, 2, Report.Figure(KpiId.AverageHandleTime, Agent(1)));
        AssertRate(260, 2, Report.Figure(KpiId.AverageHandleTime, Agent(2)));

        var perHour = Report.Figure(KpiId.RightPartyContactsPerAgentHour);
        AssertRate(3, 36_000, perHour);
        Assert.Equal(0.3m, perHour.Value);
        Assert.Equal(0.25m, Report.Figure(KpiId.RightPartyContactsPerAgentHour, Agent(1)).Value);
        Assert.Equal(0.5m, Report.Figure(KpiId.RightPartyContactsPerAgentHour, Agent(2)).Value);
    }

    [Fact]
    public void ComplaintRate_OneComplaintPerThreeRpcs_333Per1000()
    {
        var figure = Report.Figure(KpiId.ComplaintRate);

        AssertRate(1, 3, figure);
        Assert.Equal("333.3 ‰", figure.Format(1, CultureInfo.InvariantCulture));
        Assert.Equal(1000m, Report.Figure(KpiId.ComplaintRate, Agent(2)).Value);
        AssertRate(0, 2, Report.Figure(KpiId.ComplaintRate, Agent(1)));
    }

    [Fact]
    public void RpcRate_PerAgentAndSegment()
    {
        AssertRate(2, 4, Report.Figure(KpiId.RightPartyContactRate, Agent(1)));
        AssertRate(1, 2, Report.Figure(KpiId.RightPartyContactRate, Agent(2)));
        AssertRate(0, 2, Report.Figure(KpiId.RightPartyContactRate, Agent(0)));
        AssertRate(1, 4, Report.Figure(KpiId.RightPartyContactRate, Segment(1)));
        AssertRate(2, 4, Report.Figure(KpiId.RightPartyContactRate, Segment(2)));
    }

    [Fact]
    public void Breakdown_ByAgent_OneFigurePerCodeWithData()
    {
        var figures = Report.Breakdown(KpiId.RightPartyContactRate, KpiDimension.Agent);

        Assert.Equal([0, 1, 2], figures.Select(f => f.Key.Code));
        Assert.Equal([new Rate(0, 2), new Rate(2, 4), new Rate(1, 2)], figures.Select(f => f.Rate));
        Assert.Equal([0, 1, 2, 4], Report.Codes(KpiDimension.Channel)); // 0: a promise whose channel was not given
    }

    [Fact]
    public void EmptyAccumulator_EveryFigureIsNa_NeverZero()
    {
        var report = new KpiAccumulator(Scope).ToReport();

        Assert.All(report.Figures(), f =>
        {
            Assert.False(f.IsDefined);
            Assert.Null(f.Value);
            Assert.Equal("n/a", f.Format(1, CultureInfo.InvariantCulture));
        });
        Assert.Equal(KpiCatalog.Default.Definitions.Count(d => d.Source == KpiSource.Accumulator), report.Figures().Length);
    }

    [Fact]
    public void ZeroDenominators_OnlyMessagesNoRpc_PtpRateAndComplaintRateNa_RpcRateZero()
    {
        var report = new KpiAccumulator(Scope)
            .Add(new KpiAttempt(0, Channel.Sms, AttemptOutcome.Delivered, new LocalDate(2026, 3, 2)))
            .Add(new KpiComplaint(0, new LocalDate(2026, 3, 2)))
            .ToReport();

        AssertRate(0, 1, report.Figure(KpiId.RightPartyContactRate));
        Assert.Equal(0m, report.Figure(KpiId.RightPartyContactRate).Value);
        Assert.Null(report.Figure(KpiId.PromiseToPayRate).Value);
        Assert.Null(report.Figure(KpiId.AttemptsPerRightPartyContact).Value);
        Assert.Null(report.Figure(KpiId.ComplaintRate).Value);
        Assert.Null(report.Figure(KpiId.AverageHandleTime).Value);
        Assert.Null(report.Figure(KpiId.ContactCoverage).Value);
        Assert.Null(report.Figure(KpiId.CostPerUnitCollected).Value);
    }

    [Theory]
    [InlineData(100_00, 100_00, true, false, false)]
    [InlineData(100_00, 99_99, false, true, false)]
    [InlineData(100_00, 1, false, true, false)]
    [InlineData(100_00, 0, false, false, true)]
    [InlineData(100_00, 250_00, true, false, false)]
    public void PromiseDue_ClassifiedFromTheAmounts(long promised, long paid, bool kept, bool partial, bool broken)
    {
        var promise = new KpiPromiseDue(0, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 5), promised, paid);

        Assert.Equal((kept, partial, broken), (promise.IsKept, promise.IsPartiallyKept, promise.IsBroken));
        Assert.Equal(Math.Min(promised, paid), promise.KeptMinorUnits);
    }

    [Fact]
    public void PartialPromises_ByAmount_EachCountsWhatWasPaid()
    {
        var due = new LocalDate(2026, 3, 10);
        var report = new KpiAccumulator(Scope)
            .Add([
                new KpiPromiseDue(0, due, due, 1_000_00, 250_00),
                new KpiPromiseDue(1, due, due, 3_000_00, 2_999_99),
                new KpiPromiseDue(2, due, due, 500_00, 0)])
            .ToReport();

        AssertRate(0, 3, report.Figure(KpiId.PromiseKeptRate));
        AssertRate(2, 3, report.Figure(KpiId.PromisePartiallyKeptRate));
        AssertRate(1, 3, report.Figure(KpiId.PromiseBrokenRate));
        AssertRate(3_249.99m, 4_500.00m, report.Figure(KpiId.PromiseKeptAmountRate));
    }
}
