using System.Globalization;
using System.Numerics;

namespace Collections.Kpi;

/// <summary>Counts KPI facts — attempts, promises falling due, payments, complaints, agent time and accounts — into every
/// KPI of the <see cref="KpiCatalog"/> that facts can give, overall and per breakdown; partial accumulators merge into
/// exactly the one-pass result.</summary>
/// <remarks>
/// <para><b>Mergeable.</b> Every counter is a whole number (counts, minor units, seconds), "attempted at least once" is a
/// bit per account index and the amount paid is kept per account index (whether it was collected on the placed balance
/// depends on the account fact, which may come from another partition), so adding is exact: accumulate any partition of the facts on its own (per shard, per node, per
/// core) and <see cref="Merge"/> the partial accumulators in any order — the result equals one pass over all facts.
/// A new accumulator is the identity of <see cref="Merge"/>. The partial state can be saved and loaded
/// (<see cref="SaveState()"/>, <see cref="LoadState(ReadOnlySpan{byte})"/>; format in docs/kpi-partial-state.md) to be
/// merged elsewhere. Each account's <see cref="KpiAccount"/> is added once: merging refuses two partial accumulators that
/// both hold the same account.</para>
/// <para><b>Fast.</b> Facts are small values with codes instead of identifiers; counters are flat arrays indexed by
/// (code, attempt class: contact, right party, productive, promise, call or not, agent given), so one attempt is one
/// increment per breakdown and nothing is allocated per fact. The span overloads (<see cref="Add(ReadOnlySpan{KpiAttempt})"/>…)
/// are the fast path; facts are checked before they count, so a bad fact leaves the accumulator unchanged — and so does a
/// batch or merge whose sums would leave the range of 64-bit numbers (checked once per batch, against the wholes).</para>
/// <para><b>What counts.</b> Facts outside the scope's period are counted apart (<see cref="KpiFactCounts"/>) and change
/// no KPI. The KPIs and their exact definitions are in <see cref="KpiCatalog"/> and docs/kpi-definitions.md.</para>
/// <para>Mutable by design and not thread-safe: one accumulator per thread. <see cref="ToReport"/> returns an immutable
/// <see cref="KpiReport"/>.</para>
/// </remarks>
public sealed partial class KpiAccumulator
{
    // Fact counters: counted in the period / outside it, per kind; then account facts.
    private const int AttemptsIn = 0;
    private const int AttemptsOut = 1;
    private const int PromisesIn = 2;
    private const int PromisesOut = 3;
    private const int PaymentsIn = 4;
    private const int PaymentsOut = 5;
    private const int ComplaintsIn = 6;
    private const int ComplaintsOut = 7;
    private const int AgentTimesIn = 8;
    private const int AgentTimesOut = 9;
    private const int AccountsIn = 10;
    private const int CounterCount = 11;

    // Packed account key: creditor 0-15, placement 16-31, segment 32-47, bucket 48-55, in inventory bit 56.
    private const int InventoryBit = 56;

    // Per code of the report's coverage counts (accounts in inventory only): attempted, paying, amount collected.
    internal const int CoverageAttempted = 0;
    internal const int CoveragePaying = 1;
    internal const int CoverageCollected = 2;
    internal const int CoverageWidth = 3;

    private readonly KpiTally _channels;
    private readonly KpiTally[] _tallies;
    private readonly long[] _counters = new long[CounterCount];
    private readonly RollRateAccumulator _roll;
    private ulong[] _present = [];
    private ulong[] _inventory = [];
    private ulong[] _attempted = [];
    private long[] _accountKeys = [];

    // Σ applied in the period per account index (non-zero = a paying account). Kept per account, not per code, because
    // whether a payment counts as collected (its account is in the inventory) is only known once the account fact is in.
    private long[] _collected = [];

    // Σ handle seconds and Σ cost of the attempts in the period. Every attempt cell is non-negative and at most these, so
    // a batch that keeps them in range cannot overflow a cell: checked once per batch instead of once per cell.
    private long _attemptSeconds;
    private long _attemptCost;

