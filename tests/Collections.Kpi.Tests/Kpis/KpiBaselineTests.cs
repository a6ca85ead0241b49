using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Baselines as values and deltas against them, with the direction each KPI improves in.</summary>
public sealed class KpiBaselineTests
{
    [Fact]
    public void Compare_CurrentAgainstBaseline_ChangeInPointsAndTrendByDirection()
    {
        var baseline = KpiBaseline.Create("assessment", [
            new KpiBaselineValue(KpiId.CureRate, 30m),
            new KpiBaselineValue(KpiId.ForwardRollRate, 20m),
            new KpiBaselineValue(KpiId.AverageHandleTime, 150m),
            new KpiBaselineValue(KpiId.ResolutionRate, null),
            new KpiBaselineValue(KpiId.PromiseKeptRate, 50m),
        ]);

        var deltas = baseline.Compare([
            new KpiBaselineValue(KpiId.CureRate, 36m),
            new KpiBaselineValue(KpiId.ForwardRollRate, 25m),
            new KpiBaselineValue(KpiId.AverageHandleTime, 165m),
            new KpiBaselineValue(KpiId.ResolutionRate, 60m),
            new KpiBaselineValue(KpiId.PromiseKeptRate, 50m),
            new KpiBaselineValue(KpiId.ComplaintRate, 2m),
        ]);

        Assert.Equal([KpiId.PromiseKeptRate, KpiId.ResolutionRate, KpiId.CureRate, KpiId.ForwardRollRate, KpiId.AverageHandleTime], deltas.Select(d => d.Id));
        var cure = deltas.Single(d => d.Id == KpiId.CureRate);
        Assert.Equal((6m, 0.2m, KpiTrend.Better), (cure.Change, cure.RelativeChange, cure.Trend));
        Assert.Equal((5m, KpiTrend.Worse), (deltas.Single(d => d.Id == KpiId.ForwardRollRate).Change, deltas.Single(d => d.Id == KpiId.ForwardRollRate).Trend));
        Assert.Equal(KpiTrend.Changed, deltas.Single(d => d.Id == KpiId.AverageHandleTime).Trend);
        Assert.Equal((null, KpiTrend.NotComparable), (deltas.Single(d => d.Id == KpiId.ResolutionRate).Change, deltas.Single(d => d.Id == KpiId.ResolutionRate).Trend));
        Assert.Equal(KpiTrend.Unchanged, deltas.Single(d => d.Id == KpiId.PromiseKeptRate).Trend);
        Assert.Equal("cure_rate: 30 → 36 (+6, Better)", cure.ToString());
    }

    [Fact]
    public void FromReport_ThenCompareTheSameReport_NothingChanged()
    {
        var report = HandComputedCase.Report();
        var baseline = KpiBaseline.FromReport("March", report);

        var deltas = baseline.Compare(report);

        Assert.Equal(report.Figures().Length, deltas.Length);
        Assert.Equal(HandComputedCase.March, baseline.Period);
        Assert.All(deltas, d => Assert.True(d.Trend is KpiTrend.Unchanged or KpiTrend.NotComparable));
        Assert.True(baseline.TryGet(KpiId.CureRate, out var cure));
        Assert.Equal(50m, cure.Value);
    }

    [Fact]
    public void FromAssessment_CureAndForwardRollFromTheMatrix_DsoAndCeiFromTheLedgerMonth()
    {
        var roll = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);
        roll.Add(State("1-30"), State("current"), Sr(100));
        roll.Add(State("1-30"), State("31-60"), Sr(300));
        roll.Add(State("31-60"), State("31-60"), Sr(100));
        roll.Add(State("current"), State("current"), Sr(50));
        var items = new[]
        {
            new ReceivableItem(new ItemId("I1"), new AccountId("A1"), new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), Sr(1_000)),
            new ReceivableItem(new ItemId("I2"), new AccountId("A1"), new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 20), Sr(500)) { SettledOn = new LocalDate(2026, 3, 25) },
        };
        var month = LedgerHistory.Rebuild(items, new LocalDate(2026, 3, 31)).MonthEnds[^1].FiguresFor(Sar);

        var baseline = KpiBaseline.FromAssessment("assessment 2026-03-31", roll.ToMatrix(), month);

        Assert.True(baseline.TryGet(KpiId.CureRate, out var cure));
        Assert.Equal(new Rate(1, 3).Percent, cure.Value);
        Assert.True(baseline.TryGet(KpiId.ForwardRollRate, out var forward));
        Assert.Equal(new Rate(1, 4).Percent, forward.Value); // current→current, 1-30→current, 1-30→31-60 (rolled), 31-60→31-60
        Assert.True(baseline.TryGet(KpiId.DaysSalesOutstanding, out var dso));
        Assert.Equal(month.DaysSalesOutstanding.Days, dso.Value);
        Assert.True(baseline.TryGet(KpiId.CollectionEffectivenessIndex, out var cei));
        Assert.Equal(month.CollectionEffectivenessIndex.Percent, cei.Value);
        Assert.Equal(5, baseline.Values.Length);
    }

    [Fact]
    public void Create_TwoValuesForOneKpi_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => KpiBaseline.Create("x", [new KpiBaselineValue(KpiId.CureRate, 1), new KpiBaselineValue(KpiId.CureRate, 2)]));

        Assert.Contains("cure_rate", error.Message, StringComparison.Ordinal);
    }
}
