using FsCheck;
using FsCheck.Fluent;

namespace Collections.Escalation.Tests.Support;

/// <summary>Bounded generators for qualification evidence around ACME's thresholds (DPD above 90, SAR 5,000, 3 RPCs or 12 attempts on 2 channels).</summary>
internal static class EscalationGenerators
{
    public static Gen<ChannelActivity> Activity(Channel channel) =>
        from attempts in Gen.Choose(0, 10)
        from rpcs in Gen.Choose(0, attempts)
        select new ChannelActivity(channel, attempts, rpcs);

    public static Gen<PromiseSummary> Promises() =>
        from kept in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from partial in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        from broken in Gen.Choose(0, 3)
        from pending in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 2)))
        select new PromiseSummary(kept, partial, broken, pending);

    /// <summary>Evidence for ACC-1 on the as-of date, with values on both sides of every threshold.</summary>
    public static Gen<EscalationEvidence> Evidence() =>
        from dpd in Gen.OneOf(Gen.Choose(-30, 400), Gen.Elements(89, 90, 91))
        from balance in Gen.OneOf(Gen.Choose(0, 2_000_000), Gen.Elements(499_999, 500_000, 500_001))
        from dispute in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from channels in Gen.SubListOf(Channel.All.ToArray())
        from activities in Gen.CollectToArray(channels.Select(Activity))
        from promises in Promises()
        select TestEscalation.Qualifying(
            daysPastDue: dpd,
            balance: balance / 100m,
            dispute: dispute,
            channels: activities,
            promises: promises);
}
