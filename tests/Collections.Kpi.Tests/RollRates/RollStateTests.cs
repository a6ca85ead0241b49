using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.RollRates;

public sealed class RollStateTests
{
    [Theory]
    [InlineData(45, 1000, "31-60")] // past due: the bucket of its days
    [InlineData(30, 1, "1-30")]
    [InlineData(121, 1, "121+")]
    [InlineData(0, 250, "current")] // not past due and owing: current
    [InlineData(-10, 250, "current")]
    [InlineData(0, 0, "paid")] // not past due and owing nothing: paid
    [InlineData(-5, -300, "paid")] // a credit balance owes nothing
    public void Classify_DaysAndBalance_StateAsDecided(int daysPastDue, decimal balance, string expected) =>
        Assert.Equal(expected, RollState.Classify(Buckets, new DaysPastDue(daysPastDue), Sr(balance)).Label);

    [Theory]
    [InlineData(0)]
    [InlineData(-120)]
    public void Classify_PastDueWithNothingOwed_StatusWins(decimal balance)
    {
        // The decided rule: DPD > 0 gives the bucket of its DPD even when the balance is not positive (a data oddity
        // the assessment reports separately); it is not "paid".
        var state = RollState.Classify(Buckets, new DaysPastDue(60), Sr(balance));

        Assert.Equal("31-60", state.Label);
        Assert.True(state.IsDelinquent);
        Assert.False(state.IsPaid);
    }

    [Fact]
    public void Default_IsPaid()
    {
        Assert.Equal(RollState.Paid, default(RollState));
        Assert.True(default(RollState).IsPaid);
        Assert.Equal("paid", default(RollState).ToString());
    }

    [Fact]
    public void IsDelinquent_CurrentAndPaidAreNot_EveryLaterBucketIs()
    {
        Assert.False(State("current").IsDelinquent);
        Assert.False(RollState.Paid.IsDelinquent);
        Assert.All(Buckets.Buckets.Skip(1), b => Assert.True(RollState.InBucket(b).IsDelinquent));
    }

    [Fact]
    public void Classify_SetWhoseFirstBucketHoldsLateDays_ThoseDaysAreNotDelinquent()
    {
        var buckets = AgingBucketSet.FromLowerBounds(0, 31, 61);

        var state = RollState.Classify(buckets, new DaysPastDue(20), Sr(10));

        Assert.Equal("0-30", state.Label);
        Assert.False(state.IsDelinquent);
    }
}
