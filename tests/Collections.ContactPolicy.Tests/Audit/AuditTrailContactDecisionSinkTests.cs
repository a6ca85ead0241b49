using Collections.ContactPolicy.Tests.Support;
using Collections.Core.Audit;
using Collections.Core.InMemory;

namespace Collections.ContactPolicy.Tests.Audit;

/// <summary>Every decision (allowed and refused) and every version change goes to the hash-chained audit trail with a canonical payload; no version decides before its change is on record.</summary>
public sealed class AuditTrailContactDecisionSinkTests
{
    private static readonly Instant Friday10 = Zones.InRiyadh(2026, 1, 16, 10, 0);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A gate over the Saudi test policy whose decisions go to an audit trail on an in-memory store (shared when given).</summary>
    private static (TestGate Test, InMemoryAuditStore Store) Audited(Collections.ContactPolicy.ContactPolicy policy, Instant now, InMemoryAuditStore? store = null)
    {
        store ??= new InMemoryAuditStore();
        var test = new TestGate(policy, now, b => b.Decisions = new AuditTrailContactDecisionSink(new AuditTrail(store, b.Clock!)));
        return (test, store);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(InMemoryAuditStore store)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.ReadAsync(cancellationToken: Token))
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public async Task CheckAsync_RefusedOnFriday_TheVersionChangeThenTheDecisionWithTheDocumentedPayloads()
    {
        var policy = TestPolicies.Saudi();
        var (test, store) = Audited(policy, Friday10);

        await test.Gate.CheckAsync(TestRequests.Call(Friday10), Token);
        var entries = await EntriesAsync(store);

        Assert.Equal(2, entries.Count);
        Assert.Equal(("system:contact-gate", "contact_policy.version_changed", "creditor:CRED-1"), (entries[0].Actor, entries[0].Action, entries[0].Subject));
        Assert.Equal(
            $$$"""{"active_from":"2026-01-16T07:00:00Z","basis":"first_decision","creditor":"CRED-1","policy":"test-policy","sha256":"{{{policy.Sha256}}}","to":{"approved_by":"Compliance officer","approved_on":"2025-01-01","effective_from":"2025-01-01","sha256":"{{{policy.Sha256}}}","version":"1"}}""",
            entries[0].Payload);

        // Friday 10:00 in Riyadh: no working hours and a rest day; next allowed Sunday 09:00 (06:00Z).
        Assert.Equal(("system:contact-gate", "contact_policy.refused", "account:ACC-1"), (entries[1].Actor, entries[1].Action, entries[1].Subject));
        Assert.Equal(
            $$"""{"account":"ACC-1","allowed":false,"at":"2026-01-16T07:00:00Z","channel":"call","contact_point":"CP-MOBILE","debtor":"DEB-1","next_allowed":"later","next_allowed_at":"2026-01-18T06:00:00Z","policy":"test-policy","policy_sha256":"{{policy.Sha256}}","policy_version":"1","purpose":"check","reasons":["outside_contact_window","weekly_rest_day"],"recipient":"debtor","rules":["hours","weekend"],"zones":["Asia/Riyadh"]}""",
            entries[1].Payload);
        Assert.True((await AuditVerifier.VerifyAsync(store, null, Token)).IsIntact);
    }

