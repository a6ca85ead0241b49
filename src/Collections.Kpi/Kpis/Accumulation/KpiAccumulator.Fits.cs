using System.Globalization;

namespace Collections.Kpi;

/// <summary>Overflow checks made before anything is counted, so that a refused Add or Merge changes nothing.</summary>
/// <remarks>
/// Every counter is non-negative and at most the whole it is part of: a cell of any tally is at most the channel tally's
/// sum of that field (the whole), a per-account amount at most the payment total, a count at most the facts counted. So an
/// Add batch need only check that the wholes stay in range — a few additions per batch, not one per cell — and then
/// cannot overflow anywhere. (LoadState refuses states where this does not hold.)
/// </remarks>
public sealed partial class KpiAccumulator
{
    // A merge is not the hot path: every sum is tried once before any is made.
    private void CheckMergeFits(KpiAccumulator other)
    {
        try
        {
            TrySums(_counters, other._counters);
            TrySums(_channels, other._channels);
            for (var t = 0; t < _tallies.Length; t++)
            {
                TrySums(_tallies[t], other._tallies[t]);
            }

            var roll = _roll.StateArrays;
            var otherRoll = other._roll.StateArrays;
            for (var i = 0; i < roll.Count; i++)
            {
                TrySums(roll[i], otherRoll[i]);
            }

            TrySums(_collected, other._collected);

            // The wholes too (each cell may fit while their sum does not): the Add checks and ToReport rely on them.
            TryWholes(_channels, other._channels);
            _ = checked(_attemptSeconds + other._attemptSeconds);
            _ = checked(_attemptCost + other._attemptCost);
            _ = checked(RollBalanceWhole() + other.RollBalanceWhole());
        }
        catch (OverflowException error)
        {
            throw new OverflowException("The KPI accumulators cannot be merged: a sum of their counts leaves the range of 64-bit numbers. Nothing was changed.", error);
        }
    }

    private static void TrySums(KpiTally left, KpiTally right)
    {
        TrySums(left.Attempts, right.Attempts);
        TrySums(left.Promises, right.Promises);
        TrySums(left.Complaints, right.Complaints);
        TrySums(left.Payments, right.Payments);
        TrySums(left.Accounts, right.Accounts);
        TrySums(left.AgentSeconds, right.AgentSeconds);
    }

    private static void TryWholes(KpiTally left, KpiTally right)
    {
        TryWholes(left.Attempts, right.Attempts, KpiTally.AttemptStride);
        TryWholes(left.Promises, right.Promises, KpiTally.PromiseStride);
        TryWholes(left.Complaints, right.Complaints, KpiTally.ComplaintStride);
        TryWholes(left.Payments, right.Payments, KpiTally.PaymentStride);
        TryWholes(left.Accounts, right.Accounts, KpiTally.AccountWidth);
        TryWholes(left.AgentSeconds, right.AgentSeconds, 1);
    }

    private static void TryWholes(long[] left, long[] right, int stride)
    {
        for (var field = 0; field < stride; field++)
        {
            _ = checked(Whole(left, field, stride) + Whole(right, field, stride));
        }
    }

    /// <summary>The sum of every balance of the roll-rate counts (arrays 1, 3 and 5: start, entered and left balances).</summary>
    private long RollBalanceWhole()
    {
        var arrays = _roll.StateArrays;
        long sum = 0;
        for (var a = 1; a < arrays.Count; a += 2)
        {
            sum = checked(sum + Whole(arrays[a], 0, 1));
        }

        return sum;
    }

    private static void TrySums(long[] left, long[] right)
    {
        var common = Math.Min(left.Length, right.Length);
        for (var i = 0; i < common; i++)
        {
            _ = checked(left[i] + right[i]);
        }
    }

    /// <summary>Checks that a batch of <paramref name="facts"/> facts of the kind whose counters start at
    /// <paramref name="inPeriod"/> (in, then out of the period) keeps the fact counts in range.</summary>
    private void CheckCountFits(int inPeriod, int facts, string what)
    {
        if (facts > long.MaxValue - _counters[inPeriod] - _counters[inPeriod + 1])
        {
            throw TooLarge(what, "count");
        }
    }

    /// <summary>The whole after adding a batch's sum, or an <see cref="OverflowException"/> naming it.</summary>
    private static long SumFits(long whole, long batch, string what, string sum) =>
        batch <= long.MaxValue - whole ? whole + batch : throw TooLarge(what, sum);

    /// <summary>A batch's own sum, or an <see cref="OverflowException"/> naming it.</summary>
    private static long BatchSum(long sum, long value, string what, string name) =>
        value <= long.MaxValue - sum ? sum + value : throw TooLarge(what, name);

    /// <summary>The sum of one field over every code of a tally (a whole, when the tally is the channel tally).</summary>
    private static long Whole(long[] cells, int field, int stride)
    {
        long sum = 0;
        for (var at = field; at < cells.Length; at += stride)
        {
            sum = checked(sum + cells[at]);
        }

        return sum;
    }

    private static OverflowException TooLarge(string what, string sum) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Counting these {what} would take the {sum} beyond the range of 64-bit numbers; nothing of them was counted."));
}
