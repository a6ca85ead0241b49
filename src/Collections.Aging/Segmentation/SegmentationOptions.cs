using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>How segmentation forms peer groups and smooths right-party contact rates (the empirical-Bayes settings).</summary>
/// <remarks>
/// <para><b>Peer groups.</b> An account's peer group is its cell of age × amount: the bucket of its worst DPD in
/// <see cref="PeerGroupBuckets"/>, and the band of its debt between the <see cref="PeerGroupAmountBreaks"/> of its
/// currency (no breaks: one band per currency).</para>
/// <para><b>Smoothing.</b> An account's smoothed RPC rate is (rpc + m·p0) / (attempts + m), where p0 is the pooled
/// RPC rate (Σ rpc / Σ attempts) of its peer group and m the prior's weight, estimated from how much the account
/// rates in the group spread beyond chance (beta-binomial method of moments: ρ = (S / (p0(1 − p0)) − (N − 1)) /
/// (Σn − Σn²/Σn − (N − 1)), with S = Σ nᵢ(rᵢ − p0)², and m = (1 − ρ)/ρ), kept within
/// [<see cref="MinimumPriorWeight"/>, <see cref="MaximumPriorWeight"/>] and rounded to 2 decimals so that the reason's
/// arithmetic can be redone by hand.</para>
/// <para><b>Thin groups.</b> A peer group with fewer than <see cref="MinimumAccountsForGroupPrior"/> accounts with
/// attempts uses the whole portfolio's prior (its pooled rate and weight). A group large enough whose spread cannot be
/// estimated keeps its own p0 with the portfolio's m; when the portfolio's spread cannot be estimated either, m is
/// <see cref="DefaultPriorWeight"/>. The reason text says which of these applied.</para>
/// </remarks>
public sealed record SegmentationOptions
{
    /// <summary>The defaults: default buckets, one amount band per currency, 30 accounts per group, m in [1, 1000], default m 10.</summary>
    public static SegmentationOptions Default { get; } = new();

    /// <summary>The buckets that form the age side of peer groups (and name buckets in reasons).</summary>
    public AgingBucketSet PeerGroupBuckets { get; init; } = AgingBucketSet.Default;

    /// <summary>Debt amounts that split each currency into bands for peer groups (e.g. SAR 5,000.00 gives "below" and "5,000.00 or more").</summary>
    public ImmutableArray<Money> PeerGroupAmountBreaks { get; init; } = [];

    /// <summary>Accounts with attempts a peer group needs for its own prior; thinner groups use the portfolio's (default 30).</summary>
    public int MinimumAccountsForGroupPrior { get; init; } = 30;

    /// <summary>The smallest prior weight m (default 1 attempt's worth).</summary>
    public decimal MinimumPriorWeight { get; init; } = 1m;

    /// <summary>The largest prior weight m (default 1,000 attempts' worth: practically the pooled rate).</summary>
    public decimal MaximumPriorWeight { get; init; } = 1000m;

    /// <summary>The weight m used when no spread can be estimated (default 10).</summary>
    public decimal DefaultPriorWeight { get; init; } = 10m;

    /// <summary>Lists what is wrong with the options.</summary>
    /// <returns>Every violation, in words; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var violations = new List<string>();
        if (PeerGroupBuckets is null)
        {
            violations.Add("PeerGroupBuckets is null");
        }

        if (!PeerGroupAmountBreaks.IsDefault)
        {
            if (PeerGroupAmountBreaks.Any(b => !b.Currency.IsSpecified))
            {
                violations.Add("a peer-group amount break has no currency");
            }

            foreach (var repeated in PeerGroupAmountBreaks.GroupBy(b => b).Where(g => g.Count() > 1))
            {
                violations.Add($"the peer-group amount break {repeated.Key} is repeated");
            }
        }

        if (MinimumAccountsForGroupPrior < 2)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"MinimumAccountsForGroupPrior is {MinimumAccountsForGroupPrior}; a spread needs at least 2 accounts"));
        }

        if (MinimumPriorWeight < 0.01m)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"MinimumPriorWeight is {MinimumPriorWeight}; it must be at least 0.01"));
        }

        if (MaximumPriorWeight < MinimumPriorWeight)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"MaximumPriorWeight ({MaximumPriorWeight}) is below MinimumPriorWeight ({MinimumPriorWeight})"));
        }

        if (DefaultPriorWeight < MinimumPriorWeight || DefaultPriorWeight > MaximumPriorWeight)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"DefaultPriorWeight ({DefaultPriorWeight}) is outside [{MinimumPriorWeight}, {MaximumPriorWeight}]"));
        }

        return violations;
    }

    internal void ThrowIfInvalid(string parameterName)
    {
        var violations = Validate();
        if (violations.Count > 0)
        {
            throw new ArgumentException("The segmentation options are invalid: " + string.Join("; ", violations) + ".", parameterName);
        }
    }
}
