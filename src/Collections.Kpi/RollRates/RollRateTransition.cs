using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>The roll-rate matrices between two periods (snapshot months or rebuilt month ends), one per currency.</summary>
/// <remarks>Balances are never added across currencies, so each currency has its own matrix; counts may be pooled
/// across them (<see cref="CureRate"/> sums numerators and denominators, the pooling rule of docs/kpi-definitions.md).</remarks>
public sealed class RollRateTransition
{
    internal RollRateTransition(YearMonth fromPeriod, YearMonth toPeriod, AgingBucketSet buckets, RollRateUnit unit, ImmutableArray<RollRateMatrix> matrices)
    {
        FromPeriod = fromPeriod;
        ToPeriod = toPeriod;
        Buckets = buckets;
        Unit = unit;
        Matrices = matrices;
        Currencies = [.. matrices.Select(m => m.Currency)];
    }

    /// <summary>The earlier period (the start).</summary>
    public YearMonth FromPeriod { get; }

    /// <summary>The later period (the end).</summary>
    public YearMonth ToPeriod { get; }

    /// <summary>The bucket set.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>What the matrices count: accounts or items.</summary>
    public RollRateUnit Unit { get; }

    /// <summary>One matrix per currency present in either period, ordered by currency code.</summary>
    public ImmutableArray<RollRateMatrix> Matrices { get; }

    /// <summary>The currencies of <see cref="Matrices"/>, ordered by code.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>The matrix for a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Its matrix, or an empty one when no account in that currency is present.</returns>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    public RollRateMatrix MatrixFor(Currency currency) =>
        Matrices.FirstOrDefault(m => m.Currency == currency) ?? RollRateMatrix.Empty(Buckets, currency, Unit);

    /// <summary>The cure rate over every currency, pooled from the matrices' numerators and denominators.</summary>
    /// <returns>The pooled cure rate; n/a when nothing was delinquent at the start.</returns>
    public Rate CureRate() => Matrices.Aggregate(new Rate(0, 0), (pooled, m) => pooled.Pool(m.CureRate()));
}
