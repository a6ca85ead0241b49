using Collections.Aging;

namespace Collections.Kpi;

/// <summary>The account-level breakdown codes a fact carries: creditor, placement, segment and aging bucket.</summary>
/// <remarks>
/// <para>Codes are small numbers the host assigns (for example with <see cref="KpiCodebookBuilder"/>), so that the
/// accumulators count into arrays instead of dictionaries; <c>0</c> means "not given". The aging bucket's code is its
/// index in the scope's <see cref="AgingBucketSet"/> plus one (<see cref="BucketCode"/>).</para>
/// <para>Each fact carries the codes that held when it happened: an attempt the account's segment and bucket on the
/// day of the attempt, a <see cref="KpiAccount"/> those at the start of the period.</para>
/// </remarks>
/// <param name="Creditor">The creditor's code (0 = not given).</param>
/// <param name="Placement">The placement's code (0 = not given).</param>
/// <param name="Segment">The segment's code (0 = not given).</param>
/// <param name="Bucket">The aging bucket's code: bucket index + 1 (0 = not given).</param>
public readonly record struct KpiKey(ushort Creditor, ushort Placement, ushort Segment, byte Bucket)
{
    /// <summary>No codes given.</summary>
    public static KpiKey None => default;

    /// <summary>The code of an aging bucket: its index plus one.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>1 for the first (current) bucket, 2 for the next, and so on.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bucket's index is 255 or more (a code is one byte).</exception>
    public static byte BucketCode(AgingBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucket.Index, byte.MaxValue - 1, nameof(bucket));
        return (byte)(bucket.Index + 1);
    }

    /// <summary>The same codes with another aging bucket.</summary>
    /// <param name="bucket">The bucket, or <see langword="null"/> for "not given".</param>
    /// <returns>The key.</returns>
    public KpiKey WithBucket(AgingBucket? bucket) => this with { Bucket = bucket is null ? (byte)0 : BucketCode(bucket) };

    /// <summary>The code of a dimension carried by the key.</summary>
    internal int CodeOf(int dimensionValue) => dimensionValue switch
    {
        KpiDimension.CreditorValue => Creditor,
        KpiDimension.PlacementValue => Placement,
        KpiDimension.SegmentValue => Segment,
        KpiDimension.AgingBucketValue => Bucket,
        _ => -1,
    };
}
