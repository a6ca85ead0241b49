namespace Collections.Core.Tests;

/// <summary>The shared age and amount ranges (segment criteria, fee tiers).</summary>
public sealed class RangeTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    [Fact]
    public void DaysPastDueRange_Contains_BothEndsIncluded_OpenEndsUnlimited()
    {
        Assert.True(DaysPastDueRange.Between(31, 60).Contains(new DaysPastDue(31)));
        Assert.True(DaysPastDueRange.Between(31, 60).Contains(new DaysPastDue(60)));
        Assert.False(DaysPastDueRange.Between(31, 60).Contains(new DaysPastDue(61)));
        Assert.True(DaysPastDueRange.AtMost(30).Contains(new DaysPastDue(-400)));
        Assert.True(DaysPastDueRange.AtLeast(121).Contains(new DaysPastDue(int.MaxValue)));
        Assert.True(DaysPastDueRange.All.Contains(new DaysPastDue(int.MinValue)));
    }

    [Fact]
    public void DaysPastDueRange_Overlaps_WhenTheyShareADay()
    {
        Assert.True(DaysPastDueRange.Between(0, 30).Overlaps(DaysPastDueRange.Between(30, 60)));
        Assert.False(DaysPastDueRange.Between(0, 30).Overlaps(DaysPastDueRange.Between(31, 60)));
        Assert.True(DaysPastDueRange.AtLeast(90).Overlaps(DaysPastDueRange.AtMost(90)));
        Assert.False(DaysPastDueRange.AtLeast(91).Overlaps(DaysPastDueRange.AtMost(90)));
        Assert.True(DaysPastDueRange.All.Overlaps(DaysPastDueRange.Between(5, 5)));
        Assert.False(DaysPastDueRange.Between(10, 5).Overlaps(DaysPastDueRange.All));
        Assert.True(DaysPastDueRange.Between(10, 5).IsEmpty);
        Assert.Equal("31..90", DaysPastDueRange.Between(31, 90).ToString());
        Assert.Equal("121..", DaysPastDueRange.AtLeast(121).ToString());
    }

    [Fact]
    public void MoneyRange_IsHalfOpen_AndNeverHoldsAnotherCurrency()
    {
        var range = MoneyRange.Between(Money.Of(0m, Sar), Money.Of(5_000m, Sar));

        Assert.True(range.Contains(Money.Of(0m, Sar)));
        Assert.True(range.Contains(Money.Of(4_999.99m, Sar)));
        Assert.False(range.Contains(Money.Of(5_000m, Sar)));
        Assert.False(range.Contains(Money.Of(10m, Currency.UsDollar)));
        Assert.True(MoneyRange.Any(Sar).Contains(Money.Of(-3m, Sar)));
        Assert.Equal("[0.00 SAR, 5000.00 SAR)", range.ToString());
        Assert.Equal("[5000.00 SAR, …)", MoneyRange.AtLeast(Money.Of(5_000m, Sar)).ToString());
    }

    [Fact]
    public void MoneyRange_EmptyOrMixedCurrencies_AreReportedByItsProperties()
    {
        Assert.True(MoneyRange.Between(Money.Of(500m, Sar), Money.Of(100m, Sar)).IsEmpty);
        Assert.False(MoneyRange.Between(Money.Of(100m, Sar), Money.Of(500m, Sar)).IsEmpty);
        Assert.False(new MoneyRange(Sar, null, Money.Of(5m, Currency.UsDollar)).HasConsistentCurrency);
        Assert.False(new MoneyRange(default, null, null).HasConsistentCurrency);
        Assert.True(MoneyRange.AtLeast(Money.Of(1m, Sar)).HasConsistentCurrency);
    }
}
