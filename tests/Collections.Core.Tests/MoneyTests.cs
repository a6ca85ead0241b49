namespace Collections.Core.Tests;

public sealed class MoneyTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    [Fact]
    public void Of_TwoDecimalsInSar_StoresHalalas()
    {
        var money = Money.Of(1234.56m, Sar);

        Assert.Equal(123456L, money.MinorUnits);
        Assert.Equal(1234.56m, money.Amount);
    }

    [Fact]
    public void Of_ThreeDecimalsInSar_RefusedWithAdviceToRound()
    {
        var error = Assert.Throws<ArgumentException>(() => Money.Of(1.234m, Sar));

        Assert.Contains("SAR", error.Message, StringComparison.Ordinal);
        Assert.Contains("Money.Round", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ThreeDecimalsInKuwaitiDinar_Accepted() =>
        Assert.Equal(1234L, Money.Of(1.234m, Currency.FromCode("KWD")).MinorUnits);

    [Theory]
    [InlineData(2.345, MidpointRounding.AwayFromZero, 235)]
    [InlineData(2.345, MidpointRounding.ToEven, 234)]
    [InlineData(-2.345, MidpointRounding.AwayFromZero, -235)]
    public void Round_Midpoint_FollowsTheModeGiven(double amount, MidpointRounding mode, long expectedHalalas) =>
        Assert.Equal(expectedHalalas, Money.Round((decimal)amount, Sar, mode).MinorUnits);

    [Fact]
    public void Add_DifferentCurrencies_RefusedNamingBoth()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() => Money.Of(1, Sar) + Money.Of(1, Currency.UsDollar));

        Assert.Contains("SAR", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DifferentCurrencies_Refused() =>
        Assert.Throws<CurrencyMismatchException>(() => Money.Of(1, Sar) < Money.Of(2, Currency.UsDollar));

    [Fact]
    public void Add_Overflow_ThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => Money.FromMinorUnits(long.MaxValue, Sar) + Money.FromMinorUnits(1, Sar));

    [Fact]
    public void Allocate_TenHalalasInThree_GivesFourThreeThree()
    {
        var parts = Money.FromMinorUnits(10, Sar).Allocate([1m, 1m, 1m]);

        Assert.Equal([4L, 3L, 3L], parts.Select(p => p.MinorUnits));
    }

    [Fact]
    public void Allocate_NegativeWeight_RefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => Money.Of(1, Sar).Allocate([1m, -1m]));

        Assert.Contains("Weight 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMinorUnits_UnspecifiedCurrency_Refused() =>
        Assert.Throws<ArgumentException>(() => Money.FromMinorUnits(1, default));

    [Fact]
    public void ToString_IsInvariantWithAllMinorDigits() =>
        Assert.Equal("1234.50 SAR", Money.Of(1234.5m, Sar).ToString());

    [Fact]
    public void Currency_FromCode_UnknownCodeRefusedWithAdvice()
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.FromCode("ZZZ"));

        Assert.Contains("Currency.Create", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Currency_FromCode_IsCaseInsensitive() =>
        Assert.Equal(Currency.SaudiRiyal, Currency.FromCode("sar"));

    [Fact]
    public void Of_AmountBeyondMinorUnits_OverflowNamesTheAmountAndCurrency()
    {
        var error = Assert.Throws<OverflowException>(() => Money.Of(decimal.MaxValue, Sar));

        Assert.Contains("SAR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_Overflow_MessageNamesBothAmounts()
    {
        var error = Assert.Throws<OverflowException>(() => Money.FromMinorUnits(long.MaxValue, Sar) + Money.Of(0.01m, Sar));

        Assert.Contains("0.01 SAR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_UnspecifiedCurrency_IsJustTheAmount() =>
        Assert.Equal("0", default(Money).ToString());
}
