using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Collections.Core;
using NodaTime;

namespace Collections.Aging;

/// <summary>Ages open items in bulk as of one date into item counts and minor-unit sums per bucket and currency; partial accumulators merge.</summary>
/// <remarks>
/// <para><b>What it counts.</b> For every currency: per bucket, the number of positive open amounts and their sum;
/// the negative open amounts (credits) apart, never netted; and the rows with nothing open. These are exactly the
/// <see cref="AgingReportLine.Items"/>, <see cref="AgingReportLine.Balance"/>, <see cref="CreditBalanceLine.Items"/> and
/// <see cref="CreditBalanceLine.Amount"/> that <see cref="PortfolioAging.AgeItems"/> gives for the same items and date.</para>
/// <para><b>What it does not count: distinct accounts.</b> Counting accounts per bucket needs a set of accounts per
/// cell (memory in proportion to accounts × buckets, and a random memory access per item), which would make this the
/// slow path it exists to avoid. Use <see cref="PortfolioAging.AgeItems"/> (or per-account positions) when account
/// counts are needed; use this for balances and item counts over millions of rows.</para>
/// <para><b>Speed.</b> No allocation per item: a small table maps the clamped DPD straight to a bucket
/// (see <c>BucketLookup</c>), and the cells are two <see cref="long"/> arrays. Sums are overflow-checked.</para>
/// <para><b>Partitions.</b> Age disjoint slices on several cores with one accumulator each, then <see cref="Merge"/>
/// them: the merged result equals one pass over all rows (sums and counts add). Accumulators merge only when they
/// have the same as-of date and bucket bounds.</para>
/// <para>Mutable by design (an accumulator); not thread-safe: one per thread.</para>
/// </remarks>
public sealed class AgingAccumulator
{
    private readonly BucketLookup _lookup;
    private readonly int _asOfDayNumber;
    private readonly int _stride; // bucket cells, then one credit cell and one zero cell per currency
    private readonly List<Currency> _currencies = [];
    private long[] _counts;
    private long[] _sums;

    /// <summary>Starts an empty accumulator.</summary>
    /// <param name="asOf">The as-of date: days past due = as-of − due date, always explicit.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    public AgingAccumulator(LocalDate asOf, AgingBucketSet? buckets = null)
    {
        AsOf = asOf;
        Buckets = buckets ?? AgingBucketSet.Default;
        _lookup = Buckets.Lookup;
        _asOfDayNumber = DayNumber.Of(asOf);
        _stride = Buckets.Count + 2;
        _counts = [];
        _sums = [];
    }

    /// <summary>The as-of date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The bucket set.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The number of rows added (positive, negative and zero), over every currency.</summary>
    public long RowCount { get; private set; }

    /// <summary>Adds every row of the columns.</summary>
    /// <param name="columns">The rows.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit minor units.</exception>
    public AgingAccumulator Add(OpenItemColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return Add(columns, 0, columns.Count);
    }

    /// <summary>Adds a slice of the columns' rows.</summary>
    /// <param name="columns">The rows.</param>
    /// <param name="start">The first row to add.</param>
    /// <param name="length">How many rows to add.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The slice is not inside the columns.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit minor units.</exception>
    public AgingAccumulator Add(OpenItemColumns columns, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(columns);
        OpenItemColumns.CheckRange(start, length, columns.Count);
        if (length == 0)
        {
            return this;
        }

        Span<int> cellBase = stackalloc int[columns.Currencies.Length];
        for (var c = 0; c < cellBase.Length; c++)
        {
            cellBase[c] = SlotOf(columns.Currencies[c]) * _stride;
        }

        var due = columns.DueDayNumbers.Slice(start, length);
        var open = columns.OpenMinorUnits.Slice(start, length);
        var currency = columns.CurrencyIndexes.Slice(start, length);
        if (_lookup.Table is null)
        {
            AddBySearch(due, open, currency, cellBase);
        }
        else if (cellBase.Length == 1)
        {
            AddOneCurrency(due, open, cellBase[0]);
        }
        else
        {
            AddManyCurrencies(due, open, currency, cellBase);
        }

        RowCount += length;
        return this;
    }

