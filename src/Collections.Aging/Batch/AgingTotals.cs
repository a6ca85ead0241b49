using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>The result of batch aging: item counts and balances per bucket and currency as of a date, credits apart.</summary>
/// <remarks>
/// <para>The same figures as an <see cref="AgingReport"/> for the same rows, without the distinct-account counts
/// (see <see cref="AgingAccumulator"/> for why). Every bucket appears for every currency present, with zero lines
/// where nothing is owed; a currency is present when at least one of its rows has a non-zero open amount.</para>
/// <para>Credit balances are never netted against debt (docs/kpi-definitions.md: money never disappears): a negative open amount goes
/// to <see cref="Credits"/>, a positive one to its bucket, zero to <see cref="ZeroRows"/>.</para>
/// </remarks>
public sealed class AgingTotals
{
    internal AgingTotals(
        LocalDate asOf,
        AgingBucketSet buckets,
        ImmutableArray<AgingTotalsLine> lines,
        ImmutableArray<CreditTotalsLine> credits,
        long zeroRows,
        long rowCount)
    {
        AsOf = asOf;
        Buckets = buckets;
        Lines = lines;
        Credits = credits;
        ZeroRows = zeroRows;
        RowCount = rowCount;
        Currencies = [.. credits.Select(c => c.Currency)];
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The bucket set used.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>One line per currency and bucket, currencies ordered by code, buckets in order.</summary>
    public ImmutableArray<AgingTotalsLine> Lines { get; }

    /// <summary>Credit (negative) open amounts per currency, in the order of <see cref="Currencies"/>.</summary>
    public ImmutableArray<CreditTotalsLine> Credits { get; }

    /// <summary>The currencies present, ordered by code.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>Rows with nothing open (zero amounts), over every currency.</summary>
    public long ZeroRows { get; }

    /// <summary>All rows aged: positive, negative and zero.</summary>
    public long RowCount { get; }

    /// <summary>The line for a bucket and currency.</summary>
    /// <param name="bucket">A bucket of <see cref="Buckets"/> (or one with the same index and bounds).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The line; a zero line when the currency is not present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bucket"/> is null.</exception>
    /// <exception cref="ArgumentException">The bucket is not one of this result's buckets.</exception>
    public AgingTotalsLine LineFor(AgingBucket bucket, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (bucket.Index >= Buckets.Count || Buckets.Buckets[bucket.Index] != bucket)
        {
            throw new ArgumentException($"Bucket '{bucket.Label}' is not one of this result's buckets.", nameof(bucket));
        }

        return Lines.FirstOrDefault(l => l.Bucket.Index == bucket.Index && l.Currency == currency)
            ?? new AgingTotalsLine(Buckets.Buckets[bucket.Index], currency, 0, Money.Zero(currency));
    }

    /// <summary>The total debt (positive open amounts) in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The sum of the bucket balances; zero when the currency is not present.</returns>
    /// <exception cref="OverflowException">The sum leaves the range of 64-bit minor units.</exception>
    public Money TotalDebt(Currency currency) =>
        Lines.Where(l => l.Currency == currency).Aggregate(Money.Zero(currency), (sum, l) => sum + l.Balance);

    /// <summary>The total credit (negative open amounts) in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A negative or zero amount.</returns>
    public Money TotalCredit(Currency currency) =>
        Credits.FirstOrDefault(c => c.Currency == currency)?.Amount ?? Money.Zero(currency);
}
