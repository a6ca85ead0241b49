using Collections.Kpi.Governance;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>A monthly report whose month comes with its ledger figures shows CEI and DSO beside the accumulator's KPIs.</summary>
/// <remarks>Ledger: I2 500.00 issued 2026-02-10 due 2026-03-12 and I0 1,000.00 issued 2026-03-05 due 2026-04-04, both open
/// on 2026-03-31. March: opening 500.00 (February's closing), credit sales 1,000.00, closing 1,500.00, closing current
/// 1,000.00 (I2 is 19 days past due). DSO = 1,500 / 1,000 × 31 = 46.5 days; CEI = (500 + 1,000 − 1,500) / (500 + 1,000 −
/// 1,000) × 100 = 0%.</remarks>
public sealed class GovernanceLedgerTests
{
    private static readonly GovernancePeriod March = GovernancePeriod.Containing(GovernancePeriodKind.Monthly, new LocalDate(2026, 3, 1), IsoDayOfWeek.Sunday);

    private static LedgerMonthFigures MonthFigures(int month) => LedgerHistory.Rebuild(
        [
            new ReceivableItem(new ItemId("I2"), new AccountId("A2"), new LocalDate(2026, 2, 10), new LocalDate(2026, 3, 12), Sr(500m)),
            new ReceivableItem(new ItemId("I0"), new AccountId("A0"), new LocalDate(2026, 3, 5), new LocalDate(2026, 4, 4), Sr(1_000m)),
        ],
        new LocalDate(2026, 3, 31)).MonthEnds.Single(m => m.Month == new YearMonth(2026, month)).FiguresFor(Sar);

    private static KpiReport MarchReport() =>
        new KpiAccumulator(KpiScope.Create(March.Interval, Sar, Buckets, Breakdowns)).Add(Week1Attempts).ToReport();

    [Fact]
    public void AddPeriod_WithTheMonthsLedger_CeiAndDsoLinesInCatalogOrder()
    {
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook)
            .AddPeriod(MarchReport(), null, MonthFigures(3))
            .AddTarget(new KpiTarget(KpiId.DaysSalesOutstanding, 45m))
            .Build();
        var kpis = report.Periods.Single().Kpis;

        var dso = kpis.Single(k => k.Id == KpiId.DaysSalesOutstanding);
        Assert.Equal(46.5m, dso.Value);
        Assert.Equal(KpiTargetStatus.Missed, dso.Status); // lower is better: 46.5 > 45
        var cei = kpis.Single(k => k.Id == KpiId.CollectionEffectivenessIndex);
        Assert.Equal(0m, cei.Value);                      // a defined 0%, not n/a
        Assert.Equal(new Rate(0, 500), cei.Figure.Rate);
        Assert.Equal(kpis.Select(k => k.Id.Value).Order(), kpis.Select(k => k.Id.Value));
    }

    [Fact]
    public void AddPeriod_WithoutLedger_NoCeiOrDsoLine()
    {
        var report = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook).AddPeriod(MarchReport()).Build();

        Assert.Null(report.Periods[0].Kpi(KpiId.DaysSalesOutstanding));
        Assert.Null(report.Periods[0].Kpi(KpiId.CollectionEffectivenessIndex));
    }

    [Fact]
    public void AddPeriod_LedgerOfAnotherMonth_RefusedNamingTheLedger()
    {
        var builder = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook);

        var error = Assert.Throws<ArgumentException>(() => builder.AddPeriod(MarchReport(), null, MonthFigures(2)));

        Assert.Equal("ledger", error.ParamName);
        Assert.Contains("they are of 2026-02, the KPI report's period is 2026-03-01..2026-03-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_LedgerInAWeeklyReport_Refused()
    {
        var builder = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook);

        var error = Assert.Throws<ArgumentException>(() => builder.AddPeriod(GovernanceCase.Report(Week1), null, MonthFigures(3)));

        Assert.Contains("ledger figures are monthly and this report is weekly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTarget_RollRateMatrix_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new GovernanceReportBuilder(Bank, GovernancePeriodKind.Monthly, Sar, Codebook)
            .AddTarget(new KpiTarget(KpiId.RollRate, 10m)));

        Assert.Contains("'roll_rate' is a matrix, not one value", error.Message, StringComparison.Ordinal);
    }
}
