using System.Globalization;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.RollRates;

public sealed class RollRateMatrixTests
{
    private static readonly YearMonth January = new(2025, 1);
    private static readonly YearMonth February = new(2025, 2);

    /// <summary>Three accounts seen in January and February 2025 (SAR, default buckets):
    /// A: Jan 45 DPD owing 1,000.00 (31-60) → Feb 0 DPD owing 0 (paid): a cure;
    /// B: Jan 10 DPD owing 500.00 (1-30) → Feb 40 DPD owing 520.00 (31-60): a forward roll;
    /// C: Jan 0 DPD owing 0 (paid) → Feb 0 DPD owing 200.00 (current): a paid account that owes again.</summary>
    private static AccountSnapshot[] ThreeAccounts() =>
    [
        new(new AccountId("A"), January, new DaysPastDue(45), Sr(1000)),
        new(new AccountId("A"), February, new DaysPastDue(0), Sr(0)),
        new(new AccountId("B"), January, new DaysPastDue(10), Sr(500)),
        new(new AccountId("B"), February, new DaysPastDue(40), Sr(520)),
        new(new AccountId("C"), January, new DaysPastDue(0), Sr(0)),
        new(new AccountId("C"), February, new DaysPastDue(0), Sr(200)),
    ];

    [Fact]
    public void Between_ThreeAccounts_CountsAndStartBalancesInTheirCells()
    {
        var matrix = SnapshotRollRates.Between(ThreeAccounts(), January, February).MatrixFor(Sar);

        Assert.Equal(RollRateUnit.Account, matrix.Unit);
        Assert.Equal(new RollRateCell(1, Sr(1000)), matrix.Cell(State("31-60"), State("paid")));
        Assert.Equal(new RollRateCell(1, Sr(500)), matrix.Cell(State("1-30"), State("31-60"))); // January's 500, not February's 520
        Assert.Equal(new RollRateCell(1, Sr(0)), matrix.Cell(State("paid"), State("current")));
        Assert.Equal(new RollRateCell(3, Sr(1500)), matrix.Total);
        // Every other cell is empty: 3 accounts, 3 non-empty cells.
        Assert.Equal(3, matrix.States.Sum(from => matrix.States.Count(to => matrix.Cell(from, to).Count > 0)));
        Assert.Equal(["1-30", "31-60", "paid"], matrix.FromStates.Select(s => s.Label));
    }

    [Fact]
    public void Between_ThreeAccounts_SharesForwardRollAndCureRates()
    {
        var matrix = SnapshotRollRates.Between(ThreeAccounts(), January, February).MatrixFor(Sar);

        // Row 1-30 holds only B, which rolled to 31-60: 1/1 by count and 500/500 by balance.
        Assert.Equal(1m, matrix.ForwardRollRate(Bucket("1-30")).Value);
        Assert.Equal(1m, matrix.ForwardRollBalanceRate(Bucket("1-30")).Value);
        // Row current is empty: its forward roll rate is n/a, not 0%.
        Assert.False(matrix.ForwardRollRate(Bucket("current")).IsDefined);
        // Paid row: C owed nothing at the start, so its balance share is n/a while its count share is 1/1.
        Assert.Equal(1m, matrix.Share(State("paid"), State("current")).Value);
        Assert.False(matrix.BalanceShare(State("paid"), State("current")).IsDefined);
        // Cure: delinquent at the start are A (31-60) and B (1-30); only A is current or paid at the end → 1/2.
        Assert.Equal(new Rate(1, 2), matrix.CureRate());
        Assert.Equal(new Rate(1, 1), matrix.CureRate(Bucket("31-60")));
        Assert.Equal(new Rate(0, 1), matrix.CureRate(Bucket("1-30")));
        Assert.False(matrix.CureRate(Bucket("61-90")).IsDefined);
    }

    [Fact]
    public void CureRate_NobodyDelinquentAtTheStart_IsNotApplicableNotZero()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);
        accumulator.Add(State("current"), State("1-30"), Sr(100));
        accumulator.Add(State("paid"), State("paid"), Sr(0));

        var cure = accumulator.ToMatrix().CureRate();

        Assert.False(cure.IsDefined);
        Assert.Null(cure.Percent);
        Assert.Equal("n/a", cure.ToPercentString(1, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CureRate_CurrentBucket_RefusedAsNotDelinquent()
    {
        var matrix = RollRateMatrix.Empty(Buckets, Sar, RollRateUnit.Account);

        var error = Assert.Throws<ArgumentException>(() => matrix.CureRate(Bucket("current")));

        Assert.Contains("only delinquent buckets have a cure rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForwardRollRate_LastBucket_RefusedAsHavingNoNextBucket()
    {
        var matrix = RollRateMatrix.Empty(Buckets, Sar, RollRateUnit.Account);

        var error = Assert.Throws<ArgumentException>(() => matrix.ForwardRollRate(Bucket("121+")));

        Assert.Contains("'121+' is the last bucket", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_BucketOfAnotherSet_RefusedNamingTheState()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);
        var foreign = RollState.InBucket(AgingBucketSet.FromLowerBounds(0, 1, 16, 31).Buckets[2]); // '16-30'

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add(foreign, RollState.Paid, Sr(1)));

        Assert.Contains("State '16-30'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_BalanceInAnotherCurrency_Refused()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);

        Assert.Throws<CurrencyMismatchException>(() => accumulator.Add(RollState.Paid, RollState.Paid, Money.Of(1, Currency.UsDollar)));
    }

    [Fact]
    public void Add_CreditBalance_CountedWithZeroBalance()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);

        accumulator.Add(State("1-30"), State("current"), Sr(-75));

        Assert.Equal(new RollRateCell(1, Sr(0)), accumulator.ToMatrix().Cell(State("1-30"), State("current")));
    }

    [Fact]
    public void Merge_DifferentSetCurrencyAndUnit_RefusedListingEveryDifference()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);
        var other = new RollRateAccumulator(AgingBucketSet.FromLowerBounds(0, 1, 31), Currency.UsDollar, RollRateUnit.Item);

        var error = Assert.Throws<ArgumentException>(() => accumulator.Merge(other));

        Assert.Contains("the bucket sets differ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the currencies differ (SAR and USD)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the units differ (Account and Item)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_EqualButSeparatelyBuiltBucketSets_Accepted()
    {
        var left = new RollRateAccumulator(AgingBucketSet.FromLowerBounds(0, 1, 31), Sar, RollRateUnit.Account);
        var right = new RollRateAccumulator(AgingBucketSet.FromLowerBounds(0, 1, 31), Sar, RollRateUnit.Account);
        right.Add(RollState.InBucket(right.Buckets.Buckets[1]), RollState.Paid, Sr(10));

        var merged = left.Merge(right).ToMatrix();

        Assert.Equal(new RollRateCell(1, Sr(10)), merged.Total);
    }

    [Fact]
    public void ToMatrix_LaterAdds_DoNotChangeAnEarlierMatrix()
    {
        var accumulator = new RollRateAccumulator(Buckets, Sar, RollRateUnit.Account);
        accumulator.Add(State("1-30"), State("paid"), Sr(10));
        var before = accumulator.ToMatrix();

        accumulator.Add(State("1-30"), State("paid"), Sr(10));

        Assert.Equal(1, before.Total.Count);
        Assert.Equal(2, accumulator.ToMatrix().Total.Count);
    }
}
