using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>Every figure a <see cref="KpiAccumulator"/> counted, overall and per breakdown, with the roll-rate matrix.</summary>
/// <remarks>
/// <para>Immutable. A figure is read by KPI and slice (<see cref="Figure(KpiId, KpiBreakdownKey)"/>): the slice's
/// dimension must be one the KPI can be broken down by (<see cref="KpiDefinition.Dimensions"/>) and one the scope
/// counted (<see cref="KpiScope.Breakdowns"/>; the channel, and the aging bucket of cure and forward roll rates, are
/// always available). A code with no facts gives n/a figures.</para>
/// <para>Cure and forward roll rates overall and per aging bucket come from <see cref="RollRates"/> (the existing roll-rate
/// math); per creditor, placement and segment from the same counts kept per code.</para>
/// </remarks>
public sealed class KpiReport
{
    private readonly KpiTally _channels;
    private readonly long[] _overallCoverage;
    private readonly KpiTally[] _tallies;
    private readonly long[][] _coverage;

    internal KpiReport(KpiScope scope, KpiTally channels, long[] overallCoverage, KpiTally[] tallies, long[][] coverage, RollRateMatrix rollRates, KpiFactCounts facts)
    {
        Scope = scope;
        _channels = channels;
        _overallCoverage = overallCoverage;
        _tallies = tallies;
        _coverage = coverage;
        RollRates = rollRates;
        Facts = facts;
    }

    /// <summary>The period, currency, bucket set and breakdowns.</summary>
    public KpiScope Scope { get; }

    /// <summary>How many facts were counted, and how many fell outside the period.</summary>
    public KpiFactCounts Facts { get; }

    /// <summary>The roll-rate matrix (accounts, start balances) from the account facts' start and end states.</summary>
    public RollRateMatrix RollRates { get; }

    /// <summary>The overall figure of a KPI.</summary>
    /// <param name="id">A KPI computed by the accumulator (<see cref="KpiSource.Accumulator"/>).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentException">The KPI is not computed from facts (roll-rate matrix, DSO, CEI).</exception>
    public KpiFigure Figure(KpiId id) => Figure(id, KpiBreakdownKey.Overall);

    /// <summary>The figure of a KPI for one slice.</summary>
    /// <param name="id">A KPI computed by the accumulator (<see cref="KpiSource.Accumulator"/>).</param>
    /// <param name="key">The slice.</param>
    /// <returns>The figure (n/a when the slice has no denominator).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The KPI is not computed from facts, cannot be broken down by the key's dimension, or
    /// the scope did not count that dimension.</exception>
    public KpiFigure Figure(KpiId id, KpiBreakdownKey key)
    {
        ArgumentNullException.ThrowIfNull(id);
        var definition = KpiCatalog.Default[id];
        if (definition.Source != KpiSource.Accumulator)
        {
            throw new ArgumentException(
                definition.Source == KpiSource.RollRateMatrix
                    ? $"'{id.Code}' is a matrix: read KpiReport.RollRates."
                    : $"'{id.Code}' is computed from a ledger by LedgerHistory, not from KPI facts.",
                nameof(id));
        }

        if (key.Dimension is { } dimension && !definition.CanBreakDownBy(dimension))
        {
            throw new ArgumentException($"'{id.Code}' cannot be broken down by {dimension.Code} (it can by: {Names(definition)}).", nameof(key));
        }

        return new KpiFigure(id, key, RateOf(id, key), definition.Unit);
    }

    /// <summary>The overall figure of every KPI computed from facts, in catalog order.</summary>
    /// <returns>The figures.</returns>
    public ImmutableArray<KpiFigure> Figures() =>
        [.. KpiCatalog.Default.Definitions.Where(d => d.Source == KpiSource.Accumulator).Select(d => Figure(d.Id))];

    /// <summary>The figures of a KPI for every code of a dimension that has data, in code order.</summary>
    /// <param name="id">A KPI computed from facts.</param>
    /// <param name="dimension">A dimension the KPI can be broken down by and the scope counted.</param>
    /// <returns>One figure per code (code 0, "not given", included when it has data).</returns>
    /// <exception cref="ArgumentException">As for <see cref="Figure(KpiId, KpiBreakdownKey)"/>.</exception>
    public ImmutableArray<KpiFigure> Breakdown(KpiId id, KpiDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return [.. Codes(dimension).Select(code => Figure(id, KpiBreakdownKey.For(dimension, code)))];
    }