    /// <summary>Starts an empty accumulator (the identity of <see cref="Merge"/>).</summary>
    /// <param name="scope">The period, currency, bucket set and breakdowns.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public KpiAccumulator(KpiScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        _channels = new KpiTally(KpiDimension.Channel, AttemptClass.ChannelSlots);
        _tallies = [.. scope.TallyDimensions.Select(d => new KpiTally(d))];
        _roll = new RollRateAccumulator(scope.Buckets, scope.Currency, RollRateUnit.Account);
    }

    /// <summary>Starts an empty accumulator whose per-account arrays already cover account indexes below
    /// <paramref name="accountCapacity"/>, so they are allocated once instead of growing as facts arrive.</summary>
    /// <remarks>Give every partition of a month the same capacity (for example <see cref="KpiCodebook.AccountCount"/>):
    /// then no array grows while facts are added and none is reallocated when the partitions are merged — on a
    /// 1M-account month that is most of a merge's time. It takes 16 bytes and 3 bits per index at once. Facts of
    /// higher account indexes are still counted (the arrays grow for them); the counts and the saved state are the same
    /// whatever the capacity.</remarks>
    /// <param name="scope">The period, currency, bucket set and breakdowns.</param>
    /// <param name="accountCapacity">How many account indexes (0 to n − 1) the facts use; 0 lets the arrays grow from empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accountCapacity"/> is negative or above
    /// <see cref="Array.MaxLength"/>.</exception>
    public KpiAccumulator(KpiScope scope, int accountCapacity)
        : this(scope)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accountCapacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(accountCapacity, Array.MaxLength);
        if (accountCapacity > 0)
        {
            var words = (int)(((long)accountCapacity + 63) >> 6);
            _present = new ulong[words];
            _inventory = new ulong[words];
            _attempted = new ulong[words];
            _accountKeys = new long[accountCapacity];
            _collected = new long[accountCapacity];
        }
    }

    /// <summary>The period, currency, bucket set and breakdowns.</summary>
    public KpiScope Scope { get; }

    /// <summary>How many facts of each kind were counted, and how many fell outside the period.</summary>
    public KpiFactCounts Facts => new(
        _counters[AttemptsIn], _counters[AttemptsOut], _counters[PromisesIn], _counters[PromisesOut], _counters[PaymentsIn], _counters[PaymentsOut],
        _counters[ComplaintsIn], _counters[ComplaintsOut], _counters[AgentTimesIn], _counters[AgentTimesOut], _counters[AccountsIn]);

    /// <summary>Adds another accumulator's counts into this one (for partitions accumulated apart).</summary>
    /// <param name="other">An accumulator with an equal scope and no account in common with this one; it is left unchanged.</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The scopes differ, <paramref name="other"/> is this accumulator, or both hold a
    /// <see cref="KpiAccount"/> of the same account (it would count twice); every problem listed, the first accounts named.
    /// Nothing is changed then.</exception>
    /// <exception cref="OverflowException">A sum leaves the range of 64-bit numbers; nothing is changed then.</exception>
    public KpiAccumulator Merge(KpiAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var problems = new List<string>();
        if (ReferenceEquals(other, this))
        {
            problems.Add("an accumulator cannot be merged into itself (that would count its facts twice)");
        }

        problems.AddRange(Scope.Describe(other.Scope));
        var shared = SharedAccounts(_present, other._present, 5);
        if (shared.Count > 0)
        {
            problems.Add("both hold account facts for account index " + string.Join(", ", shared.Select(a => a.ToString(CultureInfo.InvariantCulture)))
                + (shared.Count == 5 ? " and maybe more" : string.Empty) + " (partitions must not repeat an account)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The KPI accumulators cannot be merged: " + string.Join("; ", problems) + ".", nameof(other));
        }

        // Every sum is tried before any is made, so that an overflow leaves this accumulator as it was.
        CheckMergeFits(other);
        _channels.Add(other._channels);
        for (var t = 0; t < _tallies.Length; t++)
        {
            _tallies[t].Add(other._tallies[t]);
        }

        for (var i = 0; i < CounterCount; i++)
        {
            _counters[i] = checked(_counters[i] + other._counters[i]);
        }

        _roll.Merge(other._roll);
        _attemptSeconds += other._attemptSeconds;
        _attemptCost += other._attemptCost;
        Or(ref _attempted, other._attempted);

        // Only the used part of the other's per-account arrays is read, and these arrays grow to exactly that length, not
        // by doubling: allocating and copying megabytes is most of a merge's cost (it halved the merge of two 500,000-account
        // partitions of a 1M-account month).
        var collectedEnd = UsedLength(other._collected);
        GrowExactly(ref _collected, collectedEnd);
        for (var i = 0; i < collectedEnd; i++)
        {
            _collected[i] += other._collected[i];
        }

        // Partitions hold disjoint accounts, so the keys of one are zero where the other's are set: OR merges them. Keys are
        // set for accounts with a fact only, so the other's range of present accounts is all there is to merge.
        var (firstKey, keyEnd) = PresentRange(other._present);
        GrowExactly(ref _accountKeys, keyEnd);
        for (var i = firstKey; i < keyEnd; i++)
        {
            _accountKeys[i] |= other._accountKeys[i];
        }

        Or(ref _inventory, other._inventory);
        Or(ref _present, other._present);
        return this;
    }

    /// <summary>Forgets every fact counted, keeping the scope and the arrays already allocated, so that one accumulator
    /// can count period after period, or partition after partition, without allocating again.</summary>
    /// <remarks>Afterwards the accumulator counts, merges, reports and saves exactly as a new one of the same scope would;
    /// reports taken before are immutable and unchanged. Zeroing costs a pass over the arrays (16 bytes per account
    /// index), far less than allocating them afresh on a large month.</remarks>
    /// <returns>This accumulator.</returns>
    public KpiAccumulator Clear()
    {
        _channels.Clear();
        foreach (var tally in _tallies)
        {
            tally.Clear();
        }

        Array.Clear(_counters);
        foreach (var counts in _roll.StateArrays)
        {
            Array.Clear(counts);
        }

        Array.Clear(_present);
        Array.Clear(_inventory);
        Array.Clear(_attempted);
        Array.Clear(_accountKeys);
        Array.Clear(_collected);
        _attemptSeconds = 0;
        _attemptCost = 0;
        return this;
    }

    /// <summary>An immutable report of every figure counted so far.</summary>
    /// <returns>The report.</returns>
    public KpiReport ToReport()
    {
        var tallies = _tallies.Select(t => t.Clone()).ToArray();

        // Contact coverage, paying accounts and the amount collected (liquidation, cost per unit collected) count accounts
        // in the inventory only — overall, and per account-level breakdown by each account's own codes.
        var overallCoverage = new long[CoverageWidth];
        var coverage = tallies.Select(t => new long[t.Capacity * CoverageWidth]).ToArray();
        var accountTallies = Enumerable.Range(0, tallies.Length).Where(t => tallies[t].Dimension.IsAccountLevel).ToArray();
        for (var word = 0; word < _inventory.Length; word++)
        {
            var attemptedWord = Word(_attempted, word);
            var accounts = _inventory[word];
            while (accounts != 0)
            {
                var bit = BitOperations.TrailingZeroCount(accounts);
                accounts &= accounts - 1;
                var account = (word << 6) + bit;
                var attempted = (long)(attemptedWord >> bit & 1);
                var collected = account < _collected.Length ? _collected[account] : 0;
                var paying = collected != 0 ? 1L : 0L;
                if ((attempted | paying) == 0)
                {
                    continue;
                }

                // No overflow: the collected amounts of all accounts sum to the payment total, which is in range.
                overallCoverage[CoverageAttempted] += attempted;
                overallCoverage[CoveragePaying] += paying;
                overallCoverage[CoverageCollected] += collected;
                var key = _accountKeys[account];
                foreach (var t in accountTallies)
                {
                    var at = CodeOfPacked(key, tallies[t].Dimension.Value) * CoverageWidth;
                    coverage[t][at + CoverageAttempted] += attempted;
                    coverage[t][at + CoveragePaying] += paying;
                    coverage[t][at + CoverageCollected] += collected;
                }
            }
        }

        return new KpiReport(Scope, _channels.Clone(), overallCoverage, tallies, coverage, _roll.ToMatrix(), Facts);
    }

    internal static long PackKey(KpiKey key, byte bucket, bool inInventory) =>
        key.Creditor | ((long)key.Placement << 16) | ((long)key.Segment << 32) | ((long)bucket << 48) | (inInventory ? 1L << InventoryBit : 0L);

    internal static int CodeOfPacked(long packed, int dimensionValue) => dimensionValue switch
    {
        KpiDimension.CreditorValue => (int)(packed & 0xFFFF),
        KpiDimension.PlacementValue => (int)((packed >> 16) & 0xFFFF),
        KpiDimension.SegmentValue => (int)((packed >> 32) & 0xFFFF),
        KpiDimension.AgingBucketValue => (int)((packed >> 48) & 0xFF),
        _ => -1,
    };

    private static void ForEachAccount(ulong[] bits, Action<int> action)
    {
        for (var word = 0; word < bits.Length; word++)
        {
            var w = bits[word];
            while (w != 0)
            {
                var bit = BitOperations.TrailingZeroCount(w);
                action((word << 6) + bit);
                w &= w - 1;
            }
        }
    }

    private static ulong Word(ulong[] bits, int word) => word < bits.Length ? bits[word] : 0;

    private static List<int> SharedAccounts(ulong[] left, ulong[] right, int limit)
    {
        var shared = new List<int>();
        for (var word = 0; word < Math.Min(left.Length, right.Length) && shared.Count < limit; word++)
        {
            var w = left[word] & right[word];
            while (w != 0 && shared.Count < limit)
            {
                shared.Add((word << 6) + BitOperations.TrailingZeroCount(w));
                w &= w - 1;
            }
        }

        return shared;
    }

    private static void Or(ref ulong[] target, ulong[] source)
    {
        // Like the per-account arrays, only the used part of the source is read and the target grows to exactly that.
        var used = source.AsSpan().LastIndexOfAnyExcept(0UL) + 1;
        if (used > target.Length)
        {
            Array.Resize(ref target, used);
        }

        for (var i = 0; i < used; i++)
        {
            target[i] |= source[i];
        }
    }

    private static void EnsureBits(ref ulong[] bits, int maxIndex)
    {
        var words = (maxIndex >> 6) + 1;
        if (maxIndex >= 0 && words > bits.Length)
        {
            Array.Resize(ref bits, Math.Max(words, Math.Min(bits.Length * 2, (int.MaxValue >> 6) + 1)));
        }
    }

    private static void GrowExactly(ref long[] values, int length)
    {
        if (length > values.Length)
        {
            Array.Resize(ref values, length);
        }
    }

    /// <summary>The length of <paramref name="values"/> without its trailing zeros.</summary>
    private static int UsedLength(long[] values) => values.AsSpan().LastIndexOfAnyExcept(0L) + 1;

    /// <summary>The first account index with a set bit and one past the last (0, 0 when none is set).</summary>
    private static (int First, int End) PresentRange(ulong[] bits)
    {
        var first = bits.AsSpan().IndexOfAnyExcept(0UL);
        if (first < 0)
        {
            return (0, 0);
        }

        var last = bits.AsSpan().LastIndexOfAnyExcept(0UL);
        return ((first << 6) + BitOperations.TrailingZeroCount(bits[first]), (last << 6) + 64 - BitOperations.LeadingZeroCount(bits[last]));
    }

    private void EnsureAccount(int maxIndex)
    {
        if (maxIndex < 0)
        {
            return;
        }

        EnsureBits(ref _present, maxIndex);
        EnsureBits(ref _inventory, maxIndex);
        if (maxIndex >= _accountKeys.Length)
        {
            Array.Resize(ref _accountKeys, Math.Max(maxIndex + 1, (int)Math.Min(_accountKeys.Length * 2L, int.MaxValue)));
        }
    }

    private void EnsureCollected(int maxIndex)
    {
        if (maxIndex >= _collected.Length)
        {
            Array.Resize(ref _collected, Math.Max(maxIndex + 1, (int)Math.Min(_collected.Length * 2L, int.MaxValue)));
        }
    }

    private KpiTally? TallyFor(KpiDimension dimension)
    {
        foreach (var tally in _tallies)
        {
            if (tally.Dimension == dimension)
            {
                return tally;
            }
        }

        return null;
    }
}