    [Fact]
    public async Task ContactAsync_Allowed_TheEntryCarriesThePermitsAttemptIdAndTheTemplate()
    {
        var (test, store) = Audited(TestGates.SaudiPack(), TestGates.Monday10);

        var result = await test.Gate.ContactAsync(TestGates.Call(TestGates.Monday10), test.Gateway, Token);
        var decision = (await EntriesAsync(store))[^1];

        Assert.Equal("contact_policy.allowed", decision.Action);
        Assert.Contains($"\"attempt\":\"{result.Permit!.AttemptId}\"", decision.Payload, StringComparison.Ordinal);
        Assert.Contains("\"purpose\":\"attempt\"", decision.Payload, StringComparison.Ordinal);
        Assert.Contains("\"template\":\"call-ar\"", decision.Payload, StringComparison.Ordinal);
        Assert.Contains("\"reasons\":[]", decision.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("next_allowed_at", decision.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_AfterARestartOnTheSameLog_TheVersionIsNotAnnouncedAgain()
    {
        var policy = TestPolicies.Saudi();
        var (first, store) = Audited(policy, Friday10);
        await first.Gate.CheckAsync(TestRequests.Call(Friday10), Token);

        // A new process: a new gate and sink on the same log, the same policy file.
        var (second, _) = Audited(policy, Friday10 + Duration.FromDays(3), store);
        await second.Gate.CheckAsync(TestRequests.Call(Friday10 + Duration.FromDays(3)), Token);

        Assert.Equal(
            ["contact_policy.version_changed", "contact_policy.refused", "contact_policy.allowed"],
            (await EntriesAsync(store)).Select(e => e.Action));
    }

    [Fact]
    public async Task RecordAsync_RestartedOnANewPolicyFile_TheChangeFromTheOldVersionIsRecordedBeforeItsFirstDecision()
    {
        var v1 = TestPolicies.Saudi();
        var builder = Decisions.ContactPolicyGeneratorsExtensions.ToBuilder(v1)
            .Replace(new FrequencyCapRule(new RuleId("call-cap"), TestPolicies.Creditor, ChannelSet.Of(Channel.Call), CapScope.Debtor, 7, 30));
        builder.Version = "2";
        builder.ApprovedOn = new LocalDate(2026, 1, 17);
        builder.EffectiveFrom = new LocalDate(2026, 1, 18);
        var v2 = builder.Build();
        var (first, store) = Audited(v1, Friday10);
        await first.Gate.CheckAsync(TestRequests.Call(Friday10), Token);

        var monday = Zones.InRiyadh(2026, 1, 19, 10, 0);
        var (second, _) = Audited(v2, monday, store);
        await second.Gate.CheckAsync(TestRequests.Call(monday), Token);
        var entries = await EntriesAsync(store);

        Assert.Equal(
            ["contact_policy.version_changed", "contact_policy.refused", "contact_policy.version_changed", "contact_policy.allowed"],
            entries.Select(e => e.Action));
        Assert.Contains($$"""
            "from":{"sha256":"{{v1.Sha256}}","version":"1"}
            """.Trim(), entries[2].Payload, StringComparison.Ordinal);
        Assert.Contains($"\"sha256\":\"{v2.Sha256}\"", entries[2].Payload, StringComparison.Ordinal);
        Assert.Contains("\"basis\":\"first_decision\"", entries[2].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivateAsync_TheChangeIsRecordedByWhoActivatedIt_AndTheNewVersionsFirstDecisionAddsNoOther()
    {
        var v1 = TestPolicies.Saudi();
        var builder = Decisions.ContactPolicyGeneratorsExtensions.ToBuilder(v1);
        builder.Version = "2";
        builder.ApprovedOn = new LocalDate(2026, 1, 16);
        builder.EffectiveFrom = new LocalDate(2026, 1, 18);
        var v2 = builder.Build();
        var (test, store) = Audited(v1, Friday10);
        await test.Gate.CheckAsync(TestRequests.Call(Friday10), Token);

        await test.Gate.ActivateAsync(v2, new AuditActor("user:compliance-officer-7"), Token);
        var monday = Zones.InRiyadh(2026, 1, 19, 10, 0);
        var decision = await test.Gate.CheckAsync(TestRequests.Call(monday), Token);
        var entries = await EntriesAsync(store);

        Assert.Equal(v2.Version, decision.PolicyVersion);
        Assert.Equal(
            ["contact_policy.version_changed", "contact_policy.refused", "contact_policy.version_changed", "contact_policy.allowed"],
            entries.Select(e => e.Action));
        Assert.Equal("user:compliance-officer-7", entries[2].Actor);
        Assert.Contains("\"active_from\":\"2026-01-17T21:00:00Z\",\"basis\":\"activated\"", entries[2].Payload, StringComparison.Ordinal);
        Assert.Contains(
            $$"""
            "from":{"approved_by":"Compliance officer","approved_on":"2025-01-01","effective_from":"2025-01-01","sha256":"{{v1.Sha256}}","version":"1"}
            """.Trim(),
            entries[2].Payload,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_of_a_busy_gate_verifies_and_has_one_entry_per_decision()
    {
        var (test, store) = Audited(TestGates.SaudiPack(), TestGates.Monday10);

        for (var i = 0; i < 30; i++)
        {
            await test.Gate.ContactAsync(TestGates.Call(TestGates.Monday10), test.Gateway, Token);
            test.Clock.Advance(Duration.FromHours(5));
        }

        var entries = await EntriesAsync(store);
        var verification = await AuditVerifier.VerifyAsync(store, null, Token);

        Assert.True(verification.IsIntact);
        Assert.Equal(31, entries.Count);
        Assert.Equal(test.Attempts.Permitted.Count, entries.Count(e => e.Action == "contact_policy.allowed"));
        Assert.All(test.Attempts.Permitted, attempt => Assert.Contains(entries, e => e.Payload.Contains($"\"attempt\":\"{attempt.AttemptId}\"", StringComparison.Ordinal)));
    }
}