    /// <summary>The codes of a dimension that have any data, in order.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The codes (for the channel: the channels with attempts, promises or complaints).</returns>
    /// <exception cref="ArgumentException">The scope did not count the dimension (the channel always is).</exception>
    public ImmutableArray<int> Codes(KpiDimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        if (dimension == KpiDimension.Channel)
        {
            return [.. Enumerable.Range(0, AttemptClass.ChannelSlots).Where(ch => ChannelHasData(_channels, ch))];
        }

        var index = TallyIndex(dimension);
        if (index < 0 && dimension == KpiDimension.AgingBucket)
        {
            return [.. Enumerable.Range(1, Scope.Buckets.Count).Where(code => RollRates.RowTotal(RollState.InBucket(Scope.Buckets.Buckets[code - 1])).Count > 0)];
        }

        var tally = RequireTally(dimension, index);
        return [.. Enumerable.Range(0, tally.Capacity).Where(code => CodeHasData(tally, index, code))];
    }

    private static string Names(KpiDefinition definition) =>
        definition.Dimensions.IsEmpty ? "none" : string.Join(", ", definition.Dimensions.Select(d => d.Code));

    // The channel of a code: attempts, promises or complaints (payments, accounts and agent time have no channel).
    private static bool ChannelHasData(KpiTally tally, int channel) =>
        tally.Attempts.AsSpan(channel * KpiTally.AttemptStride, KpiTally.AttemptStride).IndexOfAnyExcept(0L) >= 0
        || tally.Promises.AsSpan(channel * KpiTally.PromiseStride, KpiTally.PromiseStride).IndexOfAnyExcept(0L) >= 0
        || tally.Complaints[channel] != 0;

    private bool CodeHasData(KpiTally tally, int index, int code) =>
        tally.Attempts.AsSpan(code * KpiTally.AttemptStride, KpiTally.AttemptStride).IndexOfAnyExcept(0L) >= 0
        || tally.Promises.AsSpan(code * KpiTally.PromiseStride, KpiTally.PromiseStride).IndexOfAnyExcept(0L) >= 0
        || tally.Complaints.AsSpan(code * KpiTally.ComplaintStride, KpiTally.ComplaintStride).IndexOfAnyExcept(0L) >= 0
        || tally.Payments.AsSpan(code * KpiTally.PaymentStride, KpiTally.PaymentStride).IndexOfAnyExcept(0L) >= 0
        || tally.Accounts.AsSpan(code * KpiTally.AccountWidth, KpiTally.AccountWidth).IndexOfAnyExcept(0L) >= 0
        || tally.AgentSeconds[code] != 0
        || _coverage[index].AsSpan(code * KpiAccumulator.CoverageWidth, KpiAccumulator.CoverageWidth).IndexOfAnyExcept(0L) >= 0;

    private int TallyIndex(KpiDimension dimension) => Array.FindIndex(_tallies, t => t.Dimension == dimension);

    private KpiTally RequireTally(KpiDimension dimension, int index) =>
        index >= 0
            ? _tallies[index]
            : throw new ArgumentException(
                $"The scope did not break down by {dimension.Code}; add it to KpiScope.Create(..., breakdowns) (counted: {(Scope.Breakdowns.IsEmpty ? "none" : string.Join(", ", Scope.Breakdowns.Select(d => d.Code)))}).",
                nameof(dimension));

