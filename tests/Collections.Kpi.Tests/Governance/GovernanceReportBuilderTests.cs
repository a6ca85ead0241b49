using Collections.Kpi.Governance;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>The governance report of <see cref="GovernanceCase"/>, every expected value worked out by hand in the case's remarks.</summary>
public sealed class GovernanceReportBuilderTests
{
    private static readonly GovernanceReport Report = Build();

    [Fact]
    public void Build_TwoWeeks_PeriodsInDateOrderWithTheCreditorsSettings()
    {
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook)
            .AddPeriod(GovernanceCase.Report(Week2))
            .AddPeriod(GovernanceCase.Report(Week1))
            .Build();

        Assert.Equal([Week1, Week2], report.Periods.Select(p => p.Period));
        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 14)), report.Span);
        Assert.Equal(IsoDayOfWeek.Sunday, report.FirstDayOfWeek);
        Assert.Equal("Asia/Riyadh", report.CreditorZone);
        Assert.Equal(Bank, report.Creditor);
        Assert.Null(report.Baseline);
        Assert.Null(report.Periods[0].Aging);
    }

    [Fact]
    public void Kpis_RpcRateWeek1_ValueBaselineTargetDeltaAndMet()
    {
        var line = Report.Periods[0].Kpi(KpiId.RightPartyContactRate)!;

        Assert.Equal(new Rate(2, 6), line.Figure.Rate);
        Assert.Equal(33.33m, Math.Round(line.Value!.Value, 2));
        Assert.Equal(25m, line.Baseline);
        Assert.Equal(30m, line.Target);
        Assert.Equal(8.33m, Math.Round(line.Delta!.Change!.Value, 2));
        Assert.Equal(KpiTrend.Better, line.Delta.Trend);
        Assert.Equal(3.33m, Math.Round(line.TargetGap!.Value, 2));
        Assert.Equal(KpiTargetStatus.Met, line.Status);
        Assert.Equal("Right-party contact (RPC) rate", line.Title.English);
        Assert.Equal(KpiUnit.Percent, line.Unit);
    }

    [Fact]
    public void Kpis_RpcRateWeek2_HalfOfTwoAttempts()
    {
        var line = Report.Periods[1].Kpi(KpiId.RightPartyContactRate)!;

        Assert.Equal(new Rate(1, 2), line.Figure.Rate);
        Assert.Equal(50m, line.Value);
        Assert.Equal(KpiTargetStatus.Met, line.Status);
    }

    [Fact]
    public void Kpis_BrokenRateAboveItsTarget_MissedBecauseLowerIsBetter()
    {
        var line = Report.Periods[0].Kpi(KpiId.PromiseBrokenRate)!;

        Assert.Equal(new Rate(1, 3), line.Figure.Rate);
        Assert.Equal(KpiDirection.LowerIsBetter, line.Direction);
        Assert.Equal(20m, line.Target);
        Assert.Equal(KpiTargetStatus.Missed, line.Status);
    }

    [Fact]
    public void Kpis_ZeroDenominatorWithATarget_NoValueNotZero()
    {
        // No agent time was logged: RPCs per agent-hour has a zero denominator.
        var line = Report.Periods[0].Kpi(KpiId.RightPartyContactsPerAgentHour)!;

        Assert.Equal(0m, line.Figure.Rate.Denominator);
        Assert.Null(line.Value);
        Assert.Equal(KpiTargetStatus.NoValue, line.Status);
        Assert.Null(line.TargetGap);
    }

    [Fact]
    public void Kpis_WithoutTargetOrBaseline_NoTargetAndNoDelta()
    {
        var line = Report.Periods[0].Kpi(KpiId.ContactRate)!;

        Assert.Equal(new Rate(2, 6), line.Figure.Rate);
        Assert.Null(line.Target);
        Assert.Null(line.Baseline);
        Assert.Null(line.Delta);
        Assert.Equal(KpiTargetStatus.NoTarget, line.Status);
    }

    [Fact]
    public void Kpis_EveryKpiComputedFromFacts_InCatalogOrder()
    {
        var expected = KpiCatalog.Default.Definitions.Where(d => d.Source == KpiSource.Accumulator).Select(d => d.Id);

        Assert.Equal(expected, Report.Periods[0].Kpis.Select(k => k.Id));
    }

    [Fact]
    public void Aging_Week1End_BucketTotalsAndCounts()
    {
        var aging = Report.Periods[0].Aging!;

        Assert.Equal(new LocalDate(2026, 3, 7), aging.AsOf);
        Assert.Equal(["current", "1-30", "31-60", "61-90", "91-120", "121+"], aging.Lines.Select(l => l.Bucket.Label));
        Assert.Equal([0, 1, 1, 0, 0, 0], aging.Lines.Select(l => l.Accounts));
        Assert.Equal([Sr(0m), Sr(1_000m), Sr(500m), Sr(0m), Sr(0m), Sr(0m)], aging.Lines.Select(l => l.Balance));
        Assert.Equal(2, aging.Accounts);
        Assert.Equal(Sr(1_500m), aging.Balance);
    }

    [Fact]
    public void Channels_Week1_AttemptsRpcProductiveAndCost()
    {
        var call = Report.Periods[0].Channels.Single(c => c.Channel == Channel.Call);
        var sms = Report.Periods[0].Channels.Single(c => c.Channel == Channel.Sms);

        Assert.Equal((4L, 2L, 1L), (call.Attempts, call.RightPartyContacts, call.ProductiveContacts));
        Assert.Equal(Sr(4.80m), call.Cost);
        Assert.Equal(Sr(4.80m), call.CostPerProductiveContact);
        Assert.Equal((2L, 0L, 0L), (sms.Attempts, sms.RightPartyContacts, sms.ProductiveContacts));
        Assert.Equal(Sr(2.00m), sms.Cost);
        Assert.Null(sms.CostPerProductiveContact); // no productive contact: n/a, not 0
        Assert.Equal(new Rate(0, 2), sms.RightPartyContactRate.Rate);
        Assert.Equal(0m, sms.RightPartyContactRate.Value);
    }

    [Fact]
    public void Channels_Pooled_SumOfBothWeeks()
    {
        var call = Report.Pooled.Channels.Single(c => c.Channel == Channel.Call);
        var sms = Report.Pooled.Channels.Single(c => c.Channel == Channel.Sms);

        Assert.Equal([Channel.Call, Channel.Sms], Report.Pooled.Channels.Select(c => c.Channel));
        Assert.Equal((5L, 3L, 2L), (call.Attempts, call.RightPartyContacts, call.ProductiveContacts));
        Assert.Equal(60m, call.RightPartyContactRate.Value);
        Assert.Equal(Sr(6.00m), call.Cost);
        Assert.Equal(Sr(3.00m), call.CostPerProductiveContact);
        Assert.Equal(new Rate(2, 6.00m), call.ProductiveContactsPerCost);
        Assert.Equal((3L, 0L, 0L), (sms.Attempts, sms.RightPartyContacts, sms.ProductiveContacts));
        Assert.Equal(Sr(3.00m), sms.Cost);
        Assert.Null(sms.CostPerProductiveContact);
    }

    [Fact]
    public void Channels_WithoutAUnitCost_CostFiguresAreNull()
    {
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).Build();
        var call = report.Pooled.Channels.Single(c => c.Channel == Channel.Call);

        Assert.Null(call.UnitCost);
        Assert.Null(call.Cost);
        Assert.Null(call.CostPerProductiveContact);
        Assert.Null(call.ProductiveContactsPerCost);
    }

    [Fact]
    public void PromiseKept_ByAgentAndTemplate_PooledWithCodebookLabels()
    {
        var agents = Report.Pooled.PromiseKeptByAgent;
        var templates = Report.Pooled.PromiseKeptByTemplate;

        // Code 0: the SMS attempts had no agent ("not given"), and no promise of theirs fell due without an agent.
        Assert.Equal(["(not given)", "noura", "fahad"], agents.Select(a => a.Label));
        Assert.Null(agents[0].KeptRate.Value);
        Assert.Equal(new Rate(2, 2), agents[1].KeptRate.Rate);
        Assert.Equal(new Rate(0, 2), agents[2].KeptRate.Rate);
        Assert.Equal(0m, agents[2].KeptRate.Value);
        Assert.Equal((50m, 500m), (agents[2].AmountKept, agents[2].AmountPromised));
        Assert.Equal(10m, agents[2].KeptAmountRate.Value);
        Assert.Equal(["(not given)", "ptp-ar"], templates.Select(t => t.Label));
        Assert.Equal(new Rate(0, 1), templates[1].KeptRate.Rate);
        Assert.Equal(new Rate(2, 4), Report.Pooled.PromiseKept.Rate);
        Assert.Equal(new Rate(250, 700), Report.Pooled.PromiseKeptAmount.Rate);
    }

    [Fact]
    public void PromiseKept_AgentWithNoPromiseDueInAWeek_NoValue()
    {
        // Week 2: fahad made no attempt and had no promise due, so he is not listed; noura had one kept promise.
        var agents = Report.Periods[1].PromiseKeptByAgent;

        Assert.Equal(["(not given)", "noura"], agents.Select(a => a.Label));
        Assert.Equal(new Rate(1, 1), agents[1].KeptRate.Rate);
        var template = Report.Periods[1].PromiseKeptByTemplate.Single(t => t.Label == "ptp-ar");
        Assert.Null(template.KeptRate.Value); // an SMS attempt but no promise due: n/a, not 0%
    }

    [Fact]
    public void Segments_ForwardRoll_PooledByCountAndBalance()
    {
        var early = Report.Pooled.Segments.Single(s => s.Label == "early");
        var late = Report.Pooled.Segments.Single(s => s.Label == "late");

        Assert.Equal(new Rate(2, 4), early.ForwardRoll.Rate);
        Assert.Equal(new Rate(1_000m, 2_800m), early.ForwardRollBalance.Rate);
        Assert.Equal((4L, 2L, 2_800m, 1_000m), (early.AccountsAtRisk, early.AccountsRolled, early.BalanceAtRisk, early.BalanceRolled));
        Assert.Equal(new Rate(2, 4), late.ForwardRoll.Rate);
        Assert.Equal(new Rate(4_000m, 6_000m), late.ForwardRollBalance.Rate);
        Assert.Equal(new Rate(4, 8), Report.Pooled.ForwardRoll.Rate);
    }

    [Fact]
    public void RollRates_HeatMap_PerWeekAndPooled()
    {
        var from = State("31-60");
        var to = State("61-90");

        var week1 = Report.Periods[0].RollRates.Cell(from, to);
        Assert.Equal((1L, Sr(2_000m), new Rate(1, 2)), (week1.Count, week1.Balance, week1.Share));

        var pooled = Report.Pooled.RollRates.Cell(from, to);
        Assert.Equal((2L, Sr(2_500m)), (pooled.Count, pooled.Balance));
        Assert.Equal(new Rate(2, 4), pooled.Share);
        Assert.Equal(new Rate(2_500m, 4_500m), pooled.BalanceShare);
        Assert.Equal(new Rate(1, 2), Report.Pooled.RollRates.ForwardRollRate(Bucket("1-30")));
        Assert.Equal(7 * 7, Report.Pooled.RollRates.Cells.Length);
    }

    [Fact]
    public void RollRates_EmptyRow_ShareIsNotAvailable()
    {
        var cell = Report.Pooled.RollRates.Cell(State("121+"), State("121+"));

        Assert.Equal(0, cell.Count);
        Assert.False(cell.Share.IsDefined);
        Assert.False(Report.Pooled.RollRates.ForwardRollRate(Bucket("121+")).IsDefined);
    }

    [Fact]
    public void Accounts_OrderedById_WithTheirActivity()
    {
        Assert.Equal(["A0", "A1", "A2", "A3"], Report.Accounts.Select(a => a.Account.Value));
        Assert.True(Report.Accounts[1].HasOpenDispute);
    }

    [Fact]
    public void Provenance_HashIs64HexDigitsAndTheAuditHeadIsRecorded()
    {
        var head = new Collections.Core.Audit.AuditHead(3, new string('a', 64));
        var builder = Builder();
        builder.AuditHead = head;
        var report = builder.Build();

        Assert.Matches("^[0-9a-f]{64}$", report.Provenance.InputSha256);
        Assert.Equal(head, report.Provenance.AuditHead);
        Assert.Equal(1, report.Provenance.CanonicalFormVersion);
        Assert.Equal(Report.Provenance.InputSha256, report.Provenance.InputSha256); // the head is beside the hash, not in it
    }

    [Fact]
    public void Provenance_AChangedTarget_ChangesTheHash()
    {
        var other = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { Baseline = GovernanceCase.Baseline }
            .AddPeriod(GovernanceCase.Report(Week1), AgingAt(Week1))
            .AddPeriod(GovernanceCase.Report(Week2), AgingAt(Week2))
            .AddTarget(new KpiTarget(KpiId.RightPartyContactRate, 31m))
            .AddTarget(new KpiTarget(KpiId.PromiseBrokenRate, 20m))
            .AddTarget(new KpiTarget(KpiId.RightPartyContactsPerAgentHour, 5m))
            .AddChannelCost(Channel.Call, Sr(1.20m))
            .AddChannelCost(Channel.Sms, Sr(1.00m))
            .AddAccounts(Activities)
            .Build();

        Assert.NotEqual(Report.Provenance.InputSha256, other.Provenance.InputSha256);
    }

    [Fact]
    public void Provenance_TrailingZerosOfATarget_DoNotChangeTheHash()
    {
        var a = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).AddTarget(new KpiTarget(KpiId.CureRate, 35m)).Build();
        var b = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook).AddPeriod(GovernanceCase.Report(Week1)).AddTarget(new KpiTarget(KpiId.CureRate, 35.000m)).Build();

        Assert.Equal(a.Provenance.InputSha256, b.Provenance.InputSha256);
    }

    [Fact]
    public void Monthly_ACalendarMonthScope_IsOnePeriod()
    {
        var march = GovernancePeriod.Containing(GovernancePeriodKind.Monthly, new LocalDate(2026, 3, 17), IsoDayOfWeek.Sunday);
        var accumulator = new KpiAccumulator(KpiScope.Create(march.Interval, Sar, Buckets, Breakdowns));
        accumulator.Add(Week1Attempts).Add(Week2Attempts);
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook).AddPeriod(accumulator.ToReport()).Build();

        Assert.Equal(march, report.Periods.Single().Period);
        Assert.Equal(new Rate(3, 8), report.Periods[0].Kpi(KpiId.RightPartyContactRate)!.Figure.Rate);
    }
}
