using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>Reads a governance report's sections off the accumulator's reports (no KPI math of its own: figures are the
/// accumulator's; pooling sums numerators and denominators).</summary>
internal static class GovernanceSections
{
    public static GovernancePeriodReport Period(
        GovernancePeriod period,
        KpiReport report,
        AgingReport? aging,
        LedgerMonthFigures? ledger,
        AgingBucketSet buckets,
        KpiBaseline? baseline,
        IReadOnlyDictionary<KpiId, KpiTarget> targets,
        IReadOnlyDictionary<Channel, Money> costs,
        KpiCodebook codebook,
        Currency currency)
    {
        var figures = report.Figures().AsEnumerable();
        if (ledger is not null)
        {
            // CEI and DSO from the ledger's month, as the ledger computed them: the rate behind each value.
            var dso = ledger.DaysSalesOutstanding;
            figures = figures.Append(new KpiFigure(KpiId.CollectionEffectivenessIndex, KpiBreakdownKey.Overall, ledger.CollectionEffectivenessIndex.Rate, KpiUnit.Percent))
                .Append(new KpiFigure(
                    KpiId.DaysSalesOutstanding,
                    KpiBreakdownKey.Overall,
                    new Rate(dso.IsDefined ? (decimal)dso.ClosingReceivables.MinorUnits * dso.DaysInPeriod : 0m, dso.IsDefined ? dso.CreditSales.MinorUnits : 0m),
                    KpiUnit.Days));
        }

        var kpis = figures.OrderBy(f => f.Id.Value).Select(figure => KpiLine(figure, baseline, targets)).ToImmutableArray();
        var agingSnapshot = aging is null ? null : Aging(aging, buckets, currency);
        var channels = ChannelCodes([report], costs).Select(channel => ChannelLine([report], channel, costs)).ToImmutableArray();
        return new GovernancePeriodReport(
            period,
            kpis,
            agingSnapshot,
            RollRateHeatMap.Pool([report.RollRates], report.Scope.Buckets, currency),
            channels,
            PromiseKept([report], KpiDimension.Agent, codebook),
            PromiseKept([report], KpiDimension.Template, codebook),
            Segments([report], codebook));
    }

    public static GovernancePooled Pool(ImmutableArray<GovernancePeriodReport> periods, AgingBucketSet buckets, IReadOnlyDictionary<Channel, Money> costs, Currency currency)
    {
        var channels = periods.SelectMany(p => p.Channels).Select(c => c.Channel).Concat(costs.Keys).Distinct().OrderBy(c => c.Value)
            .Select(channel =>
            {
                var lines = periods.SelectMany(p => p.Channels).Where(c => c.Channel == channel).ToList();
                return new GovernanceChannelLine(
                    channel,
                    PoolFigures(KpiId.RightPartyContactRate, KpiBreakdownKey.For(channel), lines.Select(l => l.RightPartyContactRate)),
                    PoolFigures(KpiId.ChannelContactRate, KpiBreakdownKey.For(channel), lines.Select(l => l.ChannelContactRate)),
                    costs.TryGetValue(channel, out var cost) ? cost : null);
            })
            .ToImmutableArray();

        var overall = periods.Select(p => p.Kpis).ToList();
        KpiFigure Overall(KpiId id) => PoolFigures(id, KpiBreakdownKey.Overall, overall.Select(k => k.First(l => l.Id == id).Figure));

        return new GovernancePooled(
            PoolHeat(periods, buckets, currency),
            channels,
            PoolPromiseKept(periods.Select(p => p.PromiseKeptByAgent)),
            PoolPromiseKept(periods.Select(p => p.PromiseKeptByTemplate)),
            Overall(KpiId.PromiseKeptRate),
            Overall(KpiId.PromiseKeptAmountRate),
            PoolSegments(periods.Select(p => p.Segments)),
            Overall(KpiId.ForwardRollRate),
            Overall(KpiId.ForwardRollBalanceRate));
    }

    public static KpiFigure PoolFigures(KpiId id, KpiBreakdownKey key, IEnumerable<KpiFigure> figures) =>
        new(id, key, figures.Aggregate(new Rate(0, 0), (sum, f) => sum.Pool(f.Rate)), KpiCatalog.Default[id].Unit);

    private static RollRateHeatMap PoolHeat(ImmutableArray<GovernancePeriodReport> periods, AgingBucketSet buckets, Currency currency)
    {
        ImmutableArray<RollState> states = [.. buckets.Buckets.Select(RollState.InBucket), RollState.Paid];
        var n = states.Length;
        var cells = ImmutableArray.CreateBuilder<RollRateHeatCell>(n * n);
        for (var row = 0; row < n; row++)
        {
            long rowCount = 0;
            var rowBalance = Money.Zero(currency);
            for (var column = 0; column < n; column++)
            {
                foreach (var p in periods)
                {
                    var cell = p.RollRates.Cells[(row * n) + column];
                    rowCount = checked(rowCount + cell.Count);
                    rowBalance += cell.Balance;
                }
            }

            for (var column = 0; column < n; column++)
            {
                long count = 0;
                var balance = Money.Zero(currency);
                foreach (var p in periods)
                {
                    var cell = p.RollRates.Cells[(row * n) + column];
                    count = checked(count + cell.Count);
                    balance += cell.Balance;
                }

                cells.Add(new RollRateHeatCell(states[row], states[column], count, balance, new Rate(count, rowCount), new Rate(balance.Amount, rowBalance.Amount)));
            }
        }

        return new RollRateHeatMap(buckets, states, cells.MoveToImmutable());
    }

    private static GovernanceKpiLine KpiLine(KpiFigure figure, KpiBaseline? baseline, IReadOnlyDictionary<KpiId, KpiTarget> targets)
    {
        decimal? baselineValue = null;
        KpiDelta? delta = null;
        if (baseline is not null && baseline.TryGet(figure.Id, out var value))
        {
            baselineValue = value.Value;
            delta = new KpiDelta(figure.Id, value.Value, figure.Value);
        }

        decimal? target = targets.TryGetValue(figure.Id, out var t) ? t.Value : null;
        return new GovernanceKpiLine(figure, baselineValue, delta, target, KpiTargetStatus.Of(KpiCatalog.Default[figure.Id].Direction, figure.Value, target));
    }

    private static GovernanceAgingSnapshot Aging(AgingReport aging, AgingBucketSet buckets, Currency currency) =>
        new(aging.AsOf, [.. aging.Buckets.Buckets.Select(b =>
        {
            var line = aging.LineFor(b, currency);
            return new GovernanceAgingLine(buckets.Buckets[b.Index], line.Accounts, line.Balance);
        })]);

    private static IEnumerable<Channel> ChannelCodes(IReadOnlyList<KpiReport> reports, IReadOnlyDictionary<Channel, Money> costs) =>
        reports.SelectMany(r => r.Codes(KpiDimension.Channel))
            .Where(code => code >= 1 && code <= Channel.All.Count)
            .Select(code => Channel.All[code - 1])
            .Concat(costs.Keys)
            .Distinct()
            .OrderBy(c => c.Value);

    private static GovernanceChannelLine ChannelLine(IReadOnlyList<KpiReport> reports, Channel channel, IReadOnlyDictionary<Channel, Money> costs)
    {
        var key = KpiBreakdownKey.For(channel);
        return new GovernanceChannelLine(
            channel,
            PoolFigures(KpiId.RightPartyContactRate, key, reports.Select(r => r.Figure(KpiId.RightPartyContactRate, key))),
            PoolFigures(KpiId.ChannelContactRate, key, reports.Select(r => r.Figure(KpiId.ChannelContactRate, key))),
            costs.TryGetValue(channel, out var cost) ? cost : null);
    }

    private static ImmutableArray<GovernancePromiseKeptLine> PromiseKept(IReadOnlyList<KpiReport> reports, KpiDimension dimension, KpiCodebook codebook)
    {
        var counted = reports.Where(r => r.Scope.Breakdowns.Contains(dimension)).ToList();
        return [.. counted.SelectMany(r => r.Codes(dimension)).Distinct().Order().Select(code =>
        {
            var key = KpiBreakdownKey.For(dimension, code);
            return new GovernancePromiseKeptLine(
                dimension,
                code,
                codebook.Label(key),
                PoolFigures(KpiId.PromiseKeptRate, key, counted.Select(r => r.Figure(KpiId.PromiseKeptRate, key))),
                PoolFigures(KpiId.PromiseKeptAmountRate, key, counted.Select(r => r.Figure(KpiId.PromiseKeptAmountRate, key))));
        })];
    }

    private static ImmutableArray<GovernanceSegmentRoll> Segments(IReadOnlyList<KpiReport> reports, KpiCodebook codebook)
    {
        var counted = reports.Where(r => r.Scope.Breakdowns.Contains(KpiDimension.Segment)).ToList();
        return [.. counted.SelectMany(r => r.Codes(KpiDimension.Segment)).Distinct().Order().Select(code =>
        {
            var key = KpiBreakdownKey.For(KpiDimension.Segment, code);
            return new GovernanceSegmentRoll(
                code,
                codebook.Label(key),
                PoolFigures(KpiId.ForwardRollRate, key, counted.Select(r => r.Figure(KpiId.ForwardRollRate, key))),
                PoolFigures(KpiId.ForwardRollBalanceRate, key, counted.Select(r => r.Figure(KpiId.ForwardRollBalanceRate, key))));
        })];
    }

    private static ImmutableArray<GovernancePromiseKeptLine> PoolPromiseKept(IEnumerable<ImmutableArray<GovernancePromiseKeptLine>> periods)
    {
        var all = periods.SelectMany(p => p).ToList();
        return [.. all.GroupBy(l => l.Code).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.First();
            return first with
            {
                KeptRate = PoolFigures(KpiId.PromiseKeptRate, first.KeptRate.Key, g.Select(l => l.KeptRate)),
                KeptAmountRate = PoolFigures(KpiId.PromiseKeptAmountRate, first.KeptAmountRate.Key, g.Select(l => l.KeptAmountRate)),
            };
        })];
    }

    private static ImmutableArray<GovernanceSegmentRoll> PoolSegments(IEnumerable<ImmutableArray<GovernanceSegmentRoll>> periods)
    {
        var all = periods.SelectMany(p => p).ToList();
        return [.. all.GroupBy(l => l.Code).OrderBy(g => g.Key).Select(g =>
        {
            var first = g.First();
            return first with
            {
                ForwardRoll = PoolFigures(KpiId.ForwardRollRate, first.ForwardRoll.Key, g.Select(l => l.ForwardRoll)),
                ForwardRollBalance = PoolFigures(KpiId.ForwardRollBalanceRate, first.ForwardRollBalance.Key, g.Select(l => l.ForwardRollBalance)),
            };
        })];
    }
}
