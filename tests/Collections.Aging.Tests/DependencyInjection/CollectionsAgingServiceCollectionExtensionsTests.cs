using Microsoft.Extensions.DependencyInjection;

namespace Collections.Aging.Tests.DependencyInjection;

public sealed class CollectionsAgingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCollectionsAging_Defaults_DefaultBucketsAndTheSaudiSegments()
    {
        var services = new ServiceCollection();

        var returned = services.AddCollectionsAging();
        using var provider = services.BuildServiceProvider();

        Assert.Same(services, returned);
        Assert.Same(AgingBucketSet.Default, provider.GetRequiredService<AgingBucketSet>());
        Assert.Equal(StandardSegments.Saudi.Definitions, provider.GetRequiredService<SegmentDefinitionSet>().Definitions);
        Assert.Equal([StandardSegments.SaudiHighBalance], provider.GetRequiredService<SegmentationOptions>().PeerGroupAmountBreaks);
        Assert.Same(AccountProfileOptions.Default, provider.GetRequiredService<AccountProfileOptions>());
    }

    [Fact]
    public void AddCollectionsAging_CustomBucketsAndStandardSegmentsInAed_Registered()
    {
        var aed = Money.Of(5_000m, Currency.FromCode("AED"));
        var buckets = AgingBucketSet.FromLowerBounds(0, 1, 16, 31);

        using var provider = new ServiceCollection()
            .AddCollectionsAging(aging =>
            {
                aging.Buckets = buckets;
                aging.UseStandardSegments(aed);
            })
            .BuildServiceProvider();

        Assert.Same(buckets, provider.GetRequiredService<AgingBucketSet>());
        var options = provider.GetRequiredService<SegmentationOptions>();
        Assert.Equal([aed], options.PeerGroupAmountBreaks);
        Assert.Same(buckets, options.PeerGroupBuckets);
        var midHigh = provider.GetRequiredService<SegmentDefinitionSet>().Definitions.Single(d => d.Id == StandardSegments.MidStageHigh);
        Assert.True(midHigh.Criteria.Amount!.Contains(aed));
    }

    [Fact]
    public void AddCollectionsAging_HostRegisteredItsOwnFirst_HostWins()
    {
        var own = AgingBucketSet.FromLowerBounds(0, 1, 61);
        var services = new ServiceCollection().AddSingleton(own);

        services.AddCollectionsAging();
        using var provider = services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<AgingBucketSet>());
        Assert.Single(services, d => d.ServiceType == typeof(AgingBucketSet));
    }

    [Fact]
    public void AddCollectionsAging_InvalidConfiguration_RefusedAtRegistrationListingEveryViolation()
    {
        var text = new BilingualText("Late", "متأخر");
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddCollectionsAging(aging =>
        {
            aging.Segments.Add(new SegmentDefinition(new SegmentId("late"), text, 1, new SegmentCriteria { Age = DaysPastDueRange.AtLeast(121) }, ChannelMix.Of((Channel.Call, 90)), [text]));
            aging.SegmentationOptions = new SegmentationOptions { MinimumAccountsForGroupPrior = 0 };
            aging.ProfileOptions = new AccountProfileOptions { RecentPeriods = 0 };
        }));

        Assert.Contains("segments: segment 'late': the channel shares sum to 90%, not 100%", error.Message, StringComparison.Ordinal);
        Assert.Contains("segments: no catch-all segment", error.Message, StringComparison.Ordinal);
        Assert.Contains("segmentation options: MinimumAccountsForGroupPrior is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("profile options: RecentPeriods is 0", error.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddCollectionsAging_NullServices_Refused() =>
        Assert.Throws<ArgumentNullException>(() => CollectionsAgingServiceCollectionExtensions.AddCollectionsAging(null!));
}