    private Rate RateOf(KpiId id, KpiBreakdownKey key)
    {
        if (id == KpiId.CureRate || id == KpiId.ForwardRollRate || id == KpiId.ForwardRollBalanceRate)
        {
            if (key.IsOverall || key.Dimension == KpiDimension.AgingBucket)
            {
                return RollRate(id, key);
            }
        }

        // The channel tally is the whole: the overall figure sums its codes; a channel is one of its codes.
        KpiTally tally;
        int first;
        int last;
        long[]? coverage = null;
        if (key.Dimension is not { } dimension)
        {
            (tally, first, last, coverage) = (_channels, 0, _channels.Capacity - 1, _overallCoverage);
        }
        else if (dimension == KpiDimension.Channel)
        {
            (tally, first, last) = (_channels, key.Code, key.Code);
        }
        else
        {
            var index = TallyIndex(dimension);
            tally = RequireTally(dimension, index);
            (first, last) = (key.Code, key.Code);
            coverage = _coverage[index];
        }

        if (first >= tally.Capacity)
        {
            return new Rate(0, 0);
        }

        last = Math.Min(last, tally.Capacity - 1);
        var attempts = AttemptSums.Of(tally, first, last);
        var promises = PromiseSums.Of(tally, first, last);
        Span<long> accounts = stackalloc long[KpiTally.AccountWidth];
        long complaints = 0;
        long agentSeconds = 0;
        for (var code = first; code <= last; code++)
        {
            Add(accounts, tally.Accounts.AsSpan(code * KpiTally.AccountWidth, KpiTally.AccountWidth));
            complaints += tally.Complaints[code];
            agentSeconds = checked(agentSeconds + tally.AgentSeconds[code]);
        }

        // Coverage (attempted, paying, collected: accounts in inventory only) is kept for the whole and per code of
        // account-level breakdowns.
        var coverageAt = key.IsOverall ? 0 : first * KpiAccumulator.CoverageWidth;
        var currency = Scope.Currency;
        decimal Major(long minorUnits) => Money.FromMinorUnits(minorUnits, currency).Amount;

        return id.Code switch
        {
            "rpc_rate" => new Rate(attempts.RightPartyContacts, attempts.Attempts),
            "contact_rate" => new Rate(attempts.Contacts, attempts.Attempts),
            "channel_contact_rate" => new Rate(attempts.Productive, attempts.Attempts),
            "contact_coverage" => new Rate(coverage![coverageAt + KpiAccumulator.CoverageAttempted], accounts[KpiTally.AccountInventory]),
            "paying_accounts_rate" => new Rate(coverage![coverageAt + KpiAccumulator.CoveragePaying], accounts[KpiTally.AccountInventory]),
            "ptp_rate" => new Rate(attempts.Promises, attempts.RightPartyContacts),
            "ptp_kept_rate" => new Rate(promises.Kept, promises.Due),
            "ptp_kept_amount_rate" => new Rate(Major(promises.KeptAmount), Major(promises.Promised)),
            "ptp_partially_kept_rate" => new Rate(promises.Partial, promises.Due),
            "ptp_broken_rate" => new Rate(promises.Due - promises.Kept - promises.Partial, promises.Due),
            "resolution_rate" => new Rate(
                accounts[KpiTally.AccountResolvedBase + 1] + accounts[KpiTally.AccountResolvedBase + 2] + accounts[KpiTally.AccountResolvedBase + 3],
                accounts[KpiTally.AccountInventory]),
            "cure_rate" => new Rate(accounts[KpiTally.AccountCured], accounts[KpiTally.AccountDelinquentAtStart]),
            "forward_roll_rate" => new Rate(accounts[KpiTally.AccountRolledForward], accounts[KpiTally.AccountRollBase]),
            "forward_roll_balance_rate" => new Rate(Major(accounts[KpiTally.AccountRolledForwardBalance]), Major(accounts[KpiTally.AccountRollBaseBalance])),
            "liquidation_rate" => new Rate(Major(coverage![coverageAt + KpiAccumulator.CoverageCollected]), Major(accounts[KpiTally.AccountPlacedBalance])),
            "attempts_per_rpc" => new Rate(attempts.Attempts, attempts.RightPartyContacts),
            "cost_per_unit_collected" => new Rate(Major(attempts.Cost), Major(coverage![coverageAt + KpiAccumulator.CoverageCollected])),
            "average_handle_time" => new Rate(attempts.ConnectedCallSeconds, attempts.ConnectedCalls),
            "rpcs_per_agent_hour" => new Rate(attempts.RightPartyContactsByAgents, agentSeconds),
            "complaint_rate" => new Rate(complaints, attempts.RightPartyContacts),
            _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{id.Code}' has no figure from facts."), nameof(id)),
        };
    }

