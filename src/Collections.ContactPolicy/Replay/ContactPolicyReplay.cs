using System.Collections.Immutable;
using System.Globalization;

namespace Collections.ContactPolicy;

/// <summary>Replays a recorded history of attempts against a policy: how many would have been refused, by reason, with examples — and what changes between a current and a proposed policy.</summary>
/// <remarks>
/// <para>Pure: no clock, no I/O; the same inputs give the same report. The attempts are put in time order (a stable
/// sort, so attempts at the same instant keep their order) and each is decided against the attempts before it, as
/// recorded — attempts a policy would refuse were still made, so they count for the ones after them, exactly as
/// they counted when the history happened. Each request carries what was known when it was made (zones, template,
/// restrictions, announced holidays).</para>
/// <para>A replay asks what the rules would have said: a policy is applied as if in force throughout, whatever its
/// effective date (a proposed version is usually effective later than the history it is tried on).</para>
/// <para>Verdicts come from <see cref="ContactPolicy.Check"/>; the examples' explanations (English and Arabic, with rule
/// and source) from <see cref="ContactPolicy.Decide"/>, only for the attempts kept as examples.
/// <see cref="DecisionRecords"/> gives every attempt's full decision, for an audit log of the replay.</para>
/// </remarks>
public static class ContactPolicyReplay
{
    /// <summary>Replays a history against a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="history">The attempts made, in any order.</param>
    /// <param name="options">Examples per reason and progress; defaults when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">The policy or history is null.</exception>
    /// <exception cref="ArgumentException">The history holds a null, named by position.</exception>
    public static ContactReplayReport Run(ContactPolicy policy, IEnumerable<HistoricalAttempt> history, ContactReplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var replay = Timeline.Of(history, policy.HistoryLookback);
        options ??= new ContactReplayOptions();
        var verdicts = Decide(policy, replay, options.Progress, 0, replay.Count);
        return Report(policy, replay, verdicts, options.ExamplesPerCode);
    }

    /// <summary>Replays a history against the current and a proposed policy and compares them attempt by attempt.</summary>
    /// <param name="current">The policy in force.</param>
    /// <param name="proposed">The policy proposed to replace it.</param>
    /// <param name="history">The attempts made, in any order.</param>
    /// <param name="options">Examples per reason and progress (reported over both replays); defaults when null.</param>
    /// <returns>Both reports, the attempts newly refused and newly allowed with reasons and examples, and every reason's counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The history holds a null, named by position.</exception>
    public static ContactPolicyComparison Compare(ContactPolicy current, ContactPolicy proposed, IEnumerable<HistoricalAttempt> history, ContactReplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        var lookback = current.HistoryLookback > proposed.HistoryLookback ? current.HistoryLookback : proposed.HistoryLookback;
        var replay = Timeline.Of(history, lookback);
        options ??= new ContactReplayOptions();
        var before = Decide(current, replay, options.Progress, 0, 2 * replay.Count);
        var after = Decide(proposed, replay, options.Progress, replay.Count, 2 * replay.Count);
        var currentReport = Report(current, replay, before, options.ExamplesPerCode);
        var proposedReport = Report(proposed, replay, after, options.ExamplesPerCode);
        var newlyRefused = Enumerable.Range(0, replay.Count).Where(i => before[i].IsAllowed && !after[i].IsAllowed).ToList();
        var newlyAllowed = Enumerable.Range(0, replay.Count).Where(i => !before[i].IsAllowed && after[i].IsAllowed).ToList();
        var codes = currentReport.ByCode.Select(c => c.Code).Union(proposedReport.ByCode.Select(c => c.Code)).OrderBy(c => c.Value);
        var changes = codes.Select(code => new ContactReplayCodeChange(
            code,
            currentReport.ByCode.FirstOrDefault(c => c.Code == code)?.Count ?? 0,
            proposedReport.ByCode.FirstOrDefault(c => c.Code == code)?.Count ?? 0));
        return new ContactPolicyComparison(
            currentReport,
            proposedReport,
            new ContactReplayDifference(newlyRefused.Count, ByCode(proposed, replay, after, newlyRefused, options.ExamplesPerCode)),
            new ContactReplayDifference(newlyAllowed.Count, ByCode(current, replay, before, newlyAllowed, options.ExamplesPerCode)),
            [.. changes]);
    }

