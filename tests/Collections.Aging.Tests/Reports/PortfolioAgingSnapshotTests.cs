namespace Collections.Aging.Tests.Reports;

/// <summary>Hand-computed examples for <see cref="PortfolioAging.AgeSnapshots"/> and <see cref="PortfolioAging.PositionsFromSnapshots"/>.</summary>
public sealed class PortfolioAgingSnapshotTests
{
    private static readonly Currency Twd = Currency.FromCode("TWD");
    private static readonly YearMonth September = new(2005, 9);

    /// <summary>
    /// One snapshot per account for September 2005, statuses as the UCI file codes them (months past due), mapped by
    /// BRIEF's m → m × 30 days: −2 and −1 and 0 → current; 1 → 30 (1-30); 2 → 60 (31-60); 3 → 90 (61-90);
    /// 4 → 120 (91-120); 5 → 150 and 8 → 240 (121+). c1 has a credit balance, z1 a balance of exactly zero.
    /// An August snapshot of s1 must be ignored.
    /// </summary>
    private static AccountSnapshot[] Snapshots() =>
    [
        Snapshot("p2", September, -2, 0m),
        Snapshot("p1", September, -1, 1_000m),
        Snapshot("s0", September, 0, 2_000m),
        Snapshot("s1", September, 1, 3_000m),
        Snapshot("s2", September, 2, 4_000m),
        Snapshot("s3", September, 3, 5_000m),
        Snapshot("s4", September, 4, 6_000m),
        Snapshot("s5", September, 5, 7_000m),
        Snapshot("s8", September, 8, 8_000m),
        Snapshot("c1", September, 0, -150m),
        Snapshot("z1", September, 2, 0m),
        Snapshot("s1", new YearMonth(2005, 8), 0, 999_999m),
    ];

    [Theory]
    [InlineData(-2, "current")]
    [InlineData(-1, "current")]
    [InlineData(0, "current")]
    [InlineData(1, "1-30")]
    [InlineData(2, "31-60")]
    [InlineData(3, "61-90")]
    [InlineData(4, "91-120")]
    [InlineData(5, "121+")]
    [InlineData(8, "121+")]
    public void AgeSnapshots_MonthsPastDue_MapToBucketsAsBriefSays(int monthsPastDue, string expectedBucket)
    {
        var report = PortfolioAging.AgeSnapshots([Snapshot("a", September, monthsPastDue, 100m)], September);

        Assert.Equal(expectedBucket, Assert.Single(report.Lines, l => l.Items > 0).Bucket.Label);
    }

    [Fact]
    public void AgeSnapshots_OnePeriod_LinesComputedByHand()
    {
        var report = PortfolioAging.AgeSnapshots(Snapshots(), September);

        var expected = new (string Bucket, int Accounts, int Items, decimal Balance)[]
        {
            ("current", 2, 2, 3_000m),   // p1 1,000 + s0 2,000 (p2 is zero; c1 is a credit)
            ("1-30", 1, 1, 3_000m),      // s1 (its August snapshot is another period)
            ("31-60", 1, 1, 4_000m),     // s2 (z1 is zero)
            ("61-90", 1, 1, 5_000m),
            ("91-120", 1, 1, 6_000m),
            ("121+", 2, 2, 15_000m),     // s5 7,000 + s8 8,000
        };
        Assert.Equal(expected, report.Lines.Select(l => (l.Bucket.Label, l.Accounts, l.Items, l.Balance.Amount)));
        Assert.Equal(Money.Of(36_000m, Twd), report.TotalDebt(Twd));
    }

    [Fact]
    public void AgeSnapshots_NegativeAndZeroBalances_CreditApartZeroCounted()
    {
        var report = PortfolioAging.AgeSnapshots(Snapshots(), September);

        Assert.Equal(new CreditBalanceLine(Twd, 1, 1, Money.Of(-150m, Twd)), Assert.Single(report.CreditBalances));
        Assert.Equal(2, report.ZeroBalanceAccounts); // p2 and z1
    }

    [Fact]
    public void AgeSnapshots_AsOfIsTheLastDayOfThePeriod()
    {
        Assert.Equal(new LocalDate(2005, 9, 30), PortfolioAging.AgeSnapshots(Snapshots(), September).AsOf);
        Assert.Equal(new LocalDate(2024, 2, 29), PortfolioAging.AgeSnapshots([], new YearMonth(2024, 2)).AsOf);
    }

    [Fact]
    public void AgeSnapshots_PeriodWithoutSnapshots_EmptyReport()
    {
        var report = PortfolioAging.AgeSnapshots(Snapshots(), new YearMonth(2005, 10));

        Assert.Empty(report.Lines);
        Assert.Equal(0, report.ZeroBalanceAccounts);
    }

    [Fact]
    public void PositionsFromSnapshots_OnePeriod_OnePositionPerAccountInSourceOrder()
    {
        var positions = PortfolioAging.PositionsFromSnapshots(Snapshots(), September);

        var expected = new (string Account, int Worst, decimal Debt, decimal Credit, int Open)[]
        {
            ("p2", 0, 0m, 0m, 0),
            ("p1", 0, 1_000m, 0m, 1),
            ("s0", 0, 2_000m, 0m, 1),
            ("s1", 30, 3_000m, 0m, 1),
            ("s2", 60, 4_000m, 0m, 1),
            ("s3", 90, 5_000m, 0m, 1),
            ("s4", 120, 6_000m, 0m, 1),
            ("s5", 150, 7_000m, 0m, 1),
            ("s8", 240, 8_000m, 0m, 1),
            ("c1", 0, 0m, -150m, 1),
            ("z1", 0, 0m, 0m, 0),     // two months late but owing nothing: no delinquency to report
        };
        Assert.Equal(expected, positions.Select(p => (p.AccountId.Value, p.WorstDaysPastDue.Value, p.Debt.Amount, p.Credit.Amount, p.OpenItems)));
    }

    private static AccountSnapshot Snapshot(string account, YearMonth period, int monthsPastDue, decimal balance) =>
        new(new AccountId(account), period, DaysPastDue.FromMonthsPastDue(monthsPastDue), Money.Of(balance, Twd));
}
