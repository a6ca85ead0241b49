using System.Globalization;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>The rates read off a roll-rate matrix: row shares, forward roll rates and cure rates.</summary>
public sealed partial class RollRateMatrix
{
    /// <summary>The share of the accounts (or items) in <paramref name="from"/> at the start that are in <paramref name="to"/> at the end.</summary>
    /// <param name="from">The state at the start.</param>
    /// <param name="to">The state at the end.</param>
    /// <returns>Cell count / row count; n/a when the row is empty.</returns>
    /// <exception cref="ArgumentException">A state's bucket is not from <see cref="Buckets"/>.</exception>
    public Rate Share(RollState from, RollState to) => new(Cell(from, to).Count, RowTotal(from).Count);

    /// <summary>The share of the balance in <paramref name="from"/> at the start that is in <paramref name="to"/> at the end.</summary>
    /// <param name="from">The state at the start.</param>
    /// <param name="to">The state at the end.</param>
    /// <returns>Cell balance / row balance (start-of-period balances, in major units); n/a when the row's balance is zero.</returns>
    /// <exception cref="ArgumentException">A state's bucket is not from <see cref="Buckets"/>.</exception>
    public Rate BalanceShare(RollState from, RollState to) => new(Cell(from, to).Balance.Amount, RowTotal(from).Balance.Amount);

    /// <summary>The forward roll rate of a bucket: the share of its accounts (or items) that are in the next bucket at the end.</summary>
    /// <remarks>docs/kpi-definitions.md: forward roll = i → i+1. The last bucket has no next bucket and so no forward roll rate.</remarks>
    /// <param name="bucket">A bucket of <see cref="Buckets"/> other than the last.</param>
    /// <returns>Count in (i, i+1) / count in row i; n/a when the row is empty.</returns>
    /// <exception cref="ArgumentException">The bucket is not from <see cref="Buckets"/>, or it is the last bucket.</exception>
    public Rate ForwardRollRate(AgingBucket bucket)
    {
        var (from, to) = ForwardPair(bucket);
        return Share(from, to);
    }

    /// <summary>The balance-weighted forward roll rate of a bucket: the share of its start balance that moved to the next bucket.</summary>
    /// <param name="bucket">A bucket of <see cref="Buckets"/> other than the last.</param>
    /// <returns>Balance in (i, i+1) / balance in row i; n/a when the row's balance is zero.</returns>
    /// <exception cref="ArgumentException">The bucket is not from <see cref="Buckets"/>, or it is the last bucket.</exception>
    public Rate ForwardRollBalanceRate(AgingBucket bucket)
    {
        var (from, to) = ForwardPair(bucket);
        return BalanceShare(from, to);
    }

    /// <summary>The cure rate: accounts (or items) delinquent at the start that are current or paid at the end, over
    /// those delinquent at the start.</summary>
    /// <remarks>docs/kpi-definitions.md: "accounts delinquent at period start that are current or paid off at period end / accounts
    /// delinquent at period start". Delinquent means in any bucket but the first (see <see cref="RollState.IsDelinquent"/>);
    /// only accounts present in both periods count. A period with no delinquent accounts at the start gives n/a.</remarks>
    /// <returns>The overall cure rate.</returns>
    public Rate CureRate()
    {
        long cured = 0;
        long delinquent = 0;
        for (var row = 1; row < Buckets.Count; row++)
        {
            cured = checked(cured + CuredCount(row));
            delinquent = checked(delinquent + RowCount(row));
        }

        return new Rate(cured, delinquent);
    }

    /// <summary>The cure rate of one delinquent bucket: its accounts (or items) that are current or paid at the end, over its accounts at the start.</summary>
    /// <param name="bucket">A bucket of <see cref="Buckets"/> other than the first (current) one.</param>
    /// <returns>The bucket's cure rate; n/a when the bucket was empty at the start.</returns>
    /// <exception cref="ArgumentException">The bucket is not from <see cref="Buckets"/>, or it is the current bucket (not delinquent).</exception>
    public Rate CureRate(AgingBucket bucket)
    {
        var state = RollState.InBucket(bucket);
        var row = IndexOf(state, nameof(bucket));
        if (!state.IsDelinquent)
        {
            throw new ArgumentException($"Bucket '{bucket.Label}' is the current bucket; only delinquent buckets have a cure rate.", nameof(bucket));
        }

        return new Rate(CuredCount(row), RowCount(row));
    }

    private long CuredCount(int row) =>
        checked(_counts[row * _stateCount] + _counts[(row * _stateCount) + RollRateAccumulator.PaidIndex(Buckets)]);

    private (RollState From, RollState To) ForwardPair(AgingBucket bucket)
    {
        var from = RollState.InBucket(bucket);
        var index = IndexOf(from, nameof(bucket));
        if (index == Buckets.Count - 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Bucket '{bucket.Label}' is the last bucket; it has no next bucket and so no forward roll rate."),
                nameof(bucket));
        }

        return (from, RollState.InBucket(Buckets.Buckets[index + 1]));
    }
}
