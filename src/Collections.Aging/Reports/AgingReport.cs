using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>An aging report: debt per bucket and currency as of a date, with credit balances kept apart.</summary>
/// <remarks>
/// <para>Every bucket appears for every currency present, with zero lines where nothing is owed, so reports line up.</para>
/// <para>Credit balances are never netted against debt (docs/kpi-definitions.md: money never disappears): a negative open amount
/// goes to <see cref="CreditBalances"/>, a positive one to its bucket, zero to neither.</para>
/// </remarks>
public sealed class AgingReport
{
    internal AgingReport(
        LocalDate asOf,
        AgingBucketSet buckets,
        ImmutableArray<AgingReportLine> lines,
        ImmutableArray<CreditBalanceLine> creditBalances,
        int zeroBalanceAccounts)
    {
        AsOf = asOf;
        Buckets = buckets;
        Lines = lines;
        CreditBalances = creditBalances;
        ZeroBalanceAccounts = zeroBalanceAccounts;
        Currencies = [.. lines.Select(l => l.Currency).Concat(creditBalances.Select(c => c.Currency)).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The bucket set used.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>One line per currency and bucket, currencies ordered by code, buckets in order.</summary>
    public ImmutableArray<AgingReportLine> Lines { get; }

    /// <summary>Credit balances per currency.</summary>
    public ImmutableArray<CreditBalanceLine> CreditBalances { get; }

    /// <summary>Accounts present whose open amounts are all zero (fully paid items, or a snapshot balance of exactly zero).</summary>
    public int ZeroBalanceAccounts { get; }

    /// <summary>The currencies in the report, ordered by code.</summary>
    public ImmutableArray<Currency> Currencies { get; }

    /// <summary>The line for a bucket and currency.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The line (zero when nothing is owed there).</returns>
    /// <exception cref="ArgumentException">The bucket is not from this report's set.</exception>
    public AgingReportLine LineFor(AgingBucket bucket, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        if (bucket.Index >= Buckets.Count || !ReferenceEquals(Buckets.Buckets[bucket.Index], bucket))
        {
            throw new ArgumentException($"Bucket '{bucket.Label}' is not from this report's bucket set.", nameof(bucket));
        }

        return Lines.FirstOrDefault(l => l.Bucket.Index == bucket.Index && l.Currency == currency)
            ?? new AgingReportLine(bucket, currency, 0, 0, Money.Zero(currency));
    }

    /// <summary>The total debt (positive open amounts) in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The sum of the bucket balances.</returns>
    public Money TotalDebt(Currency currency) =>
        Lines.Where(l => l.Currency == currency).Aggregate(Money.Zero(currency), (sum, l) => sum + l.Balance);

    /// <summary>The total credit (negative open amounts) in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A negative or zero amount.</returns>
    public Money TotalCredit(Currency currency) =>
        CreditBalances.FirstOrDefault(c => c.Currency == currency)?.Amount ?? Money.Zero(currency);
}
