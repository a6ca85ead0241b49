using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A prior for right-party contact rates: a pooled rate p0 and a weight m, with where they came from.</summary>
/// <remarks>
/// Empirical Bayes: an account with rpc right-party contacts in n attempts gets the estimate (rpc + m·p0) / (n + m),
/// a weighted mean of its raw rate rpc/n (weight n) and p0 (weight m). With no attempts the estimate is p0; the more
/// attempts, the closer it moves to the raw rate. See <see cref="SegmentationOptions"/> for how m is estimated.
/// </remarks>
public sealed record RightPartyContactPrior
{
    /// <summary>Creates a prior.</summary>
    /// <param name="pooled">The pooled rate Σ rpc / Σ attempts; must be defined.</param>
    /// <param name="weight">The weight m, above 0.</param>
    /// <param name="scope">Whose rate it is.</param>
    /// <param name="weightBasis">How m was obtained.</param>
    /// <exception cref="ArgumentException">The pooled rate is undefined or outside 0..1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not above 0.</exception>
    public RightPartyContactPrior(Rate pooled, decimal weight, PriorScope scope, PriorWeightBasis weightBasis)
    {
        if (pooled.Value is not ({ } value and >= 0 and <= 1))
        {
            throw new ArgumentException($"The pooled rate must be defined and within 0..1 (got {pooled}).", nameof(pooled));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        Pooled = pooled;
        Weight = weight;
        Scope = scope;
        WeightBasis = weightBasis;
        PooledFraction = value;
    }

    /// <summary>The pooled rate p0 = Σ rpc / Σ attempts.</summary>
    public Rate Pooled { get; }

    /// <summary>The weight m, in attempts' worth.</summary>
    public decimal Weight { get; }

    /// <summary>Whose rate <see cref="Pooled"/> is.</summary>
    public PriorScope Scope { get; }

    /// <summary>How <see cref="Weight"/> was obtained.</summary>
    public PriorWeightBasis WeightBasis { get; }

    /// <summary>p0 as a fraction.</summary>
    public decimal PooledFraction { get; }

    /// <summary>The smoothed rate of an account: (rpc + m·p0) / (attempts + m).</summary>
    /// <param name="rightPartyContacts">The account's right-party contacts.</param>
    /// <param name="attempts">Its attempts.</param>
    /// <returns>The estimate as a rate (numerator rpc + m·p0, denominator attempts + m); <see cref="Pooled"/> itself when there are no attempts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the contacts exceed the attempts.</exception>
    public Rate Smooth(int rightPartyContacts, int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rightPartyContacts);
        ArgumentOutOfRangeException.ThrowIfNegative(attempts);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rightPartyContacts, attempts);

        // With no attempts the estimate is the prior itself: return it as pooled (Σ rpc / Σ attempts), not as m·p0 / m,
        // which decimal division could leave a rounding step away from p0.
        return attempts == 0 ? Pooled : new Rate(rightPartyContacts + Weight * PooledFraction, attempts + Weight);
    }

    /// <summary>Estimates a prior from accounts' histories (those with no attempts are ignored).</summary>
    /// <param name="accounts">Each account's right-party contacts and attempts.</param>
    /// <param name="scope">Whose accounts these are (recorded in the prior).</param>
    /// <param name="options">Weight bounds and the default weight; <see cref="SegmentationOptions.Default"/> when omitted.</param>
    /// <returns>The prior, or <see langword="null"/> when no account has an attempt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or an account has more contacts than attempts or negative counts.</exception>
    public static RightPartyContactPrior? FromAccounts(
        IEnumerable<(int RightPartyContacts, int Attempts)> accounts, PriorScope scope, SegmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        options ??= SegmentationOptions.Default;
        options.ThrowIfInvalid(nameof(options));
        var moments = new BetaBinomialMoments();
        foreach (var (rpc, attempts) in accounts)
        {
            if (rpc < 0 || attempts < 0 || rpc > attempts)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An account has {rpc} right-party contacts in {attempts} attempts."), nameof(accounts));
            }

            moments.Add(rpc, attempts);
        }

        if (moments.Attempts == 0)
        {
            return null;
        }

        var (weight, basis) = moments.EstimateWeight(options) ?? (options.DefaultPriorWeight, PriorWeightBasis.DefaultWeight);
        return new RightPartyContactPrior(moments.Pooled, weight, scope, basis);
    }
}
