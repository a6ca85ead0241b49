namespace Collections.Aging.Tests.Reports;

/// <summary>Hand-computed examples for <see cref="PortfolioAging.AgeItems"/> and <see cref="PortfolioAging.PositionsFromItems"/>.</summary>
public sealed class PortfolioAgingItemTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;
    private static readonly Currency Usd = Currency.UsDollar;
    private static readonly LocalDate AsOf = new(2024, 6, 30);

    // Due dates counted back from 2024-06-30 by hand (June has 30 days, May 31, April 30, March 31):
    //   DPD 0 → 06-30; 1 → 06-29; 30 → 05-31; 31 → 05-30; 60 → 05-01 (30 days to 05-31, 30 more to 05-01);
    //   61 → 04-30; 90 → 04-01 (29 more days); 91 → 03-31; 120 → 03-02 (29 more); 121 → 03-01.
    [Theory]
    [InlineData("2024-07-15", "current")] // DPD −15: not yet due
    [InlineData("2024-06-30", "current")] // DPD 0: due today is current
    [InlineData("2024-06-29", "1-30")]    // DPD 1
    [InlineData("2024-05-31", "1-30")]    // DPD 30
    [InlineData("2024-05-30", "31-60")]   // DPD 31
    [InlineData("2024-05-01", "31-60")]   // DPD 60
    [InlineData("2024-04-30", "61-90")]   // DPD 61
    [InlineData("2024-04-01", "61-90")]   // DPD 90
    [InlineData("2024-03-31", "91-120")]  // DPD 91
    [InlineData("2024-03-02", "91-120")]  // DPD 120
    [InlineData("2024-03-01", "121+")]    // DPD 121
    [InlineData("2023-06-30", "121+")]    // DPD 366 (2024 is a leap year)
    public void AgeItems_EveryBucketEdge_ItemLandsInTheBucketBriefNames(string dueOn, string expectedBucket)
    {
        var item = Item("a1", Date(dueOn), 100m, Sar);

        var report = PortfolioAging.AgeItems([item], AsOf);

        var line = Assert.Single(report.Lines, l => l.Items > 0);
        Assert.Equal(expectedBucket, line.Bucket.Label);
        Assert.Equal((1, 1, Money.Of(100m, Sar)), (line.Accounts, line.Items, line.Balance));
    }

    // Month ends and 29 February, counted by hand:
    //   due 2024-01-31: to 02-29 is 29 days (leap February), to 03-01 is 30, to 03-02 is 31.
    //   due 2024-02-29: to 03-30 is 30 days, to 03-31 is 31; to 06-28 is 31 (Mar) + 30 (Apr) + 31 (May) + 28 = 120, to 06-29 is 121.
    //   due 2025-02-28: to 03-30 is 30 days, to 03-31 is 31; 2025-02-28 itself is DPD 0.
    [Theory]
    [InlineData("2024-01-31", "2024-03-01", 30, "1-30")]
    [InlineData("2024-01-31", "2024-03-02", 31, "31-60")]
    [InlineData("2024-02-29", "2024-02-29", 0, "current")]
    [InlineData("2024-02-29", "2024-03-30", 30, "1-30")]
    [InlineData("2024-02-29", "2024-03-31", 31, "31-60")]
    [InlineData("2024-02-29", "2024-06-28", 120, "91-120")]
    [InlineData("2024-02-29", "2024-06-29", 121, "121+")]
    [InlineData("2025-02-28", "2025-02-28", 0, "current")]
    [InlineData("2025-02-28", "2025-03-30", 30, "1-30")]
    [InlineData("2025-02-28", "2025-03-31", 31, "31-60")]
    public void AgeItems_MonthEndAndLeapDayDueDates_CountedInWholeCalendarDays(string dueOn, string asOf, int expectedDaysPastDue, string expectedBucket)
    {
        var item = Item("a1", Date(dueOn), 10m, Sar);

        var report = PortfolioAging.AgeItems([item], Date(asOf));
        var position = Assert.Single(PortfolioAging.PositionsFromItems([item], Date(asOf)));

        Assert.Equal(expectedBucket, Assert.Single(report.Lines, l => l.Items > 0).Bucket.Label);
        Assert.Equal(expectedDaysPastDue, position.WorstDaysPastDue.Value);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void AgeItems_AsOfGivenAsAnUmmAlQuraDate_AgesAsItsIsoEquivalent()
    {
        // 1445-12-24 AH (Umm al-Qura) is 2024-06-30 ISO; an item due 2024-05-30 is then 31 days past due.
        var asOfHijri = new LocalDate(1445, 12, 24, CalendarSystem.UmAlQura);
        Assert.Equal(AsOf, asOfHijri.WithCalendar(CalendarSystem.Iso));

        var report = PortfolioAging.AgeItems([Item("a1", new LocalDate(2024, 5, 30), 10m, Sar)], asOfHijri);

        Assert.Equal("31-60", Assert.Single(report.Lines, l => l.Items > 0).Bucket.Label);
    }

    /// <summary>
    /// A small ledger as of 2024-06-30, computed by hand:
    /// a1 (SAR): 100.00 at DPD 10, 250.50 at DPD 45, a credit note −30.00 → 1-30: 100.00; 31-60: 250.50; credit −30.00.
    /// a2 (SAR): 500.00 at DPD 45 and an item settled on 2024-06-01 (zero on the as-of date) → 31-60: 500.00.
    /// a3 (SAR): only a settled item → a zero-balance account.
    /// a4 (USD): 75.25 due today (current) and 20.00 at DPD 200 → current 75.25; 121+ 20.00.
    /// a5 (USD): only a credit note −10.00.
    /// a6 (SAR): 40.00 and 60.00, both at DPD 45 → the same bucket twice: one account, two items.
    /// </summary>
    private static ReceivableItem[] Ledger() =>
    [
        Item("a1", AsOf.PlusDays(-10), 100m, Sar),
        Item("a1", AsOf.PlusDays(-45), 250.50m, Sar),
        Item("a1", AsOf.PlusDays(-5), -30m, Sar),
        Item("a2", AsOf.PlusDays(-45), 500m, Sar),
        Item("a2", AsOf.PlusDays(-90), 80m, Sar) with { SettledOn = new LocalDate(2024, 6, 1) },
        Item("a3", AsOf.PlusDays(-90), 70m, Sar) with { SettledOn = new LocalDate(2024, 6, 1) },
        Item("a4", AsOf, 75.25m, Usd),
        Item("a4", AsOf.PlusDays(-200), 20m, Usd),
        Item("a5", AsOf.PlusDays(-3), -10m, Usd),
        Item("a6", AsOf.PlusDays(-45), 40m, Sar),
        Item("a6", AsOf.PlusDays(-45), 60m, Sar),
    ];

    [Fact]
    public void AgeItems_SmallLedger_LinesPerBucketAndCurrencyAsComputedByHand()
    {
        var report = PortfolioAging.AgeItems(Ledger(), AsOf);

        Assert.Equal([Sar, Usd], report.Currencies);
        Assert.Equal(12, report.Lines.Length); // 2 currencies × 6 buckets, zero lines included
        var expected = new (string Currency, string Bucket, int Accounts, int Items, decimal Balance)[]
        {
            ("SAR", "current", 0, 0, 0m),
            ("SAR", "1-30", 1, 1, 100m),         // a1
            ("SAR", "31-60", 3, 4, 850.50m),     // a1 250.50 + a2 500.00 + a6 40.00 + 60.00
            ("SAR", "61-90", 0, 0, 0m),
            ("SAR", "91-120", 0, 0, 0m),
            ("SAR", "121+", 0, 0, 0m),
            ("USD", "current", 1, 1, 75.25m),    // a4, due today
            ("USD", "1-30", 0, 0, 0m),
            ("USD", "31-60", 0, 0, 0m),
            ("USD", "61-90", 0, 0, 0m),
            ("USD", "91-120", 0, 0, 0m),
            ("USD", "121+", 1, 1, 20m),          // a4, DPD 200
        };
        Assert.Equal(expected, report.Lines.Select(l => (l.Currency.Code, l.Bucket.Label, l.Accounts, l.Items, l.Balance.Amount)));
    }

    [Fact]
    public void AgeItems_CreditNotes_CountedAndSummedApartNeverNetted()
    {
        var report = PortfolioAging.AgeItems(Ledger(), AsOf);

        // SAR debt: 100.00 + 850.50 = 950.50, not reduced by a1's −30.00 credit note.
        Assert.Equal(Money.Of(950.50m, Sar), report.TotalDebt(Sar));
        Assert.Equal(Money.Of(-30m, Sar), report.TotalCredit(Sar));
        Assert.Equal(new CreditBalanceLine(Sar, 1, 1, Money.Of(-30m, Sar)), report.CreditBalances.Single(c => c.Currency == Sar));
        // USD debt: 75.25 + 20.00 = 95.25; a5's credit note −10.00 apart.
        Assert.Equal(Money.Of(95.25m, Usd), report.TotalDebt(Usd));
        Assert.Equal(new CreditBalanceLine(Usd, 1, 1, Money.Of(-10m, Usd)), report.CreditBalances.Single(c => c.Currency == Usd));
    }

    [Fact]
    public void AgeItems_AccountWithOnlySettledItems_CountedAsZeroBalanceOnly()
    {
        var report = PortfolioAging.AgeItems(Ledger(), AsOf);

        // a3 has nothing open; a2's settled item does not make a2 a zero-balance account (it still owes 500.00).
        Assert.Equal(1, report.ZeroBalanceAccounts);
    }

    [Fact]
    public void AgeItems_OneAccountInTwoCurrencies_CountedOnceInEachCurrencysBucket()
    {
        // The same account a1 owes 10.00 SAR and 20.00 USD, both 10 days late, and has a −5.00 USD credit:
        // the 1-30 line of each currency counts it once; the USD credit line counts it once.
        ReceivableItem[] items =
        [
            Item("a1", AsOf.PlusDays(-10), 10m, Sar),
            Item("a1", AsOf.PlusDays(-10), 20m, Usd),
            Item("a1", AsOf.PlusDays(-11), 30m, Usd),
            Item("a1", AsOf.PlusDays(-3), -5m, Usd),
        ];

        var report = PortfolioAging.AgeItems(items, AsOf);

        Assert.Equal((1, 1, 10m), Describe(report.LineFor(AgingBucketSet.Default.Buckets[1], Sar)));
        Assert.Equal((1, 2, 50m), Describe(report.LineFor(AgingBucketSet.Default.Buckets[1], Usd)));
        Assert.Equal(new CreditBalanceLine(Usd, 1, 1, Money.Of(-5m, Usd)), report.CreditBalances.Single(c => c.Currency == Usd));

        static (int, int, decimal) Describe(AgingReportLine line) => (line.Accounts, line.Items, line.Balance.Amount);
    }

    [Fact]
    public void LineFor_BucketAndCurrency_ReturnsTheLineOrAZeroLine()
    {
        var report = PortfolioAging.AgeItems(Ledger(), AsOf);
        var buckets = AgingBucketSet.Default;

        Assert.Equal(Money.Of(850.50m, Sar), report.LineFor(buckets.Buckets[2], Sar).Balance);
        Assert.Equal(new AgingReportLine(buckets.Buckets[1], Currency.FromCode("EUR"), 0, 0, Money.Zero(Currency.FromCode("EUR"))), report.LineFor(buckets.Buckets[1], Currency.FromCode("EUR")));
    }

    [Fact]
    public void LineFor_BucketOfAnotherSet_Refused()
    {
        var report = PortfolioAging.AgeItems(Ledger(), AsOf);
        var other = AgingBucketSet.FromLowerBounds(0, 1, 16, 31);

        var error = Assert.Throws<ArgumentException>(() => report.LineFor(other.Buckets[2], Sar));

        Assert.Contains("'16-30' is not from this report's bucket set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgeItems_CustomBuckets_UsesThem()
    {
        var buckets = AgingBucketSet.FromLowerBounds(0, 1, 16, 31);

        var report = PortfolioAging.AgeItems(Ledger(), AsOf, buckets);

        // a1's DPD-10 item is in 1-15; the four DPD-45 SAR items in 31+.
        Assert.Equal(Money.Of(100m, Sar), report.LineFor(buckets.Buckets[1], Sar).Balance);
        Assert.Equal(Money.Of(850.50m, Sar), report.LineFor(buckets.Buckets[3], Sar).Balance);
    }

    [Fact]
    public void AgeItems_NoItems_EmptyReport()
    {
        var report = PortfolioAging.AgeItems([], AsOf);

        Assert.Empty(report.Lines);
        Assert.Empty(report.Currencies);
        Assert.Equal(0, report.ZeroBalanceAccounts);
        Assert.Equal(Money.Zero(Sar), report.TotalDebt(Sar));
    }

    [Fact]
    public void PositionsFromItems_SmallLedger_WorstDelinquencyDebtAndCreditPerAccount()
    {
        var positions = PortfolioAging.PositionsFromItems(Ledger(), AsOf);

        var expected = new (string Account, int Worst, decimal Debt, decimal Credit, int Open)[]
        {
            ("a1", 45, 350.50m, -30m, 3),   // 100.00 + 250.50; worst of DPD 10 and 45; the credit note counts as open
            ("a2", 45, 500m, 0m, 1),        // the settled item is not open
            ("a3", 0, 0m, 0m, 0),           // nothing open: current, no debt
            ("a4", 200, 95.25m, 0m, 2),
            ("a5", 0, 0m, -10m, 1),         // a credit only: DPD of credits is not delinquency
            ("a6", 45, 100m, 0m, 2),
        };
        Assert.Equal(expected, positions.Select(p => (p.AccountId.Value, p.WorstDaysPastDue.Value, p.Debt.Amount, p.Credit.Amount, p.OpenItems)));
        Assert.Equal([true, true, false, true, false, true], positions.Select(p => p.HasDebt));
    }

    private static ReceivableItem Item(string account, LocalDate dueOn, decimal amount, Currency currency) =>
        new(new ItemId($"{account}-{dueOn:uuuu-MM-dd}-{amount}"), new AccountId(account), dueOn.PlusDays(-30), dueOn, Money.Of(amount, currency));

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
