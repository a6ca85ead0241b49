using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;

namespace Collections.TestKit;

/// <summary>FsCheck generators for segmentation: account profiles (positions, behaviour, reachability) and valid segment sets.</summary>
public static class SegmentationGenerators
{
    private static readonly Currency Kwd = Currency.FromCode("KWD");

    /// <summary>Behaviour signals: payments unknown or 0..3 of 3, any trend, disputes sometimes, lateness sometimes.</summary>
    /// <returns>The generator.</returns>
    public static Gen<BehaviourSignals> Behaviour() =>
        from paid in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 3).Select(p => (int?)p))
        from trend in Gen.Elements(DelinquencyTrend.Unknown, DelinquencyTrend.Improving, DelinquencyTrend.Stable, DelinquencyTrend.Worsening)
        from dispute in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from broken in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 5).Select(b => (int?)b))
        from late in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(0, 900).Select(d => (decimal?)(d / 10m)))
        select new BehaviourSignals(3, paid, trend, 3)
        {
            HasOpenDispute = dispute,
            DisputedOpenItems = dispute ? 1 : 0,
            BrokenPromises = broken,
            AverageDaysLate = late,
            SettledItems = late is null ? 0 : 4,
        };

    /// <summary>Reachability signals: no contact data, or contact points of any availability, with or without attempt history (0..40 attempts).</summary>
    /// <returns>The generator.</returns>
    public static Gen<ReachabilitySignals> Reachability() =>
        from availability in Gen.Elements(ContactPointAvailability.Unknown, ContactPointAvailability.NoneUsable, ContactPointAvailability.Usable)
        from known in Gen.Choose(1, 4)
        from history in Gen.Elements(true, true, false)
        from attempts in Gen.Choose(0, 40)
        from share in Gen.Choose(0, 100)
        select new ReachabilitySignals(
            availability,
            availability == ContactPointAvailability.Usable ? Math.Max(1, known - 1) : 0,
            availability == ContactPointAvailability.Unknown ? 0 : known,
            history,
            history ? attempts : 0,
            history ? attempts * share / 100 : 0);

    /// <summary>A profile for a given account: worst DPD −30..400, debt 0..1,000,000 in SAR or KWD (zero sometimes), a credit sometimes.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The generator.</returns>
    public static Gen<AccountProfile> Profile(AccountId account) =>
        from currency in Gen.Elements(Currency.SaudiRiyal, Kwd)
        from days in Gen.Choose(-30, 400)
        from debt in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 1_000_000_000)))
        from credit in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 1_000_000)))
        from behaviour in Behaviour()
        from reachability in Reachability()
        let position = new AccountPosition(
            account,
            debt > 0 ? new DaysPastDue(days) : DaysPastDue.Current,
            Money.FromMinorUnits(debt, currency),
            Money.FromMinorUnits(-credit, currency),
            (debt > 0 ? 1 : 0) + (credit > 0 ? 1 : 0))
        select new AccountProfile(position, behaviour, reachability);

    /// <summary>Profiles of distinct accounts acct-0, acct-1, ….</summary>
    /// <returns>The generator.</returns>
    public static Gen<List<AccountProfile>> Profiles() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 3)))
            .SelectMany(count => Gen.CollectToList(Enumerable.Range(0, count).Select(i => Profile(new AccountId("acct-" + i)))));

    /// <summary>A valid segment set: 1..8 segments with random criteria and mixes, unique priorities, and a catch-all last.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SegmentDefinitionSet> DefinitionSet() =>
        Criteria().ListOf().Select(list => list.Take(8).ToList()).Select(criteria =>
        {
            var text = new BilingualText("Segment", "شريحة");
            var definitions = criteria
                .Select((c, i) => new SegmentDefinition(new SegmentId("s" + i), text, i + 1, c, ChannelMix.Of((Channel.Call, 60), (Channel.Sms, 40)), [text]))
                .Append(new SegmentDefinition(new SegmentId("catch-all"), text, 1000, SegmentCriteria.Any, ChannelMix.NoOutboundContact, [text]));
            return SegmentDefinitionSet.Create(definitions);
        });

    /// <summary>Segment criteria that are not catch-alls: an age range and at least one more part.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SegmentCriteria> Criteria() =>
        from low in Gen.Choose(-30, 200)
        from width in Gen.Choose(0, 200)
        from debt in Gen.Elements<bool?>(null, true, false)
        from amount in Gen.OneOf(Gen.Constant<AmountBand?>(null), Gen.Choose(1, 500_000_000).Select(a => (AmountBand?)AmountBand.AtLeast(Money.FromMinorUnits(a, Currency.SaudiRiyal), Money.FromMinorUnits(a, Kwd))))
        from paid in Gen.Elements<bool?>(null, true, false)
        from dispute in Gen.Elements<bool?>(null, true, false)
        from availability in Gen.SubListOf([ContactPointAvailability.Unknown, ContactPointAvailability.NoneUsable, ContactPointAvailability.Usable])
        from rate in Gen.OneOf(Gen.Constant<RateBand?>(null), Gen.Choose(1, 99).Select(r => (RateBand?)new RateBand(null, r / 100m)))
        select new SegmentCriteria
        {
            Age = new DaysPastDueRange(low, low + width),
            HasDebt = debt,
            Amount = amount,
            Behaviour = new BehaviourCriteria { PaidRecently = paid, OpenDispute = dispute },
            Reachability = new ReachabilityCriteria { Availability = [.. availability], SmoothedRightPartyContactRate = rate },
        };
}
