using Collections.TestKit;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>On a generated month of 120,000 attempts with promises, payments, complaints and 20,000 accounts, every KPI — overall
/// and for every code of every breakdown it has — equals the naive LINQ implementation in <see cref="NaiveKpis"/>.</summary>
public sealed class KpiNaiveReferenceTests
{
    // One data set and one naive instance for the whole class: the naive slices are cached across KPIs.
    private static readonly Lazy<(KpiDataSet Data, KpiReport Report, NaiveKpis Naive)> Run = new(() =>
    {
        var data = KpiFactGenerator.Generate(new KpiDataShape(Accounts: 20_000, Attempts: 120_000), seed: 20261204, KpiDimension.All);
        return (data, data.OnePass(), new NaiveKpis(data));
    });

    public static TheoryData<string> Kpis() =>
        [.. KpiCatalog.Default.Definitions.Where(d => d.Source == KpiSource.Accumulator).Select(d => d.Code)];

    [Fact]
    public void GeneratedData_IsLargeEnoughAndHasEveryKindOfFact()
    {
        var (data, report, _) = Run.Value;

        Assert.True(data.Attempts.Length >= 100_000);
        Assert.True(report.Facts.Attempts > 100_000 && report.Facts.AttemptsOutsidePeriod > 0);
        Assert.True(report.Facts.PromisesDue > 3_000 && report.Facts.Payments > 5_000 && report.Facts.Complaints > 0 && report.Facts.AgentTimes > 0);
        Assert.True(report.Figure(KpiId.PromisePartiallyKeptRate).Rate.Numerator > 0);
        Assert.True(report.Figure(KpiId.CureRate).Rate.Numerator > 0);
    }

    [Fact]
    public void LiquidationAndCostPerUnitCollected_CountOnlyWhatAccountsInTheInventoryPaid_NotAllPayments()
    {
        var (data, report, _) = Run.Value;
        var inPeriod = data.Payments.Where(p => data.Scope.Period.Contains(p.ValueDate)).ToList();
        var inventory = data.Accounts.Where(a => a.Inventory.IsInInventory).Select(a => a.Account).ToHashSet();
        var all = inPeriod.Sum(p => p.AppliedMinorUnits) / 100m;
        var collected = inPeriod.Where(p => inventory.Contains(p.Account)).Sum(p => p.AppliedMinorUnits) / 100m;

        Assert.True(collected < all, "the generated data must have payments of accounts outside the inventory for this rule to matter");
        Assert.Equal(collected, report.Figure(KpiId.LiquidationRate).Rate.Numerator);
        Assert.Equal(collected, report.Figure(KpiId.CostPerUnitCollected).Rate.Denominator);
    }

    [Theory]
    [MemberData(nameof(Kpis))]
    public void Kpi_EqualsTheNaiveImplementation_OverallAndPerBreakdown(string code)
    {
        var (data, report, naive) = Run.Value;
        Assert.True(KpiId.TryFromCode(code, out var id));
        var definition = KpiCatalog.Default[id];

        Assert.Equal(naive.Rate(id, null, 0), report.Figure(id).Rate);
        foreach (var dimension in definition.Dimensions)
        {
            var compared = 0;
            for (var c = 0; c <= MaximumCode(data, dimension); c++)
            {
                var expected = naive.Rate(id, dimension, c);
                var actual = report.Figure(id, KpiBreakdownKey.For(dimension, c)).Rate;
                Assert.True(expected == actual, $"{code} by {dimension.Code} code {c}: naive {expected}, accumulator {actual}");
                compared += expected.IsDefined ? 1 : 0;
            }

            // Every breakdown compares at least two codes with a value (handle time only has calls among channels).
            var least = id == KpiId.AverageHandleTime && dimension == KpiDimension.Channel ? 1 : 2;
            Assert.True(compared >= least, $"{code} by {dimension.Code}: fewer than {least} codes had a value");
        }
    }

    private static int MaximumCode(KpiDataSet data, KpiDimension dimension) =>
        dimension == KpiDimension.Channel ? Channel.All.Count
        : dimension == KpiDimension.AgingBucket ? data.Scope.Buckets.Count
        : dimension == KpiDimension.Creditor ? 5
        : dimension == KpiDimension.Placement ? 25
        : dimension == KpiDimension.Segment ? 9
        : dimension == KpiDimension.Agent ? 121
        : 31;
}
