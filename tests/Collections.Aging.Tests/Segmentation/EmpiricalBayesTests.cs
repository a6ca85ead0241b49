namespace Collections.Aging.Tests.Segmentation;

/// <summary>Hand-computed examples for the right-party contact prior (beta-binomial method of moments) and its smoothing.</summary>
public sealed class EmpiricalBayesTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    // Four accounts of 10 attempts with 0, 2, 4 and 6 right-party contacts, computed by hand:
    //   p0 = 12/40 = 0.3; S = Σ n(r − p0)² = 10 × (0.09 + 0.01 + 0.01 + 0.09) = 2.0; p0(1 − p0) = 0.21;
    //   ρ = (2.0/0.21 − 3) / (40 − 400/40 − 3) = (200/21 − 63/21) / 27 = 137/567 ≈ 0.2416;
    //   m = (1 − ρ)/ρ = 430/137 ≈ 3.1387 → 3.14 (2 decimals).
    //   Estimates (k + 3.14 × 0.3) / (10 + 3.14): k=0 → 0.942/13.14 ≈ 0.0717; 2 → 2.942/13.14 ≈ 0.2239;
    //   4 → 4.942/13.14 ≈ 0.3761; 6 → 6.942/13.14 ≈ 0.5283. No attempts → the prior, 0.3.
    private static readonly (int Rpc, int Attempts)[] FourAccounts = [(0, 10), (2, 10), (4, 10), (6, 10)];

    [Fact]
    public void FromAccounts_FourAccountsOfTenAttempts_PooledRateAndWeightAsComputedByHand()
    {
        var prior = RightPartyContactPrior.FromAccounts(FourAccounts, PriorScope.PeerGroup)!;

        Assert.Equal((12m, 40m), (prior.Pooled.Numerator, prior.Pooled.Denominator));
        Assert.Equal(3.14m, prior.Weight);
        Assert.Equal(PriorWeightBasis.Estimated, prior.WeightBasis);
    }

    [Theory]
    [InlineData(0, 10, 0.0717)]
    [InlineData(2, 10, 0.2239)]
    [InlineData(4, 10, 0.3761)]
    [InlineData(6, 10, 0.5283)]
    [InlineData(0, 0, 0.3)]
    public void Smooth_FourAccountPrior_EstimatesAsComputedByHand(int rpc, int attempts, double expected)
    {
        var prior = RightPartyContactPrior.FromAccounts(FourAccounts, PriorScope.PeerGroup)!;

        Assert.Equal((decimal)expected, Math.Round(prior.Smooth(rpc, attempts).Value!.Value, 4));
    }

    [Fact]
    public void Assign_PeerGroupLargeEnough_SmoothsTowardsTheGroupRateAndSaysSoInWords()
    {
        // The four accounts plus one without attempts, all 45 days past due with SAR 1,000.00: one peer group.
        var profiles = FourAccounts.Select((h, i) => Profile("a" + i, 45, h.Rpc, h.Attempts)).Append(Profile("fresh", 45, 0, 0)).ToList();

        var result = PortfolioSegmentation.Assign(OneSegment(), profiles, new SegmentationOptions { MinimumAccountsForGroupPrior = 2 });

        var estimates = result.Assignments.Select(a => Math.Round(a.Reachability.SmoothedRate!.Value.Value!.Value, 4));
        Assert.Equal([0.0717m, 0.2239m, 0.3761m, 0.5283m, 0.3m], estimates);
        Assert.All(result.Assignments, a => Assert.Equal(PriorScope.PeerGroup, a.Reachability.Prior!.Scope));
        var reason = result.Assignments[1].Reachability.Reason;
        Assert.Equal(
            "Contact points were not provided. Right-party contact rate: raw 2/10 = 20.0%; prior 30.0% (pooled rate of its peer group, bucket 31-60 × any amount in SAR); "
            + "weight m = 3.14 (estimated from the spread of account rates, beta-binomial method of moments); estimate (2 + 3.14 × 0.3000) / (10 + 3.14) = 22.4%.",
            reason.English);
        Assert.Contains("الفعلي 2/10 = 20.0%", reason.Arabic, StringComparison.Ordinal);
        Assert.Contains("المعدل المرجعي 30.0%", reason.Arabic, StringComparison.Ordinal);
        Assert.Contains("الوزن m = 3.14", reason.Arabic, StringComparison.Ordinal);
        Assert.Contains("= 22.4%", reason.Arabic, StringComparison.Ordinal);
        Assert.Contains("التواصل مع الطرف المعني", reason.Arabic, StringComparison.Ordinal); // BRIEF's term for right-party contact
        Assert.Equal(
            "Contact points were not provided. No attempts on this account yet: its right-party contact estimate is the prior, 30.0% (pooled rate of its peer group, bucket 31-60 × any amount in SAR).",
            result.Assignments[4].Reachability.Reason.English);
    }

    // The same four accounts (31-60) plus one at 200 days with 1 RPC in 4 attempts (121+), default options: both peer
    // groups have fewer than 30 accounts with attempts, so both use the portfolio prior, computed by hand:
    //   p0 = 13/44 ≈ 0.2955; S = Σ k²/n − p0·Σk = (0 + 0.4 + 1.6 + 3.6 + 0.25) − 13 × 13/44 = 5.85 − 3.8409 = 2.0091;
    //   p0(1 − p0) = 403/1936 ≈ 0.20816; ρ = (2.0091/0.20816 − 4) / (44 − 416/44 − 4) = 5.6516/30.5455 ≈ 0.18502;
    //   m = (1 − ρ)/ρ ≈ 4.4047 → 4.40. Estimate for 2/10: (2 + 4.4 × 13/44) / 14.4 = 3.3/14.4 ≈ 0.2292; for 1/4: 2.3/8.4 ≈ 0.2738.
    [Fact]
    public void Assign_ThinPeerGroups_UseThePortfolioPriorAndSaySo()
    {
        var profiles = FourAccounts.Select((h, i) => Profile("a" + i, 45, h.Rpc, h.Attempts)).Append(Profile("late", 200, 1, 4)).ToList();

        var result = PortfolioSegmentation.Assign(OneSegment(), profiles);

        var prior = result.PortfolioPrior!;
        Assert.Equal((13m, 44m, 4.40m, PriorScope.Portfolio), (prior.Pooled.Numerator, prior.Pooled.Denominator, prior.Weight, prior.Scope));
        Assert.All(result.Assignments, a => Assert.Same(prior, a.Reachability.Prior));
        Assert.Equal(0.2292m, Math.Round(result.Assignments[1].Reachability.SmoothedRate!.Value.Value!.Value, 4));
        Assert.Equal(0.2738m, Math.Round(result.Assignments[4].Reachability.SmoothedRate!.Value.Value!.Value, 4));
        Assert.Contains(
            "prior 29.5% (pooled rate of the whole portfolio, because its peer group bucket 121+ × any amount in SAR has too few accounts with attempts); weight m = 4.40",
            result.Assignments[4].Reachability.Reason.English,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_GroupLargeEnoughButSpreadNotEstimable_KeepsItsRateWithThePortfolioWeight()
    {
        // The 121+ group has two accounts of one attempt each: its own rate (1/2) but no measurable spread.
        var profiles = FourAccounts.Select((h, i) => Profile("a" + i, 45, h.Rpc, h.Attempts))
            .Append(Profile("b1", 200, 1, 1)).Append(Profile("b2", 200, 0, 1)).ToList();

        var result = PortfolioSegmentation.Assign(OneSegment(), profiles, new SegmentationOptions { MinimumAccountsForGroupPrior = 2 });

        var late = result.Assignments[4].Reachability.Prior!;
        Assert.Equal((1m, 2m), (late.Pooled.Numerator, late.Pooled.Denominator));
        Assert.Equal((PriorScope.PeerGroup, PriorWeightBasis.PortfolioWeight), (late.Scope, late.WeightBasis));
        Assert.Equal(result.PortfolioPrior!.Weight, late.Weight);
        Assert.Contains("(taken from the whole portfolio)", result.Assignments[4].Reachability.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAccounts_EveryAccountOneAttempt_DefaultWeight()
    {
        // Σn − Σn²/Σn − (N − 1) = 3 − 3/3 − 2 = 0: spread and chance cannot be told apart.
        var prior = RightPartyContactPrior.FromAccounts([(1, 1), (0, 1), (0, 1)], PriorScope.Portfolio)!;

        Assert.Equal((10m, PriorWeightBasis.DefaultWeight), (prior.Weight, prior.WeightBasis));
    }

    [Fact]
    public void FromAccounts_NoRightPartyContactEver_ZeroPriorWithTheDefaultWeight()
    {
        var prior = RightPartyContactPrior.FromAccounts([(0, 5), (0, 8)], PriorScope.Portfolio)!;

        Assert.Equal((0m, 10m, PriorWeightBasis.DefaultWeight), (prior.Pooled.Value, prior.Weight, prior.WeightBasis));
    }

    [Fact]
    public void FromAccounts_RatesSpreadNoMoreThanChance_CappedAtTheMaximumWeight()
    {
        // Three accounts at exactly 5/10: S = 0, so ρ = (0 − 2)/(30 − 10 − 2) < 0.
        var prior = RightPartyContactPrior.FromAccounts([(5, 10), (5, 10), (5, 10)], PriorScope.Portfolio)!;

        Assert.Equal((1000m, PriorWeightBasis.ClampedToMaximum), (prior.Weight, prior.WeightBasis));
    }

    [Fact]
    public void FromAccounts_RatesSpreadWidely_RaisedToTheMinimumWeight()
    {
        // 0/100, 100/100 twice each: p0 = 0.5, S = 200 − 0.5 × 200 = 100, ρ = (100/0.25 − 3)/(400 − 100 − 3) = 397/297 > 1, so m < 0.
        var prior = RightPartyContactPrior.FromAccounts([(0, 100), (100, 100), (0, 100), (100, 100)], PriorScope.Portfolio)!;

        Assert.Equal((1m, PriorWeightBasis.ClampedToMinimum), (prior.Weight, prior.WeightBasis));
    }

    [Fact]
    public void FromAccounts_NoAttempts_NoPrior() =>
        Assert.Null(RightPartyContactPrior.FromAccounts([(0, 0), (0, 0)], PriorScope.Portfolio));

    [Fact]
    public void FromAccounts_MoreContactsThanAttempts_Refused() =>
        Assert.Throws<ArgumentException>(() => RightPartyContactPrior.FromAccounts([(3, 2)], PriorScope.Portfolio));

    [Fact]
    public void Assign_AttemptHistoryButNoAttemptAnywhere_NoEstimateAndSaysWhy()
    {
        var result = PortfolioSegmentation.Assign(OneSegment(), [Profile("a", 45, 0, 0)]);

        var reachability = result.Assignments[0].Reachability;
        Assert.Null(reachability.SmoothedRate);
        Assert.Null(result.PortfolioPrior);
        Assert.EndsWith("No contact attempts are recorded in the portfolio yet, so the right-party contact rate cannot be estimated.", reachability.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_NoContactDataAtAll_ReachabilityUnknownInWordsAndNoNumbers()
    {
        var position = new AccountPosition(new AccountId("a"), new DaysPastDue(45), Money.Of(1_000m, Sar), Money.Zero(Sar), 1);

        var reachability = PortfolioSegmentation.Assign(OneSegment(), [AccountProfile.Of(position)]).Assignments[0].Reachability;

        Assert.Null(reachability.SmoothedRate);
        Assert.False(reachability.RawRate.IsDefined);
        Assert.Equal("Reachability unknown — no contact data (no contact points and no contact attempts were provided).", reachability.Reason.English);
        Assert.Equal("إمكانية الوصول غير معروفة — لا توجد بيانات تواصل (لم تُقدَّم وسائل تواصل ولا محاولات تواصل).", reachability.Reason.Arabic);
    }

    [Fact]
    public void Options_Invalid_RefusedListingEveryViolation()
    {
        var options = new SegmentationOptions { MinimumAccountsForGroupPrior = 1, MinimumPriorWeight = 5, MaximumPriorWeight = 2, DefaultPriorWeight = 10 };

        var error = Assert.Throws<ArgumentException>(() => PortfolioSegmentation.Assign(OneSegment(), [], options));

        Assert.Contains("MinimumAccountsForGroupPrior is 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaximumPriorWeight (2) is below MinimumPriorWeight (5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("DefaultPriorWeight (10) is outside [5, 2]", error.Message, StringComparison.Ordinal);
    }

    private static AccountProfile Profile(string account, int daysPastDue, int rpc, int attempts) =>
        new(
            new AccountPosition(new AccountId(account), new DaysPastDue(daysPastDue), Money.Of(1_000m, Sar), Money.Zero(Sar), 1),
            BehaviourSignals.Unknown,
            new ReachabilitySignals(ContactPointAvailability.Unknown, 0, 0, hasAttemptHistory: true, attempts, rpc));

    private static SegmentDefinitionSet OneSegment()
    {
        var text = new BilingualText("All", "الكل");
        return SegmentDefinitionSet.Create([new SegmentDefinition(new SegmentId("all"), text, 1, SegmentCriteria.Any, ChannelMix.Of((Channel.Call, 100)), [text])]);
    }
}
