using Collections.ContactPolicy.Tests.Support;
using Collections.Core.Audit;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>Policy versions: a schedule gives the version in force at each instant; activating a new one is recorded first and never reaches back.</summary>
public sealed class ContactPolicyVersionTests
{
    private static readonly AuditActor Officer = new("user:compliance-officer-7");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A version with its own call cap, approved and effective on the given dates.</summary>
    private static Collections.ContactPolicy.ContactPolicy Version(string label, LocalDate effective, int maxCalls, LocalDate? approved = null)
    {
        var builder = TestPolicies.Builder().Add(TestPolicies.CallCap(maxCalls, 7, CapScope.Debtor));
        builder.Version = label;
        builder.ApprovedOn = approved ?? new LocalDate(2025, 12, 1);
        builder.EffectiveFrom = effective;
        return builder.Build();
    }

    [Fact]
    public void PolicyAt_TwoVersions_EachFromTheStartOfItsEffectiveDayInTheCreditorsZone()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var v2 = Version("2", new LocalDate(2026, 2, 1), 2);

        var schedule = ContactPolicySchedule.Of([v2, v1]);

        Assert.Same(v1, schedule.PolicyAt(Zones.InRiyadh(2026, 1, 31, 23, 59)));
        Assert.Same(v2, schedule.PolicyAt(Zones.InRiyadh(2026, 2, 1, 0, 0)));
        Assert.Same(v1, schedule.PolicyAt(Zones.InRiyadh(2025, 6, 1, 0, 0)));
        Assert.Same(v2, schedule.Latest);
    }

    [Fact]
    public void Of_VersionsThatCannotFormASchedule_EveryViolationListed()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var sameDay = Version("1b", new LocalDate(2026, 1, 1), 2);
        var sameLabel = Version("1", new LocalDate(2026, 3, 1), 2);
        var other = new ContactPolicyBuilder(new PolicyId("other"), new CreditorId("CRED-1"))
        {
            Version = "9", ApprovedBy = "x", ApprovedOn = new LocalDate(2026, 4, 1), EffectiveFrom = new LocalDate(2026, 4, 1),
        }.Build();

        var exception = Assert.Throws<ArgumentException>(() => ContactPolicySchedule.Of([v1, sameDay, sameLabel, other]));

        Assert.Contains("version '1b' would take over at 2025-12-31T21:00:00Z, not after version '1' (from 2025-12-31T21:00:00Z)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("version label '1' is already used", exception.Message, StringComparison.Ordinal);
        Assert.Contains("belongs to policy 'other' of creditor 'CRED-1', not 'test-policy' of 'CRED-1'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ScheduledVersions_TheVersionInForceAtTheRequestInstantDecides()
    {
        // Three calls in the week before; version 1 allows 3 per 7 days, version 2 (from 1 February) only 2.
        var v1 = Version("1", new LocalDate(2026, 1, 1), 4);
        var v2 = Version("2", new LocalDate(2026, 2, 1), 2);
        var test = new TestGate(ContactPolicySchedule.Of([v1, v2]), Zones.InRiyadh(2026, 1, 31, 10, 0), b => b.Attempts =
            new InMemory.InMemoryContactAttemptStore([.. Enumerable.Range(1, 3).Select(h => TestRequests.Attempt(Zones.InRiyadh(2026, 1, 30, 9 + h, 0)))]));

        var january = await test.Gate.CheckAsync(TestRequests.Call(Zones.InRiyadh(2026, 1, 31, 10, 0)), Token);
        var february = await test.Gate.CheckAsync(TestRequests.Call(Zones.InRiyadh(2026, 2, 1, 10, 0)), Token);

        Assert.True(january.IsAllowed);
        Assert.Equal(v1.Version, january.PolicyVersion);
        Assert.Equal([ContactRuleCode.FrequencyCapReached], february.Codes);
        Assert.Equal(v2.Version, february.PolicyVersion);
    }

    [Fact]
    public async Task ActivateAsync_NewVersionEffectiveNextMonth_RecordedFirstThenAppliedFromItsEffectiveDate()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var v2 = Version("2", new LocalDate(2026, 2, 1), 2, approved: new LocalDate(2026, 1, 20));
        var test = new TestGate(v1, Zones.InRiyadh(2026, 1, 20, 11, 0));

        var change = await test.Gate.ActivateAsync(v2, Officer, Token);

        Assert.NotNull(change);
        Assert.Same(change, Assert.Single(test.Sink.Changes));
        Assert.Same(v1, change.From);
        Assert.Same(v2, change.To);
        Assert.Equal(Zones.InRiyadh(2026, 2, 1, 0, 0), change.ActiveFrom);
        Assert.Equal(ContactPolicyChangeBasis.Activated, change.Basis);
        Assert.Equal(Officer, change.ActivatedBy);
        Assert.Same(v1, test.Gate.Policies.PolicyAt(Zones.InRiyadh(2026, 1, 31, 23, 0)));
        Assert.Same(v2, test.Gate.Policies.PolicyAt(Zones.InRiyadh(2026, 2, 1, 0, 0)));
    }

    [Fact]
    public async Task ActivateAsync_VersionEffectiveToday_TakesOverNowNotAtMidnight()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var v2 = Version("2", new LocalDate(2026, 1, 20), 2);
        var now = Zones.InRiyadh(2026, 1, 20, 11, 0);
        var test = new TestGate(v1, now);

        var change = await test.Gate.ActivateAsync(v2, Officer, Token);

        // Decisions made this morning were version 1's and stay so.
        Assert.Equal(now, change!.ActiveFrom);
        Assert.Same(v1, test.Gate.Policies.PolicyAt(now - Duration.FromHours(2)));
        Assert.Same(v2, test.Gate.Policies.PolicyAt(now));
    }

    [Fact]
    public async Task ActivateAsync_TheSameVersionTwice_TheSecondTimeDoesNothing()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var v2 = Version("2", new LocalDate(2026, 2, 1), 2);
        var test = new TestGate(v1, Zones.InRiyadh(2026, 1, 20, 11, 0));

        await test.Gate.ActivateAsync(v2, Officer, Token);
        var again = await test.Gate.ActivateAsync(Version("2", new LocalDate(2026, 2, 1), 2), Officer, Token);

        Assert.Null(again);
        Assert.Single(test.Sink.Changes);
        Assert.Equal(2, test.Gate.Policies.Entries.Length);
    }

    [Fact]
    public async Task ActivateAsync_SameLabelWithOtherRulesOrAnotherPolicy_RefusedAndNothingRecorded()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var test = new TestGate(v1, Zones.InRiyadh(2026, 1, 20, 11, 0));
        var other = new ContactPolicyBuilder(new PolicyId("other"), new CreditorId("CRED-1"))
        {
            Version = "2", ApprovedBy = "x", ApprovedOn = new LocalDate(2026, 2, 1), EffectiveFrom = new LocalDate(2026, 2, 1),
        }.Build();

        var relabelled = await Assert.ThrowsAsync<ArgumentException>(() => test.Gate.ActivateAsync(Version("1", new LocalDate(2026, 2, 1), 9), Officer, Token));
        var foreign = await Assert.ThrowsAsync<ArgumentException>(() => test.Gate.ActivateAsync(other, Officer, Token));

        Assert.Contains("Version '1' of 'test-policy' is already scheduled with other content", relabelled.Message, StringComparison.Ordinal);
        Assert.Contains("belongs to policy 'other'", foreign.Message, StringComparison.Ordinal);
        Assert.Empty(test.Sink.Changes);
        Assert.Single(test.Gate.Policies.Entries);
    }

    [Fact]
    public async Task ActivateAsync_VersionStartingBeforeOneAlreadyScheduled_Refused()
    {
        var v1 = Version("1", new LocalDate(2026, 1, 1), 3);
        var test = new TestGate(v1, Zones.InRiyadh(2026, 1, 20, 11, 0));
        await test.Gate.ActivateAsync(Version("3", new LocalDate(2026, 3, 1), 2), Officer, Token);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => test.Gate.ActivateAsync(Version("2", new LocalDate(2026, 2, 1), 2), Officer, Token));

        Assert.Contains("version '2' would take over at 2026-01-31T21:00:00Z, not after version '3' (from 2026-02-28T21:00:00Z)", exception.Message, StringComparison.Ordinal);
    }
}
