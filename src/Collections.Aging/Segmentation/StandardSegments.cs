using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A documented default segment set for a collection agency onboarding a portfolio (Saudi Arabia first, any currency).</summary>
/// <remarks>
/// <para>In priority order (the first match wins):</para>
/// <list type="number">
/// <item><c>dispute</c> — an open dispute: the dispute queue, no outbound contact (docs/kpi-definitions.md: a dispute freezes contact about the debt on every channel; not aging).</item>
/// <item><c>no-debt</c> — nothing owed: no collection contact (credit balances are refunded, not collected).</item>
/// <item><c>tracing</c> — debt but no usable contact point (contact data provided): trace contact points first, no attempts.</item>
/// <item><c>escalation-review</c> — 121+ days and no payment in the recent periods: review for legal escalation (needs the creditor's prior written authorization); calls 50%, letter 30%, SMS 20%.</item>
/// <item><c>late-stage</c> — 121+ days, paying or payments unknown: calls 60%, letter 20%, SMS 20%.</item>
/// <item><c>hard-to-reach</c> — 31+ days and a smoothed right-party contact rate below 10%: WhatsApp 40%, SMS 30%, letter 30%.</item>
/// <item><c>intensive</c> — 91–120 days: calls 70%, letter 20%, SMS 10%.</item>
/// <item><c>mid-stage-high</c> — 31–90 days, debt at or above the high-balance threshold, reachable or unknown: calls 70%, SMS 20%, WhatsApp 10%.</item>
/// <item><c>mid-stage</c> — 31–90 days: SMS 40%, WhatsApp 30%, calls 30%.</item>
/// <item><c>early-stage-high</c> — current to 30 days, high balance: calls 40%, SMS 40%, app 20%.</item>
/// <item><c>early-stage</c> — current to 30 days: SMS 60%, app 40% (reminders).</item>
/// <item><c>general</c> — the catch-all: calls 40%, SMS 40%, letter 20%.</item>
/// </list>
/// <para>"High balance" is per currency (amounts are never converted): an account in a currency without a threshold is
/// never "high". <see cref="Saudi"/> uses SAR 5,000.00. Titles and reasons come from the package's texts.json in
/// English and Arabic. The mixes are starting points for an onboarding; a creditor's own set replaces them.</para>
/// </remarks>
public static class StandardSegments
{
    /// <summary>The rate below which calls are deemed to rarely reach the debtor (10%).</summary>
    public const decimal HardToReachBelow = 0.10m;

    /// <summary>The default high-balance threshold for Saudi portfolios.</summary>
    public static Money SaudiHighBalance { get; } = Money.Of(5_000m, Currency.SaudiRiyal);

    // Lazy: a static initializer here would run before the id properties below are initialized (textual order).
    private static readonly Lazy<SegmentDefinitionSet> LazySaudi = new(() => Create(SaudiHighBalance));

    /// <summary>The standard set with a SAR 5,000.00 high-balance threshold.</summary>
    public static SegmentDefinitionSet Saudi => LazySaudi.Value;

    /// <summary>Id of the dispute queue.</summary>
    public static SegmentId Dispute { get; } = new("dispute");

    /// <summary>Id of the segment of accounts owing nothing.</summary>
    public static SegmentId NoDebt { get; } = new("no-debt");

    /// <summary>Id of the contact-point tracing segment.</summary>
    public static SegmentId Tracing { get; } = new("tracing");

    /// <summary>Id of the legal escalation review segment.</summary>
    public static SegmentId EscalationReview { get; } = new("escalation-review");

    /// <summary>Id of the late-stage (121+) segment.</summary>
    public static SegmentId LateStage { get; } = new("late-stage");

    /// <summary>Id of the hard-to-reach segment.</summary>
    public static SegmentId HardToReach { get; } = new("hard-to-reach");

    /// <summary>Id of the intensive (91–120) segment.</summary>
    public static SegmentId Intensive { get; } = new("intensive");

    /// <summary>Id of the 31–90 high-balance segment.</summary>
    public static SegmentId MidStageHigh { get; } = new("mid-stage-high");

    /// <summary>Id of the 31–90 segment.</summary>
    public static SegmentId MidStage { get; } = new("mid-stage");

    /// <summary>Id of the early-stage high-balance segment.</summary>
    public static SegmentId EarlyStageHigh { get; } = new("early-stage-high");

    /// <summary>Id of the early-stage segment.</summary>
    public static SegmentId EarlyStage { get; } = new("early-stage");

    /// <summary>Id of the catch-all.</summary>
    public static SegmentId General { get; } = new("general");

