using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>Puts every account of a portfolio in exactly one segment, with reachability smoothed by empirical Bayes.</summary>
/// <remarks>
/// <para>Two passes. First, each account's peer group (age bucket × amount band, see <see cref="SegmentationOptions"/>)
/// and the right-party contact priors of every group and of the whole portfolio. Then, per account, its
/// <see cref="ReachabilityEstimate"/> and the first segment by priority whose criteria it meets (the set's catch-all
/// guarantees one).</para>
/// <para>Summaries count accounts and sum debt per currency per segment, with shares as <see cref="Rate"/>s (n/a when
/// the denominator is zero, never 0%).</para>
/// </remarks>
public static class PortfolioSegmentation
{
    /// <summary>Assigns every account to a segment.</summary>
    /// <param name="segments">The segment set.</param>
    /// <param name="profiles">One profile per account (see <see cref="AccountProfiles"/>).</param>
    /// <param name="options">Peer groups and smoothing; <see cref="SegmentationOptions.Default"/> when omitted.</param>
    /// <returns>The assignments (in profile order) and the per-segment summaries (by priority).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or <paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, a profile is null, or an account appears twice; every violation listed.</exception>
    public static SegmentationResult Assign(SegmentDefinitionSet segments, IEnumerable<AccountProfile> profiles, SegmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= SegmentationOptions.Default;
        options.ThrowIfInvalid(nameof(options));
        var list = profiles as IReadOnlyList<AccountProfile> ?? [.. profiles];
        CheckProfiles(list);

        // Pass 1: peer groups and the moments of their attempt histories.
        var groups = new PeerGroupIndex(options);
        var groupOf = new int[list.Count];
        var portfolio = default(BetaBinomialMoments);
        for (var i = 0; i < list.Count; i++)
        {
            var profile = list[i];
            groupOf[i] = groups.IndexOf(profile.Position);
            var signals = profile.Reachability;
            if (signals.HasAttemptHistory && signals.Attempts > 0)
            {
                groups.Add(groupOf[i], signals.RightPartyContacts, signals.Attempts);
                portfolio.Add(signals.RightPartyContacts, signals.Attempts);
            }
        }

        var (portfolioPrior, groupPriors) = Priors(groups, portfolio, options);

        // Pass 2: estimates, segments, summaries.
        var currencies = list.Select(p => p.Position.Debt.Currency).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var currencySlot = currencies.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var definitions = segments.Definitions;
        var accounts = new int[definitions.Length];
        var debt = new long[definitions.Length, currencies.Length];
        var assignments = ImmutableArray.CreateBuilder<SegmentAssignment>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var profile = list[i];
            var estimate = new ReachabilityEstimate(profile.Reachability, groups.Groups[groupOf[i]], groupPriors[groupOf[i]]);
            var segment = segments.IndexOf(profile, estimate);
            accounts[segment]++;
            if (profile.Position.HasDebt)
            {
                ref var sum = ref debt[segment, currencySlot[profile.Position.Debt.Currency]];
                sum = checked(sum + profile.Position.Debt.MinorUnits);
            }

            assignments.Add(new SegmentAssignment(profile, definitions[segment], estimate));
        }

        var totalDebt = new long[currencies.Length];
        for (var c = 0; c < currencies.Length; c++)
        {
            for (var s = 0; s < definitions.Length; s++)
            {
                totalDebt[c] = checked(totalDebt[c] + debt[s, c]);
            }
        }

        var summaries = ImmutableArray.CreateBuilder<SegmentSummary>(definitions.Length);
        for (var s = 0; s < definitions.Length; s++)
        {
            var lines = ImmutableArray.CreateBuilder<SegmentDebt>(currencies.Length);
            for (var c = 0; c < currencies.Length; c++)
            {
                lines.Add(new SegmentDebt(currencies[c], Money.FromMinorUnits(debt[s, c], currencies[c]), new Rate(debt[s, c], totalDebt[c])));
            }

            summaries.Add(new SegmentSummary(definitions[s], accounts[s], new Rate(accounts[s], list.Count), lines.MoveToImmutable()));
        }

        return new SegmentationResult(segments, assignments.MoveToImmutable(), summaries.MoveToImmutable(), portfolioPrior);
    }

    private static (RightPartyContactPrior? Portfolio, RightPartyContactPrior?[] Groups) Priors(
        PeerGroupIndex groups, BetaBinomialMoments portfolio, SegmentationOptions options)
    {
        var groupPriors = new RightPartyContactPrior?[groups.Groups.Count];
        if (portfolio.Attempts == 0)
        {
            return (null, groupPriors); // no attempt anywhere: nothing to smooth towards
        }

        var portfolioWeight = portfolio.EstimateWeight(options);
        var (weight, basis) = portfolioWeight ?? (options.DefaultPriorWeight, PriorWeightBasis.DefaultWeight);
        var portfolioPrior = new RightPartyContactPrior(portfolio.Pooled, weight, PriorScope.Portfolio, basis);
        for (var g = 0; g < groupPriors.Length; g++)
        {
            var moments = groups.Moments[g];
            if (moments.Accounts < options.MinimumAccountsForGroupPrior)
            {
                groupPriors[g] = portfolioPrior;
                continue;
            }

            var (groupWeight, groupBasis) = moments.EstimateWeight(options)
                ?? (portfolioWeight is { } inherited ? (inherited.Weight, PriorWeightBasis.PortfolioWeight) : (options.DefaultPriorWeight, PriorWeightBasis.DefaultWeight));
            groupPriors[g] = new RightPartyContactPrior(moments.Pooled, groupWeight, PriorScope.PeerGroup, groupBasis);
        }

        return (portfolioPrior, groupPriors);
    }

    private static void CheckProfiles(IReadOnlyList<AccountProfile> profiles)
    {
        var violations = new List<string>();
        var seen = new HashSet<AccountId>(profiles.Count);
        for (var i = 0; i < profiles.Count; i++)
        {
            if (profiles[i] is not { } profile)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"profile {i} is null"));
            }
            else if (profile.Position is null || profile.Behaviour is null || profile.Reachability is null)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"profile {i} lacks its position, behaviour or reachability"));
            }
            else if (!seen.Add(profile.AccountId))
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"account {profile.AccountId} appears again at profile {i}"));
            }

            if (violations.Count == 20)
            {
                violations.Add("…");
                break;
            }
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("The profiles are invalid: " + string.Join("; ", violations) + ".", nameof(profiles));
        }
    }
}
