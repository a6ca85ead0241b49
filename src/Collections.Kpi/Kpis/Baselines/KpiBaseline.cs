using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Collections.Kpi;

/// <summary>The baseline figures a collection engagement is measured against — typically the assessment's — as values,
/// with deltas of current figures against them.</summary>
/// <remarks>
/// <para>Values are in each KPI's unit (<see cref="KpiDefinition.Unit"/>): 31.6 for a 31.6% cure rate, 27.6 for a DSO of
/// 27.6 days. A KPI the baseline could not measure is n/a (<see langword="null"/>), and its delta is not comparable.</para>
/// <para>Build one from the assessment's figures (<see cref="FromAssessment"/>: cure and forward roll rates from its roll
/// matrix, DSO and CEI from its ledger month), from an earlier <see cref="KpiReport"/> (<see cref="FromReport"/>), or from
/// values (<see cref="Create"/>).</para>
/// </remarks>
public sealed class KpiBaseline
{
    private KpiBaseline(string label, DateInterval? period, ImmutableArray<KpiBaselineValue> values)
    {
        Label = label;
        Period = period;
        Values = values;
    }

    /// <summary>What the baseline is, for example <c>assessment 2026-03-31</c>.</summary>
    public string Label { get; }

    /// <summary>The period the baseline figures describe, when known.</summary>
    public DateInterval? Period { get; }

    /// <summary>The values, in catalog order.</summary>
    public ImmutableArray<KpiBaselineValue> Values { get; }

    /// <summary>Creates a baseline from values.</summary>
    /// <param name="label">What the baseline is.</param>
    /// <param name="values">At most one value per KPI.</param>
    /// <param name="period">The period the figures describe, when known.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentException">The label is empty, a value is null, or a KPI has more than one value; every repeated KPI named.</exception>
    public static KpiBaseline Create(string label, IEnumerable<KpiBaselineValue> values, DateInterval? period = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Any(v => v is null || v.Id is null))
        {
            throw new ArgumentException("A baseline value (or its KPI) is null.", nameof(values));
        }

        var repeated = list.GroupBy(v => v.Id).Where(g => g.Count() > 1).Select(g => g.Key.Code).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException("A baseline has one value per KPI; repeated: " + string.Join(", ", repeated) + ".", nameof(values));
        }

        return new KpiBaseline(label, period, [.. list.OrderBy(v => v.Id.Value)]);
    }

    /// <summary>A baseline from a report's overall figures (every KPI computed from facts).</summary>
    /// <param name="label">What the baseline is.</param>
    /// <param name="report">The report.</param>
    /// <returns>The baseline, with the report's period.</returns>
    public static KpiBaseline FromReport(string label, KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(label, report.Figures().Select(KpiBaselineValue.From), report.Scope.Period);
    }

    /// <summary>A baseline from the assessment's figures: cure rate and forward roll rates (count and balance, pooled over
    /// buckets) from a roll-rate matrix, DSO and CEI from a ledger month.</summary>
    /// <param name="label">What the baseline is.</param>
    /// <param name="rollRates">The assessment's latest roll-rate matrix, when it had one.</param>
    /// <param name="ledgerMonth">The assessment's latest ledger month figures, when it had a ledger.</param>
    /// <param name="period">The period the figures describe, when known.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentException">The label is empty.</exception>
    public static KpiBaseline FromAssessment(string label, RollRateMatrix? rollRates, LedgerMonthFigures? ledgerMonth, DateInterval? period = null)
    {
        var values = new List<KpiBaselineValue>();
        if (rollRates is not null)
        {
            values.Add(new KpiBaselineValue(KpiId.CureRate, rollRates.CureRate().Percent));
            var buckets = rollRates.Buckets.Buckets.Take(rollRates.Buckets.Count - 1).ToList();
            values.Add(new KpiBaselineValue(KpiId.ForwardRollRate, buckets.Aggregate(new Collections.Core.Rate(0, 0), (r, b) => r.Pool(rollRates.ForwardRollRate(b))).Percent));
            values.Add(new KpiBaselineValue(KpiId.ForwardRollBalanceRate, buckets.Aggregate(new Collections.Core.Rate(0, 0), (r, b) => r.Pool(rollRates.ForwardRollBalanceRate(b))).Percent));
        }

        if (ledgerMonth is not null)
        {
            values.Add(new KpiBaselineValue(KpiId.DaysSalesOutstanding, ledgerMonth.DaysSalesOutstanding.Days));
            values.Add(new KpiBaselineValue(KpiId.CollectionEffectivenessIndex, ledgerMonth.CollectionEffectivenessIndex.Percent));
        }

        return Create(label, values, period);
    }

    /// <summary>Looks up a KPI's baseline value.</summary>
    /// <param name="id">The KPI.</param>
    /// <param name="value">The value when the baseline has the KPI (itself <see langword="null"/> when n/a).</param>
    /// <returns><see langword="true"/> when the baseline has the KPI.</returns>
    public bool TryGet(KpiId id, [NotNullWhen(true)] out KpiBaselineValue? value)
    {
        ArgumentNullException.ThrowIfNull(id);
        value = Values.FirstOrDefault(v => v.Id == id);
        return value is not null;
    }

    /// <summary>The deltas of a report's overall figures against this baseline, for every KPI in both.</summary>
    /// <param name="current">The current report.</param>
    /// <returns>One delta per KPI that has a baseline value and a figure from facts, in catalog order.</returns>
    public ImmutableArray<KpiDelta> Compare(KpiReport current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Compare(current.Figures().Select(KpiBaselineValue.From));
    }

    /// <summary>The deltas of current values against this baseline, for every KPI in both.</summary>
    /// <param name="current">Current values (for example DSO and CEI from this month's ledger).</param>
    /// <returns>One delta per KPI in both, in catalog order.</returns>
    /// <exception cref="ArgumentException">A KPI has more than one current value.</exception>
    public ImmutableArray<KpiDelta> Compare(IEnumerable<KpiBaselineValue> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var now = Create("current", current);
        return [.. Values.Join(now.Values, b => b.Id, c => c.Id, (b, c) => new KpiDelta(b.Id, b.Value, c.Value))];
    }

    /// <summary>The baseline's label and number of values.</summary>
    /// <returns>For example <c>assessment 2026-03-31 (5 values)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Label} ({Values.Length} values)");
}
