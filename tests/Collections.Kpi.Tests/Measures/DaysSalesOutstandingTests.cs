using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Measures;

public sealed class DaysSalesOutstandingTests
{
    [Fact]
    public void Calculate_ClosingOverSalesTimesDays()
    {
        // 45,000 / 90,000 × 30 = 15 days.
        var dso = DaysSalesOutstanding.Calculate(Sr(45_000), Sr(90_000), 30);

        Assert.Equal(15m, dso.Days);
        Assert.Equal(new Rate(45_000, 90_000), dso.ReceivablesToSales);
    }

    [Fact]
    public void Calculate_NoSales_NotApplicable()
    {
        var dso = DaysSalesOutstanding.Calculate(Sr(500), Sr(0), 31);

        Assert.False(dso.IsDefined);
        Assert.Null(dso.Days);
        Assert.False(dso.ReceivablesToSales.IsDefined);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void ToString_InvariantInEveryCulture()
    {
        Assert.Equal("25.8 days", DaysSalesOutstanding.Calculate(Sr(5000), Sr(6000), 31).ToString()); // 25.8333…
        Assert.Equal("n/a", DaysSalesOutstanding.Calculate(Sr(5000), Sr(0), 31).ToString());
    }

    [Fact]
    public void Calculate_BadInputs_RefusedListingEveryViolation()
    {
        var error = Assert.Throws<ArgumentException>(() => DaysSalesOutstanding.Calculate(Sr(-1), Money.Of(-2, Currency.UsDollar), 0));

        Assert.Contains("closing receivables are in SAR but credit sales in USD", error.Message, StringComparison.Ordinal);
        Assert.Contains("closing receivables are negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("credit sales are negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("the period has 0 days", error.Message, StringComparison.Ordinal);
    }
}
