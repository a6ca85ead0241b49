using Collections.TestKit;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Compares accumulators by their saved state (canonical bytes) and reports by every figure.</summary>
internal static class KpiComparison
{
    public static KpiAccumulator Accumulate(KpiFactSample sample) => sample.AddTo(new KpiAccumulator(KpiFactGenerators.Scope));

    public static bool SameState(KpiAccumulator left, KpiAccumulator right) => left.SaveState().AsSpan().SequenceEqual(right.SaveState());

    /// <summary>Every figure of every KPI from facts: overall, and for codes 0..8 of every dimension the KPI has and the scope counted.</summary>
    public static IEnumerable<KpiFigure> AllFigures(KpiReport report)
    {
        foreach (var definition in KpiCatalog.Default.Definitions.Where(d => d.Source == KpiSource.Accumulator))
        {
            yield return report.Figure(definition.Id);
            foreach (var dimension in definition.Dimensions.Where(d => d == KpiDimension.Channel || report.Scope.Breakdowns.Contains(d)))
            {
                for (var code = 0; code <= 8; code++)
                {
                    yield return report.Figure(definition.Id, KpiBreakdownKey.For(dimension, code));
                }
            }
        }
    }

    public static bool SameFigures(KpiReport left, KpiReport right) =>
        left.Facts == right.Facts
        && AllFigures(left).SequenceEqual(AllFigures(right))
        && Support.TestData.SameCells(left.RollRates, right.RollRates);
}