    /// <summary>Adds one row.</summary>
    /// <param name="dueOn">The due date.</param>
    /// <param name="openAmount">The open amount; negative for a credit.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The amount's currency is unspecified.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit minor units.</exception>
    public AgingAccumulator Add(LocalDate dueOn, Money openAmount)
    {
        if (!openAmount.Currency.IsSpecified)
        {
            throw new ArgumentException("The amount's currency is unspecified (default).", nameof(openAmount));
        }

        var cell = SlotOf(openAmount.Currency) * _stride + CellOf(openAmount.MinorUnits, Buckets.IndexOf(DaysPastDue.Between(dueOn, AsOf)));
        _counts[cell]++;
        _sums[cell] = checked(_sums[cell] + openAmount.MinorUnits);
        RowCount++;
        return this;
    }

    /// <summary>Adds another accumulator's counts and sums into this one (for partitions aged apart).</summary>
    /// <param name="other">An accumulator with the same as-of date and bucket bounds; it is left unchanged.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The as-of dates or the bucket bounds differ, or <paramref name="other"/> is this accumulator; every difference listed.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit minor units.</exception>
    public AgingAccumulator Merge(AgingAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var violations = new List<string>();
        if (ReferenceEquals(other, this))
        {
            violations.Add("an accumulator cannot be merged into itself (that would count its rows twice)");
        }

        if (DayNumber.Of(other.AsOf) != _asOfDayNumber)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the as-of dates differ ({AsOf:uuuu-MM-dd} here, {other.AsOf:uuuu-MM-dd} there)"));
        }

        if (!SameBounds(Buckets, other.Buckets))
        {
            violations.Add($"the bucket bounds differ ({Describe(Buckets)} here, {Describe(other.Buckets)} there)");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("The accumulators cannot be merged: " + string.Join("; ", violations) + ".", nameof(other));
        }

        for (var otherSlot = 0; otherSlot < other._currencies.Count; otherSlot++)
        {
            var from = otherSlot * _stride;
            var to = SlotOf(other._currencies[otherSlot]) * _stride;
            for (var k = 0; k < _stride; k++)
            {
                _counts[to + k] = checked(_counts[to + k] + other._counts[from + k]);
                _sums[to + k] = checked(_sums[to + k] + other._sums[from + k]);
            }
        }

