using System.Globalization;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Counts transitions between roll states, one account (or item) at a time, into a <see cref="RollRateMatrix"/>.</summary>
/// <remarks>
/// <para>Mergeable (docs/kpi-definitions.md: partial results from partitions combine into the same answer as one pass over all data):
/// accumulate each shard on its own and <see cref="Merge"/> them; the order of merging does not matter and a new
/// accumulator is the identity. Counts and balances are whole numbers (minor units), so merging is exact.</para>
/// <para>Balances are the <b>from-period</b> positive balance: a balance-weighted roll rate weighs each account by what
/// it owed at the start of the period. Negative balances (credits) add zero. Accounts that entered are weighed by their
/// balance at the end of the period.</para>
/// <para>Mutable by design and not thread-safe; <see cref="ToMatrix"/> returns an immutable copy.</para>
/// </remarks>
public sealed class RollRateAccumulator
{
    private readonly int _stateCount;
    private readonly long[] _counts;
    private readonly long[] _balances;
    private readonly long[] _enteredCounts;
    private readonly long[] _enteredBalances;
    private readonly long[] _leftCounts;
    private readonly long[] _leftBalances;

    /// <summary>Starts an empty accumulator (the identity of <see cref="Merge"/>).</summary>
    /// <param name="buckets">The bucket set the states come from.</param>
    /// <param name="currency">The currency of the balances.</param>
    /// <param name="unit">What is counted: accounts or items.</param>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined value.</exception>
    public RollRateAccumulator(AgingBucketSet buckets, Currency currency, RollRateUnit unit)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        if (!currency.IsSpecified)
        {
            throw new ArgumentException("A roll-rate accumulator needs a specified currency.", nameof(currency));
        }

        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined roll-rate unit.");
        }

        Buckets = buckets;
        Currency = currency;
        Unit = unit;
        _stateCount = buckets.Count + 1;
        _counts = new long[_stateCount * _stateCount];
        _balances = new long[_stateCount * _stateCount];
        _enteredCounts = new long[_stateCount];
        _enteredBalances = new long[_stateCount];
        _leftCounts = new long[_stateCount];
        _leftBalances = new long[_stateCount];
    }

    /// <summary>The bucket set the states come from.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The currency of the balances.</summary>
    public Currency Currency { get; }

    /// <summary>What is counted: accounts or items.</summary>
    public RollRateUnit Unit { get; }

    /// <summary>Counts one account (or item) present in both periods.</summary>
    /// <param name="from">Its state at the start (the earlier period).</param>
    /// <param name="to">Its state at the end (the later period).</param>
    /// <param name="balance">Its balance at the start; only a positive balance is added.</param>
    /// <exception cref="ArgumentException">A state's bucket is not from <see cref="Buckets"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The balance is in another currency.</exception>
    public void Add(RollState from, RollState to, Money balance)
    {
        var fromIndex = IndexOf(from, nameof(from));
        var toIndex = IndexOf(to, nameof(to));
        AddAt(fromIndex, toIndex, PositiveMinorUnits(balance));
    }

    /// <summary>Counts one account (or item) present only in the later period.</summary>
    /// <param name="to">Its state at the end.</param>
    /// <param name="balance">Its balance at the end; only a positive balance is added.</param>
    /// <exception cref="ArgumentException">The state's bucket is not from <see cref="Buckets"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The balance is in another currency.</exception>
    public void AddEntered(RollState to, Money balance) => AddEnteredAt(IndexOf(to, nameof(to)), PositiveMinorUnits(balance));

    /// <summary>Counts one account (or item) present only in the earlier period.</summary>
    /// <param name="from">Its state at the start.</param>
    /// <param name="balance">Its balance at the start; only a positive balance is added.</param>
    /// <exception cref="ArgumentException">The state's bucket is not from <see cref="Buckets"/>.</exception>
    /// <exception cref="CurrencyMismatchException">The balance is in another currency.</exception>
    public void AddLeft(RollState from, Money balance) => AddLeftAt(IndexOf(from, nameof(from)), PositiveMinorUnits(balance));

    /// <summary>Adds another accumulator's counts and balances to this one.</summary>
    /// <param name="other">An accumulator over the same bucket set, currency and unit (it is not changed).</param>
    /// <returns>This accumulator.</returns>
    /// <exception cref="ArgumentException">The bucket sets, currencies or units differ; every difference listed.</exception>
    public RollRateAccumulator Merge(RollRateAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var violations = new List<string>();
        if (!SameBuckets(Buckets, other.Buckets))
        {
            violations.Add("the bucket sets differ");
        }

        if (other.Currency != Currency)
        {
            violations.Add($"the currencies differ ({Currency} and {other.Currency})");
        }

        if (other.Unit != Unit)
        {
            violations.Add($"the units differ ({Unit} and {other.Unit})");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("Cannot merge roll-rate accumulators: " + string.Join("; ", violations) + ".", nameof(other));
        }

        AddInto(_counts, other._counts);
        AddInto(_balances, other._balances);
        AddInto(_enteredCounts, other._enteredCounts);
        AddInto(_enteredBalances, other._enteredBalances);
        AddInto(_leftCounts, other._leftCounts);
        AddInto(_leftBalances, other._leftBalances);
        return this;
    }

    /// <summary>An immutable copy of what has been counted so far.</summary>
    /// <returns>The matrix.</returns>
    public RollRateMatrix ToMatrix() => new(
        Buckets,
        Currency,
        Unit,
        (long[])_counts.Clone(),
        (long[])_balances.Clone(),
        (long[])_enteredCounts.Clone(),
        (long[])_enteredBalances.Clone(),
        (long[])_leftCounts.Clone(),
        (long[])_leftBalances.Clone());

    internal static int PaidIndex(AgingBucketSet buckets) => buckets.Count;

    internal static int IndexOf(AgingBucketSet buckets, RollState state, string parameterName)
    {
        if (state.IsPaid)
        {
            return PaidIndex(buckets);
        }

        var index = state.Bucket.Index;
        if (index >= buckets.Count || !(ReferenceEquals(buckets.Buckets[index], state.Bucket) || buckets.Buckets[index].Equals(state.Bucket)))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"State '{state.Label}' (bucket {index}) is not a bucket of this bucket set ({string.Join(", ", buckets.Buckets.Select(b => b.Label))})."),
                parameterName);
        }

        return index;
    }

    internal static bool SameBuckets(AgingBucketSet left, AgingBucketSet right) =>
        ReferenceEquals(left, right) || left.Buckets.SequenceEqual(right.Buckets);

    internal void AddAt(int fromIndex, int toIndex, long positiveMinorUnits)
    {
        var cell = (fromIndex * _stateCount) + toIndex;
        _counts[cell]++;
        _balances[cell] = checked(_balances[cell] + positiveMinorUnits);
    }

    internal void AddEnteredAt(int toIndex, long positiveMinorUnits)
    {
        _enteredCounts[toIndex]++;
        _enteredBalances[toIndex] = checked(_enteredBalances[toIndex] + positiveMinorUnits);
    }

    internal void AddLeftAt(int fromIndex, long positiveMinorUnits)
    {
        _leftCounts[fromIndex]++;
        _leftBalances[fromIndex] = checked(_leftBalances[fromIndex] + positiveMinorUnits);
    }

    /// <summary>The six counter arrays, in a fixed order, for saving partial state (see KpiAccumulator's state format).</summary>
    internal IReadOnlyList<long[]> StateArrays => [_counts, _balances, _enteredCounts, _enteredBalances, _leftCounts, _leftBalances];

    private static void AddInto(long[] target, long[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = checked(target[i] + source[i]);
        }
    }

    private int IndexOf(RollState state, string parameterName) => IndexOf(Buckets, state, parameterName);

    private long PositiveMinorUnits(Money balance)
    {
        if (balance.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, balance.Currency);
        }

        return balance.MinorUnits > 0 ? balance.MinorUnits : 0;
    }
}
