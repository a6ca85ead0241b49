using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Aging;

/// <summary>The segment one account was put in, with its priority, channel mix, reachability and the reasons in words.</summary>
/// <param name="Profile">The account's profile.</param>
/// <param name="Segment">Its segment (the first, by priority, whose criteria it meets).</param>
/// <param name="Reachability">Its reachability estimate.</param>
public sealed record SegmentAssignment(AccountProfile Profile, SegmentDefinition Segment, ReachabilityEstimate Reachability)
{
    /// <summary>The account.</summary>
    public AccountId AccountId => Profile.AccountId;

    /// <summary>The segment's priority (1 = work first).</summary>
    public int Priority => Segment.Priority;

    /// <summary>The recommended channel mix.</summary>
    public ChannelMix ChannelMix => Segment.ChannelMix;

    /// <summary>The reasons in English and Arabic: the segment's own reasons, the account's facts (days past due and bucket,
    /// debt, credit kept apart, payments, trend, dispute, lateness, broken promises, as known), then its reachability.</summary>
    /// <remarks>Built on each access (not stored), so assigning millions of accounts allocates no text.</remarks>
    public ImmutableArray<BilingualText> Reasons
    {
        get
        {
            var reasons = ImmutableArray.CreateBuilder<BilingualText>();
            reasons.AddRange(Segment.Reasons);
            var position = Profile.Position;
            reasons.Add(position.HasDebt
                ? AgingTexts.Format(
                    "fact.position",
                    ("days", AgingTexts.Invariant(position.WorstDaysPastDue.Value)),
                    ("bucket", Reachability.PeerGroup.Bucket.Label),
                    ("debt", position.Debt.ToString()))
                : AgingTexts.Get("fact.no_debt"));
            if (position.Credit.IsNegative)
            {
                reasons.Add(AgingTexts.Format("fact.credit", ("credit", position.Credit.ToString())));
            }

            var behaviour = Profile.Behaviour;
            reasons.Add(behaviour.PeriodsWithPayment is { } paid
                ? AgingTexts.Format("fact.payments", ("paid", AgingTexts.Invariant(paid)), ("periods", AgingTexts.Invariant(behaviour.RecentPeriods)))
                : AgingTexts.Get("fact.payments_unknown"));
            if (behaviour.Trend != DelinquencyTrend.Unknown)
            {
                var key = behaviour.Trend switch
                {
                    DelinquencyTrend.Worsening => "fact.trend.worsening",
                    DelinquencyTrend.Improving => "fact.trend.improving",
                    _ => "fact.trend.stable",
                };
                reasons.Add(AgingTexts.Format(key, ("periods", AgingTexts.Invariant(behaviour.TrendPeriods))));
            }

            if (behaviour.HasOpenDispute)
            {
                reasons.Add(AgingTexts.Format("fact.dispute", ("items", AgingTexts.Invariant(behaviour.DisputedOpenItems))));
            }

            if (behaviour.AverageDaysLate is { } late)
            {
                reasons.Add(AgingTexts.Format("fact.days_late", ("days", AgingTexts.Invariant(late, 1)), ("items", AgingTexts.Invariant(behaviour.SettledItems))));
            }

            if (behaviour.BrokenPromises is { } broken and > 0)
            {
                reasons.Add(AgingTexts.Format("fact.broken_promises", ("count", AgingTexts.Invariant(broken))));
            }

            reasons.Add(Reachability.Reason);
            return reasons.ToImmutable();
        }
    }
}
