using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Decisions;

/// <summary>Check allocates nothing per decision, allowed or refused (the next-allowed search included): the design that lets a batch plan a day over many accounts.</summary>
public sealed class CheckAllocationTests
{
    public static TheoryData<string> Paths() => ["allowed", "outside hours", "rest day", "holiday", "cap reached", "two zones", "dispute", "opted out"];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Check_allocates_nothing_per_decision(string path)
    {
        var policy = TestPolicies.Saudi();
        var nine = TestRequests.History([.. Enumerable.Range(0, 9).Select(i => Zones.Utc(2026, 1, 1, 7, 0) + Duration.FromDays(i))]);
        var ten = TestRequests.History([.. Enumerable.Range(0, 10).Select(i => Zones.Utc(2026, 1, 1, 7, 0) + Duration.FromDays(i))]);
        var (request, history) = path switch
        {
            "allowed" => (TestRequests.Call(Zones.InRiyadh(2026, 1, 12, 10, 0)), nine),
            "outside hours" => (TestRequests.Call(Zones.InRiyadh(2026, 1, 12, 18, 0)), nine),
            "rest day" => (TestRequests.Call(Zones.InRiyadh(2026, 1, 9, 10, 0)), nine),
            "holiday" => (TestRequests.Call(Zones.InRiyadh(2026, 5, 26, 10, 0)), nine),
            "cap reached" => (TestRequests.Call(Zones.InRiyadh(2026, 1, 12, 10, 0)), ten),
            "two zones" => (TestRequests.Call(Zones.Utc(2026, 1, 11, 8, 0), Zones.Riyadh, Zones.London), nine),
            "dispute" => (TestRequests.Call(Zones.InRiyadh(2026, 1, 12, 10, 0)) with
            {
                Restrictions = ContactRestrictions.None with { Holds = [new ContactHold(HoldKind.Dispute, Zones.Utc(2026, 1, 10, 0, 0), Zones.Utc(2026, 1, 14, 0, 0))] },
            }, nine),
            _ => (TestRequests.Call(Zones.InRiyadh(2026, 1, 12, 10, 0)) with
            {
                Restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0))] },
            }, nine),
        };

        // Warm up (JIT, lazily built calendars and texts), then count bytes allocated on this thread over many checks.
        for (var i = 0; i < 100; i++)
        {
            policy.Check(request, history);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        ContactVerdict verdict = default;
        for (var i = 0; i < 1_000; i++)
        {
            verdict = policy.Check(request, history);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(path == "allowed", verdict.IsAllowed);
    }
}
