using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;

namespace Collections.Kpi.Governance;

/// <summary>The roll-rate matrix as a heat map: every from-state × to-state cell with its count, balance and shares, from the
/// existing <see cref="RollRateMatrix"/> of a period, or pooled over the report's periods.</summary>
/// <remarks>Pooling sums counts and balances cell by cell and row by row, so a pooled share is Σ cell / Σ row (never an
/// average of shares). States are the bucket set's buckets then <c>paid</c>; rows run over every state.</remarks>
public sealed record RollRateHeatMap
{
    internal RollRateHeatMap(AgingBucketSet buckets, ImmutableArray<RollState> states, ImmutableArray<RollRateHeatCell> cells)
    {
        Buckets = buckets;
        States = states;
        Cells = cells;
    }

    /// <summary>The bucket set the states come from.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The states, rows and columns alike: buckets in order, then paid.</summary>
    public ImmutableArray<RollState> States { get; }

    /// <summary>The cells, row by row (from-state), then column (to-state).</summary>
    public ImmutableArray<RollRateHeatCell> Cells { get; }

    /// <summary>The cell of a from-state and a to-state.</summary>
    /// <param name="from">The from-state.</param>
    /// <param name="to">The to-state.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">A state is not one of <see cref="States"/>.</exception>
    public RollRateHeatCell Cell(RollState from, RollState to)
    {
        var row = States.IndexOf(from);
        var column = States.IndexOf(to);
        if (row < 0 || column < 0)
        {
            throw new ArgumentException($"'{(row < 0 ? from : to).Label}' is not a state of this heat map.", row < 0 ? nameof(from) : nameof(to));
        }

        return Cells[(row * States.Length) + column];
    }

    /// <summary>The forward roll rate of a bucket: the share of its accounts in the next bucket (n/a for the last bucket or an empty row).</summary>
    /// <param name="bucket">A bucket of <see cref="Buckets"/>.</param>
    /// <returns>The rate.</returns>
    public Rate ForwardRollRate(AgingBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return bucket.Index + 1 >= Buckets.Count
            ? new Rate(0, 0)
            : Cell(RollState.InBucket(bucket), RollState.InBucket(Buckets.Buckets[bucket.Index + 1])).Share;
    }

    internal static RollRateHeatMap Pool(IReadOnlyList<RollRateMatrix> matrices, AgingBucketSet buckets, Currency currency)
    {
        ImmutableArray<RollState> states = [.. buckets.Buckets.Select(RollState.InBucket), RollState.Paid];
        var cells = ImmutableArray.CreateBuilder<RollRateHeatCell>(states.Length * states.Length);
        foreach (var from in states)
        {
            long rowCount = 0;
            var rowBalance = Money.Zero(currency);
            foreach (var m in matrices)
            {
                var row = m.RowTotal(from);
                rowCount = checked(rowCount + row.Count);
                rowBalance += row.Balance;
            }

            foreach (var to in states)
            {
                long count = 0;
                var balance = Money.Zero(currency);
                foreach (var m in matrices)
                {
                    var cell = m.Cell(from, to);
                    count = checked(count + cell.Count);
                    balance += cell.Balance;
                }

                cells.Add(new RollRateHeatCell(from, to, count, balance, new Rate(count, rowCount), new Rate(balance.Amount, rowBalance.Amount)));
            }
        }

        return new RollRateHeatMap(buckets, states, cells.MoveToImmutable());
    }
}
