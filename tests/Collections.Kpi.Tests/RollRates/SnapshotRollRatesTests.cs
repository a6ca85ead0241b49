using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.RollRates;

public sealed class SnapshotRollRatesTests
{
    private static AccountSnapshot Snapshot(string account, int month, int daysPastDue, decimal balance) =>
        new(new AccountId(account), new YearMonth(2025, month), new DaysPastDue(daysPastDue), Sr(balance));

    [Fact]
    public void Calculate_ThreePeriods_OneTransitionPerConsecutivePairOldestFirst()
    {
        AccountSnapshot[] snapshots = [Snapshot("A", 3, 0, 10), Snapshot("A", 1, 0, 10), Snapshot("A", 2, 0, 10)];

        var transitions = SnapshotRollRates.Calculate(snapshots);

        Assert.Equal([(new YearMonth(2025, 1), new YearMonth(2025, 2)), (new YearMonth(2025, 2), new YearMonth(2025, 3))], transitions.Select(t => (t.FromPeriod, t.ToPeriod)));
        Assert.All(transitions, t => Assert.Equal(RollRateUnit.Account, t.Unit));
    }

    [Fact]
    public void Calculate_OnePeriod_NoTransitions() =>
        Assert.Empty(SnapshotRollRates.Calculate([Snapshot("A", 1, 0, 10)]));

    [Fact]
    public void Calculate_AMissingMonth_TransitionSpansTheGap()
    {
        var transitions = SnapshotRollRates.Calculate([Snapshot("A", 1, 0, 10), Snapshot("A", 3, 0, 10)]);

        Assert.Equal((new YearMonth(2025, 1), new YearMonth(2025, 3)), (Assert.Single(transitions).FromPeriod, transitions[0].ToPeriod));
    }

    [Fact]
    public void Between_AccountsInOnlyOnePeriod_CountedAsEnteredAndLeftNotDropped()
    {
        // A is in both months; L only in January (left, in 61-90 owing 300); E only in February (entered, current owing 40).
        AccountSnapshot[] snapshots =
        [
            Snapshot("A", 1, 0, 100), Snapshot("A", 2, 0, 100),
            Snapshot("L", 1, 75, 300),
            Snapshot("E", 2, 0, 40),
        ];

        var matrix = SnapshotRollRates.Between(snapshots, new YearMonth(2025, 1), new YearMonth(2025, 2)).MatrixFor(Sar);

        Assert.Equal(new RollRateCell(1, Sr(100)), matrix.Total);
        Assert.Equal(new RollRateCell(1, Sr(300)), matrix.Left(State("61-90")));
        Assert.Equal(new RollRateCell(1, Sr(300)), matrix.TotalLeft);
        Assert.Equal(new RollRateCell(1, Sr(40)), matrix.Entered(State("current")));
        Assert.Equal(new RollRateCell(1, Sr(40)), matrix.TotalEntered);
    }

    [Fact]
    public void Calculate_DuplicateSnapshots_RefusedListingEveryDuplicate()
    {
        AccountSnapshot[] snapshots = [Snapshot("A", 1, 0, 1), Snapshot("A", 1, 0, 2), Snapshot("B", 2, 0, 1), Snapshot("B", 2, 5, 1)];

        var error = Assert.Throws<ArgumentException>(() => SnapshotRollRates.Calculate(snapshots));

        Assert.Contains("2 duplicate(s): A in 2025-01, B in 2025-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_LaterPeriodNotAfterEarlier_Refused() =>
        Assert.Throws<ArgumentException>(() => SnapshotRollRates.Between([], new YearMonth(2025, 2), new YearMonth(2025, 2)));

    [Fact]
    public void Calculate_TwoCurrencies_OneMatrixEachAndCureRatePooledFromCounts()
    {
        var kwd = Currency.FromCode("KWD");
        AccountSnapshot[] snapshots =
        [
            Snapshot("S1", 1, 20, 10), Snapshot("S1", 2, 0, 0), // SAR, 1-30 → paid: cured
            Snapshot("S2", 1, 20, 10), Snapshot("S2", 2, 50, 10), // SAR, 1-30 → 31-60: not cured
            new(new AccountId("K1"), new YearMonth(2025, 1), new DaysPastDue(40), Money.Of(5, kwd)),
            new(new AccountId("K1"), new YearMonth(2025, 2), new DaysPastDue(0), Money.Of(5, kwd)), // KWD, 31-60 → current: cured
        ];

        var transition = Assert.Single(SnapshotRollRates.Calculate(snapshots));

        Assert.Equal([kwd, Sar], transition.Currencies); // ordered by code
        Assert.Equal(new Rate(1, 2), transition.MatrixFor(Sar).CureRate());
        Assert.Equal(new Rate(1, 1), transition.MatrixFor(kwd).CureRate());
        Assert.Equal(new Rate(2, 3), transition.CureRate()); // (1 + 1) / (2 + 1), never the average of 50% and 100%
        Assert.Equal(0, transition.MatrixFor(Currency.UsDollar).Total.Count);
    }

    [Fact]
    public void Calculate_Portfolio_UsesItsSnapshots()
    {
        var portfolio = new PortfolioBuilder(new CreditorId("C"))
            .AddDebtor(new Debtor(new DebtorId("D")))
            .AddAccount(new Account(new AccountId("A"), new DebtorId("D"), Sar))
            .AddSnapshot(Snapshot("A", 1, 31, 10))
            .AddSnapshot(Snapshot("A", 2, 61, 10))
            .Build();

        var matrix = Assert.Single(SnapshotRollRates.Calculate(portfolio)).MatrixFor(Sar);

        Assert.Equal(new Rate(1, 1), matrix.ForwardRollRate(Bucket("31-60")));
    }
}
