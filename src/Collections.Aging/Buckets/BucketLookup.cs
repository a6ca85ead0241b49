namespace Collections.Aging;

/// <summary>Maps days past due to a bucket index in O(1) with a small table, for the batch path.</summary>
/// <remarks>
/// Every DPD at or below the first bucket's upper bound is bucket 0 and every DPD at or above the last bucket's
/// lower bound is the last bucket, so only the values in between need a table entry: clamping the DPD into that
/// range and reading one entry replaces the per-item search. For the default set the table has 122 entries.
/// Sets whose middle range is wider than <see cref="MaximumTableLength"/> days, or whose bounds lie far outside
/// the range of real dates, have no table and the batch path searches the bounds instead.
/// </remarks>
internal sealed class BucketLookup
{
    /// <summary>The widest middle range (in days) that gets a table: 65,536 entries, 256 KiB.</summary>
    internal const int MaximumTableLength = 1 << 16;

    // Bounds beyond ±2^24 days (±45,000 years) never meet a real DPD (day numbers span 0..3,652,058);
    // sets using them take the search path so that no arithmetic below can overflow.
    private const int BoundLimit = 1 << 24;

    private BucketLookup(int offset, int[]? table)
    {
        Offset = offset;
        Table = table;
    }

    /// <summary>The DPD that maps to table entry 0 (the first bucket's upper bound).</summary>
    public int Offset { get; }

    /// <summary>Bucket index per clamped DPD − <see cref="Offset"/>, or <see langword="null"/> when the set is too wide.</summary>
    public int[]? Table { get; }

    public static BucketLookup For(AgingBucketSet buckets)
    {
        if (buckets.Count == 1)
        {
            return new BucketLookup(0, [0]);
        }

        var first = buckets.Buckets[0].UpperBound!.Value;
        var last = buckets.Buckets[^1].LowerBound!.Value;
        var length = (long)last - first + 1;
        if (length > MaximumTableLength || first < -BoundLimit || last > BoundLimit)
        {
            return new BucketLookup(first, null);
        }

        var table = new int[length];
        for (var t = 0; t < table.Length; t++)
        {
            table[t] = buckets.IndexOf(first + t);
        }

        return new BucketLookup(first, table);
    }
}