    private static void Add(Span<long> sums, ReadOnlySpan<long> values)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            sums[i] = checked(sums[i] + values[i]);
        }
    }

    private Rate RollRate(KpiId id, KpiBreakdownKey key)
    {
        var buckets = Scope.Buckets;
        if (key.IsOverall)
        {
            if (id == KpiId.CureRate)
            {
                return RollRates.CureRate();
            }

            var pooled = new Rate(0, 0);
            foreach (var bucket in buckets.Buckets.Take(buckets.Count - 1))
            {
                pooled = pooled.Pool(id == KpiId.ForwardRollRate ? RollRates.ForwardRollRate(bucket) : RollRates.ForwardRollBalanceRate(bucket));
            }

            return pooled;
        }

        var code = key.Code;
        if (code == 0 || code > buckets.Count)
        {
            return new Rate(0, 0);
        }

        var b = buckets.Buckets[code - 1];
        if (id == KpiId.CureRate)
        {
            return b.IsCurrent ? new Rate(0, 0) : RollRates.CureRate(b);
        }

        if (code == buckets.Count)
        {
            return new Rate(0, 0);
        }

        return id == KpiId.ForwardRollRate ? RollRates.ForwardRollRate(b) : RollRates.ForwardRollBalanceRate(b);
    }

    /// <summary>Attempt counts of codes first..last.</summary>
    private readonly record struct AttemptSums(
        long Attempts, long RightPartyContacts, long RightPartyContactsByAgents, long Contacts, long Productive, long Promises, long ConnectedCalls, long ConnectedCallSeconds, long Cost)
    {
        public static AttemptSums Of(KpiTally tally, int first, int last)
        {
            long attempts = 0, rpc = 0, byAgents = 0, contacts = 0, productive = 0, promises = 0, calls = 0, seconds = 0, cost = 0;
            for (var code = first; code <= last; code++)
            {
                var cells = tally.Attempts.AsSpan(code * KpiTally.AttemptStride, KpiTally.AttemptStride);
                for (var slot = 0; slot < AttemptClass.Slots; slot++)
                {
                    var count = cells[slot * AttemptClass.Width];
                    var @class = slot % AttemptClass.Count;
                    attempts += count;
                    cost = checked(cost + cells[(slot * AttemptClass.Width) + 2]);
                    if (AttemptClass.IsRightParty(@class))
                    {
                        rpc += count;
                        byAgents += slot >= AttemptClass.Count ? count : 0;
                    }

                    contacts += AttemptClass.IsContact(@class) ? count : 0;
                    productive += AttemptClass.IsProductive(@class) ? count : 0;
                    promises += AttemptClass.IsPromise(@class) ? count : 0;
                    if (AttemptClass.IsConnectedCall(@class))
                    {
                        calls += count;
                        seconds = checked(seconds + cells[(slot * AttemptClass.Width) + 1]);
                    }
                }
            }

            return new AttemptSums(attempts, rpc, byAgents, contacts, productive, promises, calls, seconds, cost);
        }
    }

    /// <summary>Promise counts and amounts of codes first..last.</summary>
    private readonly record struct PromiseSums(long Due, long Kept, long Partial, long Promised, long KeptAmount)
    {
        public static PromiseSums Of(KpiTally tally, int first, int last)
        {
            long due = 0, kept = 0, partial = 0, promised = 0, keptAmount = 0;
            for (var code = first; code <= last; code++)
            {
                var at = code * KpiTally.PromiseStride;
                due += tally.Promises[at + KpiTally.PromiseDue];
                kept += tally.Promises[at + KpiTally.PromiseKept];
                partial += tally.Promises[at + KpiTally.PromisePartial];
                promised = checked(promised + tally.Promises[at + KpiTally.PromisePromised]);
                keptAmount = checked(keptAmount + tally.Promises[at + KpiTally.PromiseKeptAmount]);
            }

            return new PromiseSums(due, kept, partial, promised, keptAmount);
        }
    }
}