    /// <summary>The standard set with the given high-balance thresholds, one per currency.</summary>
    /// <param name="highBalanceThresholds">Debt at or above which an account counts as high balance, e.g. SAR 5,000.00 and AED 5,000.00.</param>
    /// <returns>The checked set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="highBalanceThresholds"/> is null.</exception>
    /// <exception cref="ArgumentException">No threshold, or two in one currency.</exception>
    public static SegmentDefinitionSet Create(params IEnumerable<Money> highBalanceThresholds)
    {
        ArgumentNullException.ThrowIfNull(highBalanceThresholds);
        var thresholds = highBalanceThresholds.ToList();
        if (thresholds.Count == 0)
        {
            throw new ArgumentException("At least one high-balance threshold is needed (one per currency).", nameof(highBalanceThresholds));
        }

        var high = AmountBand.AtLeast(thresholds);
        var anyDebt = new SegmentCriteria { HasDebt = true };
        return SegmentDefinitionSet.Create(
        [
            Define(Dispute, "dispute", 1, new SegmentCriteria { Behaviour = new BehaviourCriteria { OpenDispute = true } }, ChannelMix.NoOutboundContact),
            Define(NoDebt, "no_debt", 2, new SegmentCriteria { HasDebt = false }, ChannelMix.NoOutboundContact),
            Define(Tracing, "tracing", 3, anyDebt with { Reachability = new ReachabilityCriteria { Availability = [ContactPointAvailability.NoneUsable] } }, ChannelMix.NoOutboundContact),
            Define(EscalationReview, "escalation_review", 4, anyDebt with { Age = DaysPastDueRange.AtLeast(121), Behaviour = new BehaviourCriteria { PaidRecently = false } }, ChannelMix.Of((Channel.Call, 50), (Channel.Letter, 30), (Channel.Sms, 20))),
            Define(LateStage, "late_stage", 5, anyDebt with { Age = DaysPastDueRange.AtLeast(121) }, ChannelMix.Of((Channel.Call, 60), (Channel.Letter, 20), (Channel.Sms, 20))),
            Define(HardToReach, "hard_to_reach", 6, anyDebt with { Age = DaysPastDueRange.AtLeast(31), Reachability = new ReachabilityCriteria { SmoothedRightPartyContactRate = new RateBand(null, HardToReachBelow) } }, ChannelMix.Of((Channel.WhatsApp, 40), (Channel.Sms, 30), (Channel.Letter, 30))),
            Define(Intensive, "intensive", 7, anyDebt with { Age = DaysPastDueRange.Between(91, 120) }, ChannelMix.Of((Channel.Call, 70), (Channel.Letter, 20), (Channel.Sms, 10))),
            Define(MidStageHigh, "mid_stage_high", 8, anyDebt with { Age = DaysPastDueRange.Between(31, 90), Amount = high, Reachability = new ReachabilityCriteria { Availability = [ContactPointAvailability.Usable, ContactPointAvailability.Unknown] } }, ChannelMix.Of((Channel.Call, 70), (Channel.Sms, 20), (Channel.WhatsApp, 10))),
            Define(MidStage, "mid_stage", 9, anyDebt with { Age = DaysPastDueRange.Between(31, 90) }, ChannelMix.Of((Channel.Sms, 40), (Channel.WhatsApp, 30), (Channel.Call, 30))),
            Define(EarlyStageHigh, "early_stage_high", 10, anyDebt with { Age = DaysPastDueRange.AtMost(30), Amount = high }, ChannelMix.Of((Channel.Call, 40), (Channel.Sms, 40), (Channel.App, 20))),
            Define(EarlyStage, "early_stage", 11, anyDebt with { Age = DaysPastDueRange.AtMost(30) }, ChannelMix.Of((Channel.Sms, 60), (Channel.App, 40))),
            Define(General, "general", 99, SegmentCriteria.Any, ChannelMix.Of((Channel.Call, 40), (Channel.Sms, 40), (Channel.Letter, 20))),
        ]);
    }

    /// <summary>Segmentation options whose peer groups split each currency at the same high-balance thresholds.</summary>
    /// <param name="highBalanceThresholds">The thresholds given to <see cref="Create"/>.</param>
    /// <returns>Options with <see cref="SegmentationOptions.PeerGroupAmountBreaks"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="highBalanceThresholds"/> is null.</exception>
    public static SegmentationOptions OptionsFor(params IEnumerable<Money> highBalanceThresholds)
    {
        ArgumentNullException.ThrowIfNull(highBalanceThresholds);
        return new SegmentationOptions { PeerGroupAmountBreaks = [.. highBalanceThresholds] };
    }

    private static SegmentDefinition Define(SegmentId id, string key, int priority, SegmentCriteria criteria, ChannelMix mix) =>
        new(id, AgingTexts.Get($"segment.{key}.title"), priority, criteria, mix, ImmutableArray.Create(AgingTexts.Get($"segment.{key}.reason")));
}
