using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Measures;

public sealed class CollectionEffectivenessIndexTests
{
    [Fact]
    public void Calculate_OneMonth_BriefFormula()
    {
        // (100,000 + 50,000 − 60,000) / (100,000 + 50,000 − 20,000) = 90,000 / 130,000 = 69.2308%
        var cei = CollectionEffectivenessIndex.Calculate(Sr(100_000), Sr(50_000), Sr(60_000), Sr(20_000));

        Assert.Equal(new Rate(90_000, 130_000), cei.Rate);
        Assert.Equal(69.2308m, Math.Round(cei.Percent!.Value, 4));
        Assert.Equal(1, cei.Months);
    }

    [Fact]
    public void Calculate_ThreeMonths_SalesDividedByN()
    {
        // Sales 150,000 over N = 3 → 50,000: the same figures as the one-month case above.
        var cei = CollectionEffectivenessIndex.Calculate(Sr(100_000), Sr(150_000), Sr(60_000), Sr(20_000), months: 3);

        Assert.Equal(new Rate(90_000, 130_000), cei.Rate);
        Assert.Equal(3, cei.Months);
    }

    [Fact]
    public void Calculate_NothingCollectable_NotApplicable()
    {
        // (0 + 0 − 0) / (0 + 0 − 0): nothing was there to collect.
        var cei = CollectionEffectivenessIndex.Calculate(Sr(0), Sr(0), Sr(0), Sr(0));

        Assert.False(cei.Rate.IsDefined);
        Assert.Null(cei.Percent);
    }

    [Fact]
    public void Calculate_AveragedSalesBelowClosingCurrent_NotApplicableRatherThanANegativeDenominator()
    {
        // N = 3: 0 + 300 / 3 − 150 = −50 is not a denominator; the index is n/a.
        var cei = CollectionEffectivenessIndex.Calculate(Sr(0), Sr(300), Sr(150), Sr(150), months: 3);

        Assert.False(cei.Rate.IsDefined);
        Assert.Equal(-50m, cei.Rate.Numerator);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void ToString_PercentAndN_InvariantInEveryCulture()
    {
        Assert.Equal("69.2% (N = 1)", CollectionEffectivenessIndex.Calculate(Sr(100_000), Sr(50_000), Sr(60_000), Sr(20_000)).ToString());
        Assert.Equal("n/a (N = 2)", CollectionEffectivenessIndex.Calculate(Sr(0), Sr(0), Sr(0), Sr(0), 2).ToString());
    }

    [Fact]
    public void Calculate_BadInputs_RefusedListingEveryViolation()
    {
        var error = Assert.Throws<ArgumentException>(() => CollectionEffectivenessIndex.Calculate(Sr(-1), Sr(10), Sr(5), Sr(6), 0));

        Assert.Contains("opening receivables are negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("closing current receivables (6.00 SAR) exceed closing receivables (5.00 SAR)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the period has 0 months", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_MixedCurrencies_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CollectionEffectivenessIndex.Calculate(Sr(1), Money.Of(1, Currency.UsDollar), Sr(1), Sr(0)));

        Assert.Contains("different currencies", error.Message, StringComparison.Ordinal);
    }
}
