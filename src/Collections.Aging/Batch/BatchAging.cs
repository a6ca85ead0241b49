using NodaTime;

namespace Collections.Aging;

/// <summary>Ages <see cref="OpenItemColumns"/> in one call, optionally split over several cores.</summary>
/// <remarks>
/// A thin wrapper over <see cref="AgingAccumulator"/>: the rows are cut into contiguous partitions, each aged by its
/// own accumulator, and the accumulators are merged, which gives the same totals as one pass (counts and sums add).
/// </remarks>
public static class BatchAging
{
    /// <summary>Ages every row as of a date.</summary>
    /// <param name="columns">The rows.</param>
    /// <param name="asOf">The as-of date, always explicit.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <param name="degreeOfParallelism">How many partitions to age at once (1 = on the calling thread).</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit minor units.</exception>
    public static AgingTotals Age(OpenItemColumns columns, LocalDate asOf, AgingBucketSet? buckets = null, int degreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var partitions = (int)Math.Min(degreeOfParallelism, Math.Max(1, columns.Count));
        if (partitions == 1)
        {
            return new AgingAccumulator(asOf, buckets).Add(columns).ToTotals();
        }

        var accumulators = new AgingAccumulator[partitions];
        var size = columns.Count / partitions;
        Parallel.For(0, partitions, new ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
        {
            var start = p * size;
            var length = p == partitions - 1 ? columns.Count - start : size;
            accumulators[p] = new AgingAccumulator(asOf, buckets).Add(columns, start, length);
        });

        var total = accumulators[0];
        for (var p = 1; p < partitions; p++)
        {
            total.Merge(accumulators[p]);
        }

        return total.ToTotals();
    }
}