    /// <summary>Every attempt's full decision (reasons with rules, sources and explanations), in time order, as records an <see cref="IContactDecisionSink"/> takes (purpose <see cref="ContactDecisionPurpose.Replay"/>).</summary>
    /// <remarks>Lazy: each decision is made as it is enumerated, so a long history can be streamed into an audit log.</remarks>
    /// <param name="policy">The policy.</param>
    /// <param name="history">The attempts made, in any order.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException">The policy or history is null.</exception>
    /// <exception cref="ArgumentException">The history holds a null, named by position.</exception>
    public static IEnumerable<ContactDecisionRecord> DecisionRecords(ContactPolicy policy, IEnumerable<HistoricalAttempt> history)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var replay = Timeline.Of(history, policy.HistoryLookback);
        return Records(policy, replay);
    }

    private static IEnumerable<ContactDecisionRecord> Records(ContactPolicy policy, Timeline replay)
    {
        for (var i = 0; i < replay.Count; i++)
        {
            var request = replay.Attempts[i].Request;
            yield return new ContactDecisionRecord(request, policy.DecideInForceFrom(request, replay.HistoryBefore(i), NodaTime.Instant.MinValue), policy, ContactDecisionPurpose.Replay);
        }
    }

    private static ContactVerdict[] Decide(ContactPolicy policy, Timeline replay, IProgress<ContactReplayProgress>? progress, int offset, int total)
    {
        var verdicts = new ContactVerdict[replay.Count];
        var step = Math.Max(1, total / 100);
        for (var i = 0; i < replay.Count; i++)
        {
            verdicts[i] = policy.CheckInForceFrom(replay.Attempts[i].Request, replay.HistoryBefore(i), NodaTime.Instant.MinValue);
            if (progress is not null && ((offset + i + 1) % step == 0 || i == replay.Count - 1))
            {
                progress.Report(new ContactReplayProgress(offset + i + 1, total));
            }
        }

        return verdicts;
    }

    private static ContactReplayReport Report(ContactPolicy policy, Timeline replay, ContactVerdict[] verdicts, int examplesPerCode)
    {
        var decisions = replay.Attempts.Select((attempt, i) => new ContactReplayDecision(i, attempt, verdicts[i])).ToImmutableArray();
        var refused = Enumerable.Range(0, replay.Count).Where(i => !verdicts[i].IsAllowed).ToList();
        return new ContactReplayReport(policy, decisions, ByCode(policy, replay, verdicts, refused, examplesPerCode));
    }

    /// <summary>The given refused attempts counted by reason code, with the first examples of each explained by <see cref="ContactPolicy.Decide"/>.</summary>
    private static ImmutableArray<ContactReplayCodeCount> ByCode(ContactPolicy policy, Timeline replay, ContactVerdict[] verdicts, List<int> refused, int examplesPerCode)
    {
        var counts = new Dictionary<ContactRuleCode, (int Count, List<ContactReplayExample> Examples)>();
        foreach (var i in refused)
        {
            ContactDecision? decision = null;
            foreach (var code in verdicts[i].Codes.Codes)
            {
                if (!counts.TryGetValue(code, out var entry))
                {
                    entry = (0, []);
                }

                if (entry.Examples.Count < examplesPerCode)
                {
                    decision ??= policy.DecideInForceFrom(replay.Attempts[i].Request, replay.HistoryBefore(i), NodaTime.Instant.MinValue);
                    entry.Examples.Add(new ContactReplayExample(replay.Attempts[i], decision.Denials.First(d => d.Code == code)));
                }

                counts[code] = (entry.Count + 1, entry.Examples);
            }
        }

        return [.. counts
            .OrderByDescending(pair => pair.Value.Count).ThenBy(pair => pair.Key.Value)
            .Select(pair => new ContactReplayCodeCount(pair.Key, pair.Value.Count, [.. pair.Value.Examples]))];
    }

    /// <summary>The attempts in time order, indexed by debtor and by contact point, so each attempt's earlier history is found without scanning everything.</summary>
    private sealed class Timeline
    {
        private readonly Dictionary<Core.DebtorId, List<int>> _byDebtor = [];
        private readonly Dictionary<Core.ContactPointId, List<int>> _byContactPoint = [];
        private readonly NodaTime.Duration _lookback;

        private Timeline(ImmutableArray<HistoricalAttempt> attempts, NodaTime.Duration lookback)
        {
            Attempts = attempts;
            _lookback = lookback;
            for (var i = 0; i < attempts.Length; i++)
            {
                Index(_byDebtor, attempts[i].Request.DebtorId, i);
                Index(_byContactPoint, attempts[i].Request.ContactPointId, i);
            }
        }

        public ImmutableArray<HistoricalAttempt> Attempts { get; }

        public int Count => Attempts.Length;

        public static Timeline Of(IEnumerable<HistoricalAttempt> history, NodaTime.Duration lookback)
        {
            ArgumentNullException.ThrowIfNull(history);
            var list = history.ToList();
            var missing = list.Select((a, i) => (a, i)).Where(x => x.a is null).Select(x => x.i.ToString(CultureInfo.InvariantCulture)).ToList();
            if (missing.Count > 0)
            {
                throw new ArgumentException("The history holds no attempt at position(s) " + string.Join(", ", missing) + ".", nameof(history));
            }

            // A stable sort: attempts at the same instant keep the order given.
            var sorted = list.Select((a, i) => (a, i)).OrderBy(x => x.a.Request.At).ThenBy(x => x.i).Select(x => x.a).ToImmutableArray();
            return new Timeline(sorted, lookback);
        }

        /// <summary>The attempts before position <paramref name="index"/>, within the look-back of its instant, about its debtor or to its contact point.</summary>
        public ContactHistory HistoryBefore(int index)
        {
            var request = Attempts[index].Request;
            var from = request.At - _lookback;
            var byDebtor = Earlier(_byDebtor[request.DebtorId], index, from);
            var byPoint = Earlier(_byContactPoint[request.ContactPointId], index, from);
            var indices = new SortedSet<int>(byDebtor);
            indices.UnionWith(byPoint);
            return ContactHistory.Of(indices.Select(i => Attempts[i].Attempt));
        }

        private static void Index<TKey>(Dictionary<TKey, List<int>> index, TKey key, int position)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(position);
        }

        /// <summary>The positions in a (time-ordered) list that come before <paramref name="index"/> and are at or after <paramref name="from"/>.</summary>
        private IEnumerable<int> Earlier(List<int> positions, int index, NodaTime.Instant from)
        {
            var end = positions.BinarySearch(index);
            for (var k = end - 1; k >= 0 && Attempts[positions[k]].Request.At >= from; k--)
            {
                yield return positions[k];
            }
        }
    }
}
