using System.Diagnostics.CodeAnalysis;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Where an account (or an item) stands in one period for roll-rate purposes: one aging bucket, or <c>paid</c>.</summary>
/// <remarks>
/// <para>The rule (see <see cref="Classify"/>): when days past due are above zero the state is the bucket of those days,
/// even if the balance is not positive (a data oddity the assessment reports separately); otherwise, when the balance is
/// positive the state is the bucket set's current bucket; otherwise nothing is owed and the state is <see cref="Paid"/>.</para>
/// <para>docs/kpi-definitions.md: roll rates count accounts "cured and paid-off included", so <c>paid</c> is a state of its own beside the
/// buckets. The <see langword="default"/> value is <see cref="Paid"/>.</para>
/// </remarks>
public readonly record struct RollState
{
    private RollState(AgingBucket bucket) => Bucket = bucket;

    /// <summary>Nothing owed: no positive balance and not past due (an account paid off, or an item settled).</summary>
    public static RollState Paid => default;

    /// <summary>The bucket, or <see langword="null"/> for <see cref="Paid"/>.</summary>
    public AgingBucket? Bucket { get; }

    /// <summary>Whether this is the <see cref="Paid"/> state.</summary>
    [MemberNotNullWhen(false, nameof(Bucket))]
    public bool IsPaid => Bucket is null;

    /// <summary>Whether this is a delinquent state: a bucket other than the bucket set's first (current) bucket.</summary>
    /// <remarks>With <see cref="AgingBucketSet.Default"/> that is every state with days past due above zero. With a set
    /// whose first bucket also holds late days (for example <c>0-30</c>), those days are not counted as delinquent.</remarks>
    public bool IsDelinquent => Bucket is { IsCurrent: false };

    /// <summary>The bucket's label, or <c>paid</c>.</summary>
    public string Label => Bucket?.Label ?? "paid";

    /// <summary>The state for a bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The state.</returns>
    public static RollState InBucket(AgingBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return new RollState(bucket);
    }

    /// <summary>The state of an account or item from its days past due and its balance (or open amount).</summary>
    /// <param name="buckets">The bucket set.</param>
    /// <param name="daysPastDue">Days past due at the end of the period.</param>
    /// <param name="balance">The balance or open amount at the end of the period.</param>
    /// <returns>The bucket of <paramref name="daysPastDue"/> when it is above zero; else the current bucket when the
    /// balance is positive; else <see cref="Paid"/>.</returns>
    public static RollState Classify(AgingBucketSet buckets, DaysPastDue daysPastDue, Money balance)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        if (daysPastDue.Value > 0)
        {
            return new RollState(buckets.Classify(daysPastDue));
        }

        return balance.IsPositive ? new RollState(buckets.CurrentBucket) : Paid;
    }

    /// <summary>The label.</summary>
    /// <returns>The bucket's label, or <c>paid</c>.</returns>
    public override string ToString() => Label;
}
