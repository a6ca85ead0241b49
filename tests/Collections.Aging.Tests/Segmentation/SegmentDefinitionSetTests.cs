using System.Collections.Immutable;

namespace Collections.Aging.Tests.Segmentation;

/// <summary>Examples for building and checking segment sets, and for first-match evaluation.</summary>
public sealed class SegmentDefinitionSetTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;
    private static readonly BilingualText Text = new("Text", "نص");

    [Fact]
    public void Create_EveryKindOfMistake_RefusedListingEveryViolation()
    {
        SegmentDefinition[] definitions =
        [
            Define("a", 1, new SegmentCriteria { Age = new DaysPastDueRange(90, 31) }, ChannelMix.Of((Channel.Call, 70), (Channel.Sms, 20))),
            Define("a", 2, new SegmentCriteria { Amount = AmountBand.Of(MoneyRange.Between(Money.Of(500m, Sar), Money.Of(100m, Sar))) }, ChannelMix.Of()),
            Define("b", 2, new SegmentCriteria { Reachability = new ReachabilityCriteria { SmoothedRightPartyContactRate = new RateBand(0.5m, 1.5m) } }, ChannelMix.Of((Channel.Call, 50), (Channel.Call, 50))) with { Reasons = [] },
            Define("c", 0, new SegmentCriteria { Behaviour = new BehaviourCriteria { MinimumBrokenPromises = -1, Trends = [DelinquencyTrend.Unknown] } }, ChannelMix.Of((Channel.Sms, 0), (Channel.Email, 100))),
        ];

        var error = Assert.Throws<ArgumentException>(() => SegmentDefinitionSet.Create(definitions));

        string[] expected =
        [
            "segment id 'a' is used 2 times",
            "priority 2 is shared by 'a', 'b'; priorities must be unique",
            "segment 'a': the channel shares sum to 90%, not 100%",
            "segment 'a': the age range ends (31) before it starts (90)",
            "segment 'a': the channel mix is empty (use ChannelMix.NoOutboundContact",
            "segment 'a': the SAR range is empty (from 500.00 SAR to below 100.00 SAR)",
            "segment 'b': no reason in words",
            "segment 'b': the channel mix names call 2 times",
            "segment 'b': the rate band [50%, 150%) is outside 0%..100%",
            "segment 'c': priority 0 is below 1",
            "segment 'c': the share of sms is 0%, outside 1..100",
            "segment 'c': the minimum of broken promises is negative (-1)",
            "segment 'c': a trend criterion cannot ask for an unknown trend",
            "no catch-all segment",
        ];
        Assert.All(expected, e => Assert.Contains(e, error.Message, StringComparison.Ordinal));
        Assert.Equal(expected.Length, SegmentDefinitionSet.Validate(definitions).Count);
    }

    [Fact]
    public void Create_SegmentAfterTheCatchAll_RefusedAsNeverMatching()
    {
        var error = Assert.Throws<ArgumentException>(() => SegmentDefinitionSet.Create(
        [
            Define("everyone", 5, SegmentCriteria.Any, ChannelMix.Of((Channel.Call, 100))),
            Define("late", 9, new SegmentCriteria { Age = DaysPastDueRange.AtLeast(121) }, ChannelMix.Of((Channel.Call, 100))),
        ]));

        Assert.Contains("segment 'late' comes after the catch-all 'everyone' and could never match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoDefinitions_Refused() =>
        Assert.Contains("there are no segment definitions", Assert.Throws<ArgumentException>(() => SegmentDefinitionSet.Create([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Create_AmountBandWithTwoRangesInOneCurrencyAndAForeignLimit_Refused()
    {
        var band = AmountBand.Of(MoneyRange.AtLeast(Money.Of(1m, Sar)), new MoneyRange(Sar, null, Money.Of(5m, Currency.UsDollar)));

        var violations = SegmentDefinitionSet.Validate([Define("x", 1, new SegmentCriteria { Amount = band }, ChannelMix.Of((Channel.Call, 100))), Define("all", 2, SegmentCriteria.Any, ChannelMix.NoOutboundContact)]);

        Assert.Equal(["segment 'x': the SAR range's upper limit is in USD", "segment 'x': the amount band has 2 ranges in SAR"], violations);
    }

    [Fact]
    public void Create_DefinitionsInAnyOrder_OrderedByPriority()
    {
        var set = SegmentDefinitionSet.Create(
        [
            Define("all", 99, SegmentCriteria.Any, ChannelMix.NoOutboundContact),
            Define("late", 2, new SegmentCriteria { Age = DaysPastDueRange.AtLeast(121) }, ChannelMix.Of((Channel.Call, 100))),
            Define("early", 7, new SegmentCriteria { Age = DaysPastDueRange.AtMost(30) }, ChannelMix.Of((Channel.Sms, 100))),
        ]);

        Assert.Equal(["late", "early", "all"], set.Definitions.Select(d => d.Id.Value));
        Assert.Equal("all", set.CatchAll.Id.Value);
        Assert.True(set.TryGet(new SegmentId("early"), out var early));
        Assert.Equal(7, early.Priority);
        Assert.False(set.TryGet(new SegmentId("missing"), out _));
    }

    [Theory]
    [InlineData(150, "late")]    // both "late" (priority 2) and "big" (priority 3) match: the lower number wins
    [InlineData(45, "big")]
    [InlineData(10, "all")]
    public void Classify_SeveralMatch_FirstByPriorityWins(int daysPastDue, string expected)
    {
        var set = SegmentDefinitionSet.Create(
        [
            Define("all", 99, SegmentCriteria.Any, ChannelMix.NoOutboundContact),
            Define("big", 3, new SegmentCriteria { Age = DaysPastDueRange.AtLeast(31), Amount = AmountBand.AtLeast(Money.Of(1_000m, Sar)) }, ChannelMix.Of((Channel.Call, 100))),
            Define("late", 2, new SegmentCriteria { Age = DaysPastDueRange.AtLeast(121) }, ChannelMix.Of((Channel.Letter, 100))),
        ]);
        var profile = AccountProfile.Of(new AccountPosition(new AccountId("a"), new DaysPastDue(daysPastDue), Money.Of(5_000m, Sar), Money.Zero(Sar), 1));
        var reachability = new ReachabilityEstimate(profile.Reachability, new PeerGroup(Sar, AgingBucketSet.Default.Buckets[0], null, null), null);

        Assert.Equal(expected, set.Classify(profile, reachability).Id.Value);
    }

    [Fact]
    public void AmountBand_AccountInACurrencyWithoutARange_DoesNotMatch()
    {
        var band = AmountBand.AtLeast(Money.Of(5_000m, Sar));

        Assert.True(band.Contains(Money.Of(5_000m, Sar)));
        Assert.False(band.Contains(Money.Of(4_999.99m, Sar)));
        Assert.False(band.Contains(Money.Of(1_000_000m, Currency.UsDollar)));
    }

    [Fact]
    public void AgingBucket_RangeThrough_SpansTheirBounds()
    {
        var buckets = AgingBucketSet.Default.Buckets;

        Assert.Equal(new DaysPastDueRange(31, 90), buckets[2].RangeThrough(buckets[3]));
        Assert.Equal(new DaysPastDueRange(null, 30), buckets[0].RangeThrough(buckets[1]));
        Assert.Equal(new DaysPastDueRange(121, null), buckets[5].RangeThrough(buckets[5]));
        Assert.Equal(new DaysPastDueRange(31, 60), buckets[2].Range);
        Assert.Throws<ArgumentException>(() => buckets[3].RangeThrough(buckets[2]));
    }

    [Fact]
    public void BehaviourCriteria_UnknownSignals_DoNotMatchCriteriaOnThem()
    {
        var unknown = BehaviourSignals.Unknown;

        Assert.False(new BehaviourCriteria { PaidRecently = false }.Matches(unknown));
        Assert.False(new BehaviourCriteria { PaidRecently = true }.Matches(unknown));
        Assert.False(new BehaviourCriteria { Trends = [DelinquencyTrend.Stable] }.Matches(unknown));
        Assert.False(new BehaviourCriteria { MinimumBrokenPromises = 0 }.Matches(unknown));
        Assert.True(new BehaviourCriteria { OpenDispute = false }.Matches(unknown));
    }

    [Fact]
    public void ChannelMix_PercentFor_ReadsTheShare()
    {
        var mix = ChannelMix.Of((Channel.Call, 70), (Channel.Sms, 30));

        Assert.Equal((70, 30, 0), (mix.PercentFor(Channel.Call), mix.PercentFor(Channel.Sms), mix.PercentFor(Channel.Letter)));
        Assert.Equal("call 70%, sms 30%", mix.ToString());
        Assert.Equal("no outbound contact", ChannelMix.NoOutboundContact.ToString());
    }

    private static SegmentDefinition Define(string id, int priority, SegmentCriteria criteria, ChannelMix mix) =>
        new(new SegmentId(id), Text, priority, criteria, mix, ImmutableArray.Create(Text));
}
