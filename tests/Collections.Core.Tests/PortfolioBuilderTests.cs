namespace Collections.Core.Tests;

public sealed class PortfolioBuilderTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    [Fact]
    public void Build_EveryInconsistency_ListedAtOnce()
    {
        var builder = new PortfolioBuilder(new CreditorId("bank-1"))
            .AddDebtor(new Debtor(new DebtorId("d1")))
            .AddAccount(new Account(new AccountId("a1"), new DebtorId("d1"), Sar))
            .AddAccount(new Account(new AccountId("a1"), new DebtorId("d1"), Sar))
            .AddAccount(new Account(new AccountId("a2"), new DebtorId("d-missing"), Sar))
            .AddItem(new ReceivableItem(new ItemId("i1"), new AccountId("a-missing"), new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), Money.Of(10, Sar)))
            .AddItem(new ReceivableItem(new ItemId("i2"), new AccountId("a1"), new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31), Money.Of(10, Currency.UsDollar)));

        var error = Assert.Throws<PortfolioValidationException>(builder.Build);

        Assert.Equal(4, error.Violations.Count);
        Assert.Contains(error.Violations, v => v.Contains("Account a1 appears more than once", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Contains("unknown debtor d-missing", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Contains("unknown account a-missing", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Contains("Item i2 is in USD but account a1 is in SAR", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Consistent_KeepsEverythingInSourceOrder()
    {
        var portfolio = new PortfolioBuilder(new CreditorId("bank-1"))
            .AddDebtor(new Debtor(new DebtorId("d1")))
            .AddAccount(new Account(new AccountId("b"), new DebtorId("d1"), Sar))
            .AddAccount(new Account(new AccountId("a"), new DebtorId("d1"), Sar))
            .AddSnapshot(new AccountSnapshot(new AccountId("a"), new YearMonth(2026, 2), DaysPastDue.Current, Money.Of(5, Sar)))
            .AddSnapshot(new AccountSnapshot(new AccountId("a"), new YearMonth(2026, 1), DaysPastDue.Current, Money.Of(5, Sar)))
            .Build();

        Assert.Equal(["b", "a"], portfolio.Accounts.Select(a => a.Id.Value));
        Assert.Equal([new YearMonth(2026, 1), new YearMonth(2026, 2)], portfolio.SnapshotPeriods);
    }

    [Fact]
    public void ReceivableItem_DueBeforeIssue_RefusedNamingTheItem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ReceivableItem(new ItemId("INV-9"), new AccountId("a"), new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 1), Money.Of(1, Sar)));

        Assert.Contains("INV-9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivableItem_WithSettlementDate_IsOpenFromIssueUntilTheDayBeforeSettlement()
    {
        var item = new ReceivableItem(new ItemId("i"), new AccountId("a"), new LocalDate(2013, 1, 2), new LocalDate(2013, 2, 1), Money.Of(55.94m, Sar))
        {
            SettledOn = new LocalDate(2013, 1, 15),
        };

        Assert.True(item.OpenAmountOn(new LocalDate(2013, 1, 1)).IsZero);
        Assert.Equal(Money.Of(55.94m, Sar), item.OpenAmountOn(new LocalDate(2013, 1, 2)));
        Assert.Equal(Money.Of(55.94m, Sar), item.OpenAmountOn(new LocalDate(2013, 1, 14)));
        Assert.True(item.OpenAmountOn(new LocalDate(2013, 1, 15)).IsZero);
    }

    [Fact]
    public void Ids_PaddedOrEmptyText_Refused()
    {
        Assert.Throws<ArgumentException>(() => new AccountId(" 12"));
        Assert.Throws<ArgumentException>(() => new AccountId(string.Empty));
        Assert.False(AccountId.TryCreate("   ", out _));
        Assert.Equal("0000611365", new ItemId("0000611365").Value);
    }

    [Fact]
    public void ReceivableItem_WithoutIssueDate_IsOwedOnAnyDateBeforeSettlement_SoANotYetDueItemIsCurrentNotMissing()
    {
        var item = new ReceivableItem(new ItemId("i"), new AccountId("a"), issuedOn: null, new LocalDate(2025, 10, 15), Money.Of(2000, Sar));

        Assert.Equal(Money.Of(2000, Sar), item.OpenAmountOn(new LocalDate(2025, 9, 30)));
        Assert.True(item.DaysPastDueOn(new LocalDate(2025, 9, 30)).IsCurrent);
        Assert.True((item with { SettledOn = new LocalDate(2025, 10, 1) }).OpenAmountOn(new LocalDate(2025, 10, 1)).IsZero);
    }
}
