namespace Collections.Aging.Tests.Buckets;

public sealed class AgingBucketSetTests
{
    [Theory]
    [InlineData(-30, "current")]
    [InlineData(0, "current")]
    [InlineData(1, "1-30")]
    [InlineData(30, "1-30")]
    [InlineData(31, "31-60")]
    [InlineData(60, "31-60")]
    [InlineData(61, "61-90")]
    [InlineData(90, "61-90")]
    [InlineData(91, "91-120")]
    [InlineData(120, "91-120")]
    [InlineData(121, "121+")]
    [InlineData(3650, "121+")]
    public void Classify_DefaultSet_EveryEdgeAsBriefSays(int daysPastDue, string expectedLabel) =>
        Assert.Equal(expectedLabel, AgingBucketSet.Default.Classify(new DaysPastDue(daysPastDue)).Label);

    [Fact]
    public void Default_HasTheSixStandardLabelsInOrder() =>
        Assert.Equal(["current", "1-30", "31-60", "61-90", "91-120", "121+"], AgingBucketSet.Default.Buckets.Select(b => b.Label));

    [Fact]
    public void FromLowerBounds_Disordered_RefusedListingEveryViolation()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingBucketSet.FromLowerBounds(5, 1, 1));

        Assert.Contains("first lower bound must be 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("the lower bound at position 1 (1) is not above the one at position 0 (5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the lower bound at position 2 (1) is not above the one at position 1 (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GapAndOverlap_RefusedNamingTheBuckets()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingBucketSet.Create(
        [
            new AgingBucketDefinition("current", null, 0),
            new AgingBucketDefinition("2-30", 2, 30),
            new AgingBucketDefinition("25-60", 25, 60),
            new AgingBucketDefinition("61+", 61, null),
        ]));

        Assert.Contains("bucket 1 ('2-30') starts at 2, leaving a gap", error.Message, StringComparison.Ordinal);
        Assert.Contains("bucket 2 ('25-60') starts at 25, overlapping", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LastBucketClosed_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingBucketSet.Create(
            [new AgingBucketDefinition("current", null, 0), new AgingBucketDefinition("1-30", 1, 30)]));

        Assert.Contains("must be open above", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLowerBounds_CustomSet_LabelsFromBounds() =>
        Assert.Equal(["current", "1-15", "16-30", "31+"], AgingBucketSet.FromLowerBounds(0, 1, 16, 31).Buckets.Select(b => b.Label));

    [Fact]
    public void Create_BucketEndingAtIntMaxValueFollowedByAnother_RefusedAsOverlapNotOverflow()
    {
        // Regression: the gap check computed previousHigh + 1 in a checked context and threw OverflowException.
        var error = Assert.Throws<ArgumentException>(() => AgingBucketSet.Create(
            [new AgingBucketDefinition("all", null, int.MaxValue), new AgingBucketDefinition("more", 5, null)]));

        Assert.Contains("bucket 1 ('more') starts at 5, overlapping the previous bucket, which ends at 2147483647", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ExtremeButValidBounds_ClassifiesTheExtremes()
    {
        var buckets = AgingBucketSet.Create(
            [new AgingBucketDefinition("low", null, int.MinValue), new AgingBucketDefinition("high", int.MinValue + 1, null)]);

        Assert.Equal(0, buckets.IndexOf(new DaysPastDue(int.MinValue)));
        Assert.Equal(1, buckets.IndexOf(new DaysPastDue(int.MaxValue)));
    }
}