        RowCount = checked(RowCount + other.RowCount);
        return this;
    }

    /// <summary>The totals so far, as an immutable result.</summary>
    /// <returns>Per currency (ordered by code, those with any non-zero amount) and bucket: items and balance; credits apart; zero rows counted.</returns>
    public AgingTotals ToTotals()
    {
        var bucketCount = Buckets.Count;
        var order = Enumerable.Range(0, _currencies.Count)
            .Where(slot => Enumerable.Range(0, bucketCount + 1).Any(k => _counts[slot * _stride + k] > 0))
            .OrderBy(slot => _currencies[slot].Code, StringComparer.Ordinal)
            .ToList();
        var lines = ImmutableArray.CreateBuilder<AgingTotalsLine>(order.Count * bucketCount);
        var credits = ImmutableArray.CreateBuilder<CreditTotalsLine>(order.Count);
        foreach (var slot in order)
        {
            var currency = _currencies[slot];
            var cell = slot * _stride;
            for (var b = 0; b < bucketCount; b++)
            {
                lines.Add(new AgingTotalsLine(Buckets.Buckets[b], currency, _counts[cell + b], Money.FromMinorUnits(_sums[cell + b], currency)));
            }

            credits.Add(new CreditTotalsLine(currency, _counts[cell + bucketCount], Money.FromMinorUnits(_sums[cell + bucketCount], currency)));
        }

        long zeroRows = 0;
        for (var slot = 0; slot < _currencies.Count; slot++)
        {
            zeroRows += _counts[slot * _stride + bucketCount + 1];
        }

        return new AgingTotals(AsOf, Buckets, lines.MoveToImmutable(), credits.MoveToImmutable(), zeroRows, RowCount);
    }

    private int CellOf(long openMinorUnits, int bucket) =>
        openMinorUnits > 0 ? bucket : openMinorUnits < 0 ? Buckets.Count : Buckets.Count + 1;

    private int SlotOf(Currency currency)
    {
        var slot = _currencies.IndexOf(currency);
        if (slot >= 0)
        {
            return slot;
        }

        _currencies.Add(currency);
        Array.Resize(ref _counts, _currencies.Count * _stride);
        Array.Resize(ref _sums, _currencies.Count * _stride);
        return _currencies.Count - 1;
    }

    // The hot loop. Due day numbers are 0..3,652,058 (checked when the columns were built) and the table's offset is
    // within ±2^24, so shift − due cannot overflow; the clamp sends every DPD below the table to entry 0 and every DPD
    // above it to the last entry. Counts cannot overflow a long in practice; sums are checked.
    private void AddOneCurrency(ReadOnlySpan<int> due, ReadOnlySpan<long> open, int cellBase)
    {
        var table = _lookup.Table!;
        var last = table.Length - 1;
        var shift = unchecked(_asOfDayNumber - _lookup.Offset);
        var creditCell = cellBase + Buckets.Count;
        var zeroCell = creditCell + 1;
        ref var tableStart = ref MemoryMarshal.GetArrayDataReference(table);
        ref var counts = ref MemoryMarshal.GetArrayDataReference(_counts);
        ref var sums = ref MemoryMarshal.GetArrayDataReference(_sums);
        ref var dueStart = ref MemoryMarshal.GetReference(due);
        ref var openStart = ref MemoryMarshal.GetReference(open);
        for (var i = 0; i < due.Length; i++)
        {
            var t = Clamp(unchecked(shift - Unsafe.Add(ref dueStart, i)), last);
            var amount = Unsafe.Add(ref openStart, i);
            var cell = amount > 0 ? cellBase + Unsafe.Add(ref tableStart, t) : amount < 0 ? creditCell : zeroCell;
            unchecked
            {
                Unsafe.Add(ref counts, cell)++;
            }

            ref var sum = ref Unsafe.Add(ref sums, cell);
            sum = checked(sum + amount);
        }
    }

    private void AddManyCurrencies(ReadOnlySpan<int> due, ReadOnlySpan<long> open, ReadOnlySpan<byte> currency, ReadOnlySpan<int> cellBase)
    {
        var table = _lookup.Table!;
        var last = table.Length - 1;
        var shift = unchecked(_asOfDayNumber - _lookup.Offset);
        var bucketCount = Buckets.Count;
        ref var tableStart = ref MemoryMarshal.GetArrayDataReference(table);
        ref var counts = ref MemoryMarshal.GetArrayDataReference(_counts);
        ref var sums = ref MemoryMarshal.GetArrayDataReference(_sums);
        ref var dueStart = ref MemoryMarshal.GetReference(due);
        ref var openStart = ref MemoryMarshal.GetReference(open);
        ref var currencyStart = ref MemoryMarshal.GetReference(currency);
        ref var baseStart = ref MemoryMarshal.GetReference(cellBase);
        for (var i = 0; i < due.Length; i++)
        {
            var t = Clamp(unchecked(shift - Unsafe.Add(ref dueStart, i)), last);
            var amount = Unsafe.Add(ref openStart, i);
            var slot = amount > 0 ? Unsafe.Add(ref tableStart, t) : amount < 0 ? bucketCount : bucketCount + 1;
            var cell = unchecked(Unsafe.Add(ref baseStart, Unsafe.Add(ref currencyStart, i)) + slot);
            unchecked
            {
                Unsafe.Add(ref counts, cell)++;
            }

            ref var sum = ref Unsafe.Add(ref sums, cell);
            sum = checked(sum + amount);
        }
    }

    // Clamps t into 0..last without branches: the JIT does not turn ternaries into conditional moves inside loops,
    // and a branch on "not yet due" mispredicts on real portfolios, where a large share of items is current.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Clamp(int t, int last)
    {
        unchecked
        {
            t &= ~(t >> 31);             // below 0 → 0
            var room = last - t;         // negative when t is above last
            return last - (room & ~(room >> 31));
        }
    }

    // For bucket sets too wide for a table: search the bounds per row (slower, still no allocation).
    private void AddBySearch(ReadOnlySpan<int> due, ReadOnlySpan<long> open, ReadOnlySpan<byte> currency, ReadOnlySpan<int> cellBase)
    {
        for (var i = 0; i < due.Length; i++)
        {
            var cell = cellBase[currency[i]] + CellOf(open[i], Buckets.IndexOf(_asOfDayNumber - due[i]));
            _counts[cell]++;
            _sums[cell] = checked(_sums[cell] + open[i]);
        }
    }

    private static bool SameBounds(AgingBucketSet left, AgingBucketSet right) =>
        ReferenceEquals(left, right)
        || left.Buckets.Select(b => (b.LowerBound, b.UpperBound)).SequenceEqual(right.Buckets.Select(b => (b.LowerBound, b.UpperBound)));

    private static string Describe(AgingBucketSet buckets) =>
        string.Join(", ", buckets.Buckets.Select(b => b.Label));
}
