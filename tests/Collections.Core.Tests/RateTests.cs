using System.Globalization;

namespace Collections.Core.Tests;

public sealed class RateTests
{
    [Fact]
    public void ZeroDenominator_IsNotApplicable_NeverZeroPercent()
    {
        var rate = new Rate(0, 0);

        Assert.False(rate.IsDefined);
        Assert.Null(rate.Value);
        Assert.Equal("n/a", rate.ToPercentString(1, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Pool_SumsNumeratorsAndDenominators_NotAveragesOfRates()
    {
        // Agent A: 1 of 2 (50%), agent B: 1 of 8 (12.5%). Pooled: 2 of 10 = 20%, not the 31.25% average.
        var pooled = new Rate(1, 2).Pool(new Rate(1, 8));

        Assert.Equal(0.2m, pooled.Value);
    }

    [Fact]
    public void NegativeDenominator_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(1, -1));

    [Fact]
    public void ToPercentString_UsesTheCultureGiven() =>
        Assert.Equal("12.5%", new Rate(1, 8).ToPercentString(1, CultureInfo.InvariantCulture));
}
