using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>A roll-rate matrix between two periods: from-states × to-states (the buckets, then <c>paid</c>), each cell
/// holding how many accounts (or items) moved that way and their balance at the start.</summary>
/// <remarks>
/// <para>docs/kpi-definitions.md: "for consecutive snapshots, the share of accounts (and of balance) in bucket i that are in bucket j next
/// period, cured and paid-off included; forward roll = i → i+1." Rows cover every from-state, <c>paid</c> included
/// (accounts that owed nothing and now owe), so a row sums to the accounts in its from-state.</para>
/// <para>The matrix covers accounts present in both periods. Those present only in the later period are counted in
/// <see cref="Entered"/>, those present only in the earlier one in <see cref="Left"/>; none is dropped.</para>
/// <para>Balances are the positive balance at the start of the period (see <see cref="RollRateAccumulator"/>).
/// Every rate is a <see cref="Rate"/>: a zero denominator is n/a, never 0%.</para>
/// <para>Built by <see cref="RollRateAccumulator.ToMatrix"/>; immutable.</para>
/// </remarks>
public sealed partial class RollRateMatrix
{
    private readonly int _stateCount;
    private readonly long[] _counts;
    private readonly long[] _balances;
    private readonly long[] _enteredCounts;
    private readonly long[] _enteredBalances;
    private readonly long[] _leftCounts;
    private readonly long[] _leftBalances;

    internal RollRateMatrix(
        AgingBucketSet buckets,
        Currency currency,
        RollRateUnit unit,
        long[] counts,
        long[] balances,
        long[] enteredCounts,
        long[] enteredBalances,
        long[] leftCounts,
        long[] leftBalances)
    {
        Buckets = buckets;
        Currency = currency;
        Unit = unit;
        _stateCount = buckets.Count + 1;
        _counts = counts;
        _balances = balances;
        _enteredCounts = enteredCounts;
        _enteredBalances = enteredBalances;
        _leftCounts = leftCounts;
        _leftBalances = leftBalances;
        States = [.. buckets.Buckets.Select(RollState.InBucket), RollState.Paid];
        FromStates = [.. States.Where((_, i) => RowCount(i) > 0)];
        Total = Sum(_counts, _balances);
        TotalEntered = Sum(_enteredCounts, _enteredBalances);
        TotalLeft = Sum(_leftCounts, _leftBalances);
    }

    /// <summary>The bucket set the states come from.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The currency of the balances.</summary>
    public Currency Currency { get; }

    /// <summary>What is counted: accounts or items.</summary>
    public RollRateUnit Unit { get; }

    /// <summary>Every state, in row and column order: the buckets in order, then <see cref="RollState.Paid"/>.</summary>
    public ImmutableArray<RollState> States { get; }

    /// <summary>The from-states that occur (rows with at least one account or item), in order.</summary>
    public ImmutableArray<RollState> FromStates { get; }

    /// <summary>All accounts (or items) present in both periods, and their balance at the start.</summary>
    public RollRateCell Total { get; }

    /// <summary>All accounts (or items) present only in the later period, and their balance at the end.</summary>
    public RollRateCell TotalEntered { get; }

    /// <summary>All accounts (or items) present only in the earlier period, and their balance at the start.</summary>
    public RollRateCell TotalLeft { get; }

    /// <summary>An empty matrix (no accounts).</summary>
    /// <param name="buckets">The bucket set.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="unit">What is counted.</param>
    /// <returns>A matrix of zeros.</returns>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not a defined value.</exception>
    public static RollRateMatrix Empty(AgingBucketSet buckets, Currency currency, RollRateUnit unit) =>
        new RollRateAccumulator(buckets, currency, unit).ToMatrix();

    /// <summary>The accounts (or items) that went from one state to another.</summary>
    /// <param name="from">The state at the start.</param>
    /// <param name="to">The state at the end.</param>
    /// <returns>Their count and their balance at the start.</returns>
    /// <exception cref="ArgumentException">A state's bucket is not from <see cref="Buckets"/>.</exception>
    public RollRateCell Cell(RollState from, RollState to)
    {
        var cell = (IndexOf(from, nameof(from)) * _stateCount) + IndexOf(to, nameof(to));
        return new RollRateCell(_counts[cell], Money.FromMinorUnits(_balances[cell], Currency));
    }

    /// <summary>A row's total: every account (or item) in a state at the start that is present in both periods.</summary>
    /// <param name="from">The state at the start.</param>
    /// <returns>The row's count and balance at the start.</returns>
    /// <exception cref="ArgumentException">The state's bucket is not from <see cref="Buckets"/>.</exception>
    public RollRateCell RowTotal(RollState from)
    {
        var row = IndexOf(from, nameof(from));
        return new RollRateCell(RowCount(row), Money.FromMinorUnits(RowBalance(row), Currency));
    }

    /// <summary>The accounts (or items) present only in the later period, in a state at the end.</summary>
    /// <param name="to">The state at the end.</param>
    /// <returns>Their count and balance at the end.</returns>
    /// <exception cref="ArgumentException">The state's bucket is not from <see cref="Buckets"/>.</exception>
    public RollRateCell Entered(RollState to)
    {
        var index = IndexOf(to, nameof(to));
        return new RollRateCell(_enteredCounts[index], Money.FromMinorUnits(_enteredBalances[index], Currency));
    }

    /// <summary>The accounts (or items) present only in the earlier period, in a state at the start.</summary>
    /// <param name="from">The state at the start.</param>
    /// <returns>Their count and balance at the start.</returns>
    /// <exception cref="ArgumentException">The state's bucket is not from <see cref="Buckets"/>.</exception>
    public RollRateCell Left(RollState from)
    {
        var index = IndexOf(from, nameof(from));
        return new RollRateCell(_leftCounts[index], Money.FromMinorUnits(_leftBalances[index], Currency));
    }

    private int IndexOf(RollState state, string parameterName) => RollRateAccumulator.IndexOf(Buckets, state, parameterName);

    private long RowCount(int row)
    {
        long sum = 0;
        for (var to = 0; to < _stateCount; to++)
        {
            sum = checked(sum + _counts[(row * _stateCount) + to]);
        }

        return sum;
    }

    private long RowBalance(int row)
    {
        long sum = 0;
        for (var to = 0; to < _stateCount; to++)
        {
            sum = checked(sum + _balances[(row * _stateCount) + to]);
        }

        return sum;
    }

    private RollRateCell Sum(long[] counts, long[] balances)
    {
        long count = 0;
        long balance = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            count = checked(count + counts[i]);
            balance = checked(balance + balances[i]);
        }

        return new RollRateCell(count, Money.FromMinorUnits(balance, Currency));
    }
}
