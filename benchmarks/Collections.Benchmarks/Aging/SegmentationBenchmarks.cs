using BenchmarkDotNet.Attributes;
using Collections.Aging;
using Collections.Core;

namespace Collections.Benchmarks.Aging;

/// <summary>
/// Segmentation of 1,000,000 generated accounts with the standard segments: <see cref="PortfolioSegmentation.Assign"/>
/// against a plain LINQ implementation of the same steps (GroupBy for peer-group priors, OrderBy + First per account,
/// GroupBy for summaries). Both give the same segment for every account (checked once in the global setup).
/// Reasons are built on access, so neither side formats text here.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private AccountProfile[] _profiles = [];
    private SegmentDefinitionSet _segments = StandardSegments.Saudi;
    private SegmentationOptions _options = SegmentationOptions.Default;

    /// <summary>Accounts segmented per operation.</summary>
    [Params(1_000_000)]
    public int Accounts { get; set; }

    /// <summary>Whether the accounts carry contact points and attempt history (the empirical-Bayes path) or nothing (as the public datasets).</summary>
    [Params(true, false)]
    public bool ContactData { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _profiles = SegmentationBenchmarkData.Generate(Accounts, ContactData);
        _segments = StandardSegments.Create(SegmentationBenchmarkData.Thresholds);
        _options = StandardSegments.OptionsFor(SegmentationBenchmarkData.Thresholds);
        var library = Assign().Assignments.Select(a => a.Segment.Id);
        var linq = Linq().Assignments.Select(a => a.Segment.Id);
        if (!library.SequenceEqual(linq))
        {
            throw new InvalidOperationException("The library and the LINQ baseline disagree.");
        }
    }

    /// <summary>The plain LINQ way.</summary>
    [Benchmark(Baseline = true)]
    public (List<SegmentAssignment> Assignments, List<(SegmentId Segment, int Accounts, long Debt)> Summaries) Linq()
    {
        var buckets = _options.PeerGroupBuckets;
        (Currency Currency, int Bucket, bool High) KeyOf(AccountProfile p) =>
            (p.Position.Debt.Currency, buckets.IndexOf(p.Position.WorstDaysPastDue), _options.PeerGroupAmountBreaks.Any(b => b.Currency == p.Position.Debt.Currency && p.Position.Debt.MinorUnits >= b.MinorUnits));
        var withAttempts = _profiles.Where(p => p.Reachability.HasAttemptHistory && p.Reachability.Attempts > 0).ToList();
        var portfolio = RightPartyContactPrior.FromAccounts(withAttempts.Select(p => (p.Reachability.RightPartyContacts, p.Reachability.Attempts)), PriorScope.Portfolio, _options);
        var priors = withAttempts
            .GroupBy(KeyOf)
            .ToDictionary(
                g => g.Key,
                g => g.Count() >= _options.MinimumAccountsForGroupPrior
                    ? RightPartyContactPrior.FromAccounts(g.Select(p => (p.Reachability.RightPartyContacts, p.Reachability.Attempts)), PriorScope.PeerGroup, _options)
                    : portfolio);
        var groups = _profiles.Select(KeyOf).Distinct().ToDictionary(
            k => k,
            k => new PeerGroup(
                k.Currency,
                buckets.Buckets[k.Bucket],
                k.High ? _options.PeerGroupAmountBreaks.First(b => b.Currency == k.Currency) : null,
                k.High ? null : _options.PeerGroupAmountBreaks.FirstOrDefault(b => b.Currency == k.Currency) is { Currency.IsSpecified: true } below ? below : null));
        var assignments = _profiles
            .Select(p =>
            {
                var key = KeyOf(p);
                var estimate = new ReachabilityEstimate(p.Reachability, groups[key], priors.GetValueOrDefault(key, portfolio));
                var segment = _segments.Definitions.OrderBy(d => d.Priority).First(d => d.Criteria.Matches(p, estimate));
                return new SegmentAssignment(p, segment, estimate);
            })
            .ToList();
        var summaries = assignments
            .GroupBy(a => a.Segment.Id)
            .Select(g => (g.Key, g.Count(), g.Sum(a => a.Profile.Position.Debt.MinorUnits)))
            .ToList();
        return (assignments, summaries);
    }

    /// <summary>The library.</summary>
    [Benchmark]
    public SegmentationResult Assign() => PortfolioSegmentation.Assign(_segments, _profiles, _options);
}
