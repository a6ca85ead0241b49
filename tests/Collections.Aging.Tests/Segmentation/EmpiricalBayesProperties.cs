using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Aging.Tests.Segmentation;

/// <summary>The rules of empirical-Bayes smoothing of right-party contact rates.</summary>
public sealed class EmpiricalBayesProperties
{
    // Decimal division rounds at the 28th digit; comparisons allow that much and no more.
    private const decimal Rounding = 0.000_000_000_000_000_001m;

    private static readonly Arbitrary<(RightPartyContactPrior Prior, int Rpc, int Attempts)> Cases =
        (from pooledRpc in Gen.Choose(0, 500)
         from pooledExtra in Gen.Choose(0, 500)
         from weightHundredths in Gen.Choose(1, 100_000)
         from attempts in Gen.Choose(1, 500)
         from rpc in Gen.Choose(0, attempts)
         let pooledAttempts = Math.Max(1, pooledRpc + pooledExtra)
         select (new RightPartyContactPrior(new Rate(pooledRpc, pooledAttempts), weightHundredths / 100m, PriorScope.PeerGroup, PriorWeightBasis.Estimated), rpc, attempts))
        .ToArbitrary();

    [Property]
    public Property The_estimate_lies_between_the_raw_rate_and_the_prior() =>
        Prop.ForAll(Cases, c =>
        {
            var estimate = c.Prior.Smooth(c.Rpc, c.Attempts).Value!.Value;
            var raw = (decimal)c.Rpc / c.Attempts;
            var prior = c.Prior.PooledFraction;
            return estimate >= Math.Min(raw, prior) - Rounding && estimate <= Math.Max(raw, prior) + Rounding;
        });

    [Property]
    public Property More_attempts_with_the_same_raw_rate_move_the_estimate_toward_the_raw_rate() =>
        Prop.ForAll(Cases, Gen.Choose(2, 20).ToArbitrary(), (c, factor) =>
        {
            var raw = (decimal)c.Rpc / c.Attempts;
            var fewer = Math.Abs(c.Prior.Smooth(c.Rpc, c.Attempts).Value!.Value - raw);
            var more = Math.Abs(c.Prior.Smooth(c.Rpc * factor, c.Attempts * factor).Value!.Value - raw);
            return raw == c.Prior.PooledFraction ? more <= fewer + Rounding : more < fewer;
        });

    [Property]
    public Property An_account_with_no_attempts_gets_the_prior() =>
        Prop.ForAll(Cases, c => c.Prior.Smooth(0, 0) == c.Prior.Pooled);

    [Property]
    public Property Accounts_without_attempts_get_their_peer_groups_prior_in_segmentation() =>
        Prop.ForAll(SegmentationGenerators.Profiles().ToArbitrary(), profiles =>
        {
            var result = PortfolioSegmentation.Assign(StandardSegments.Saudi, profiles, new SegmentationOptions { MinimumAccountsForGroupPrior = 2 });
            return result.Assignments
                .Where(a => a.Profile.Reachability is { HasAttemptHistory: true, Attempts: 0 } && a.Reachability.Prior is not null)
                .All(a => a.Reachability.SmoothedRate == a.Reachability.Prior!.Pooled);
        });

    [Property]
    public Property The_estimated_weight_stays_within_its_bounds() =>
        Prop.ForAll(
            (from attempts in Gen.Choose(0, 60)
             from share in Gen.Choose(0, 100)
             select (attempts * share / 100, attempts)).ListOf().ToArbitrary(),
            histories =>
            {
                var options = SegmentationOptions.Default;
                var prior = RightPartyContactPrior.FromAccounts(histories, PriorScope.Portfolio, options);
                return histories.Sum(h => h.attempts) == 0
                    ? prior is null
                    : prior is not null && prior.Weight >= options.MinimumPriorWeight && prior.Weight <= options.MaximumPriorWeight
                        && prior.Pooled == new Rate(histories.Sum(h => h.Item1), histories.Sum(h => h.attempts));
            });
}
