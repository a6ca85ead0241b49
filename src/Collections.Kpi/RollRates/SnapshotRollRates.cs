using System.Collections.Immutable;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>Roll-rate matrices from periodic account snapshots (monthly statuses and balances).</summary>
/// <remarks>
/// <para>Each account's state in a period is <see cref="RollState.Classify"/> of its snapshot's days past due and
/// balance. Between two periods, an account with a snapshot in both is counted in the matrix with its balance at the
/// start; one only in the later period is counted as entered, one only in the earlier as left.</para>
/// <para>Periods are the distinct snapshot periods in ascending order; "consecutive" means consecutive among those
/// present, so a missing month shows as a transition whose <see cref="RollRateTransition.FromPeriod"/> and
/// <see cref="RollRateTransition.ToPeriod"/> are more than a month apart.</para>
/// <para>An account's matrix currency is its balance's currency at the start (at the end for an entered account).</para>
/// </remarks>
public static class SnapshotRollRates
{
    /// <summary>Matrices for every pair of consecutive snapshot periods in a portfolio.</summary>
    /// <param name="portfolio">The portfolio (its snapshots are checked unique per account and period).</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>One transition per consecutive pair of periods, oldest first; empty with fewer than two periods.</returns>
    public static ImmutableArray<RollRateTransition> Calculate(Portfolio portfolio, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return Calculate(portfolio.Snapshots, buckets);
    }

    /// <summary>Matrices for every pair of consecutive snapshot periods.</summary>
    /// <param name="snapshots">Snapshots of any periods, at most one per account and period.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>One transition per consecutive pair of periods, oldest first; empty with fewer than two periods.</returns>
    /// <exception cref="ArgumentException">An account has more than one snapshot in a period; every duplicate listed.</exception>
    public static ImmutableArray<RollRateTransition> Calculate(IEnumerable<AccountSnapshot> snapshots, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var set = buckets ?? AgingBucketSet.Default;
        var byPeriod = GroupByPeriod(snapshots);
        var periods = byPeriod.Keys.Order().ToArray();
        var transitions = ImmutableArray.CreateBuilder<RollRateTransition>(Math.Max(0, periods.Length - 1));
        for (var k = 1; k < periods.Length; k++)
        {
            transitions.Add(Transition(periods[k - 1], byPeriod[periods[k - 1]], periods[k], byPeriod[periods[k]], set));
        }

        return transitions.MoveToImmutable();
    }

    /// <summary>The matrices between two given periods.</summary>
    /// <param name="snapshots">Snapshots of any periods, at most one per account and period; only those of the two periods are read.</param>
    /// <param name="fromPeriod">The earlier period.</param>
    /// <param name="toPeriod">The later period.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <returns>The transition (empty matrices when neither period has snapshots).</returns>
    /// <exception cref="ArgumentException"><paramref name="toPeriod"/> is not after <paramref name="fromPeriod"/>, or an account has more than one snapshot in a period.</exception>
    public static RollRateTransition Between(IEnumerable<AccountSnapshot> snapshots, YearMonth fromPeriod, YearMonth toPeriod, AgingBucketSet? buckets = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        if (toPeriod <= fromPeriod)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The later period ({toPeriod:uuuu-MM}) must be after the earlier one ({fromPeriod:uuuu-MM})."),
                nameof(toPeriod));
        }

        var byPeriod = GroupByPeriod(snapshots.Where(s => s.Period == fromPeriod || s.Period == toPeriod));
        return Transition(
            fromPeriod,
            byPeriod.GetValueOrDefault(fromPeriod) ?? [],
            toPeriod,
            byPeriod.GetValueOrDefault(toPeriod) ?? [],
            buckets ?? AgingBucketSet.Default);
    }

    private static Dictionary<YearMonth, Dictionary<AccountId, AccountSnapshot>> GroupByPeriod(IEnumerable<AccountSnapshot> snapshots)
    {
        var byPeriod = new Dictionary<YearMonth, Dictionary<AccountId, AccountSnapshot>>();
        var duplicates = new List<string>();
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            if (!byPeriod.TryGetValue(snapshot.Period, out var accounts))
            {
                accounts = [];
                byPeriod[snapshot.Period] = accounts;
            }

            if (!accounts.TryAdd(snapshot.AccountId, snapshot))
            {
                duplicates.Add(string.Create(CultureInfo.InvariantCulture, $"{snapshot.AccountId} in {snapshot.Period:uuuu-MM}"));
            }
        }

        if (duplicates.Count > 0)
        {
            const int Shown = 20;
            var more = duplicates.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {duplicates.Count - Shown} more") : string.Empty;
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"An account may have one snapshot per period; {duplicates.Count} duplicate(s): {string.Join(", ", duplicates.Take(Shown))}{more}."),
                nameof(snapshots));
        }

        return byPeriod;
    }

    private static RollRateTransition Transition(
        YearMonth fromPeriod,
        Dictionary<AccountId, AccountSnapshot> from,
        YearMonth toPeriod,
        Dictionary<AccountId, AccountSnapshot> to,
        AgingBucketSet buckets)
    {
        var accumulators = new Dictionary<Currency, RollRateAccumulator>();
        foreach (var (accountId, start) in from)
        {
            var fromState = RollState.Classify(buckets, start.DaysPastDue, start.Balance);
            var accumulator = AccumulatorFor(accumulators, start.Balance.Currency, buckets);
            if (to.TryGetValue(accountId, out var end))
            {
                accumulator.Add(fromState, RollState.Classify(buckets, end.DaysPastDue, end.Balance), start.Balance);
            }
            else
            {
                accumulator.AddLeft(fromState, start.Balance);
            }
        }

        foreach (var (accountId, end) in to)
        {
            if (!from.ContainsKey(accountId))
            {
                AccumulatorFor(accumulators, end.Balance.Currency, buckets)
                    .AddEntered(RollState.Classify(buckets, end.DaysPastDue, end.Balance), end.Balance);
            }
        }

        return new RollRateTransition(
            fromPeriod,
            toPeriod,
            buckets,
            RollRateUnit.Account,
            [.. accumulators.Values.OrderBy(a => a.Currency.Code, StringComparer.Ordinal).Select(a => a.ToMatrix())]);
    }

    private static RollRateAccumulator AccumulatorFor(Dictionary<Currency, RollRateAccumulator> accumulators, Currency currency, AgingBucketSet buckets)
    {
        if (!accumulators.TryGetValue(currency, out var accumulator))
        {
            accumulator = new RollRateAccumulator(buckets, currency, RollRateUnit.Account);
            accumulators[currency] = accumulator;
        }

        return accumulator;
    }
}
