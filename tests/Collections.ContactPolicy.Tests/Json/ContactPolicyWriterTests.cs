using Collections.ContactPolicy.Tests.Decisions;
using Collections.ContactPolicy.Tests.Support;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.ContactPolicy.Tests.Json;

/// <summary>A policy written as canonical JSON reads back into the same policy; the SHA-256 of that text is the policy's fingerprint.</summary>
public sealed class ContactPolicyWriterTests
{
    private const string TinyPolicy = """
        { "policy": "p", "creditor": "c", "version": "1", "approvedBy": "x", "approvedOn": "2026-01-01", "effectiveFrom": "2026-01-01",
          "rules": [ { "type": "frequency_cap", "id": "cap", "source": { "kind": "creditor_instruction", "en": "e", "ar": "ع" },
                       "channels": ["call"], "scope": "debtor", "maxAttempts": 10, "days": 30 } ] }
        """;

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Write_TinyPolicy_CanonicalTextAndItsSha256()
    {
        var policy = ContactPolicyJson.Parse(TinyPolicy);

        // Members sorted, no white space, the default zone written out, Arabic kept as UTF-8 (RFC 8785).
        Assert.Equal(
            """{"approvedBy":"x","approvedOn":"2026-01-01","creditor":"c","effectiveFrom":"2026-01-01","policy":"p","rules":[{"channels":["call"],"days":30,"id":"cap","maxAttempts":10,"scope":"debtor","source":{"ar":"ع","en":"e","kind":"creditor_instruction"},"type":"frequency_cap"}],"timeZone":"Asia/Riyadh","version":"1"}""",
            ContactPolicyJson.Write(policy));

        // Computed outside .NET: python3 -c 'import hashlib; print(hashlib.sha256(TEXT.encode()).hexdigest())'.
        Assert.Equal("7e08a1ccb6b10619a0b522a39e30b8274516a274693bc28546a7a21a00181581", policy.Sha256);
    }

    [Fact]
    public void Write_PolicyOnThePack_PackRulesAndTheHolidayCalendarWrittenOutInFull()
    {
        var policy = ContactPolicyJson.Load(Path.Combine(AppContext.BaseDirectory, "Json", "Files", "acme-sa.policy.json"));

        var json = ContactPolicyJson.Write(policy);
        var again = ContactPolicyJson.Parse(json);

        Assert.DoesNotContain("\"packs\"", json, StringComparison.Ordinal);
        Assert.Contains("\"eid_al_fitr\"", json, StringComparison.Ordinal);
        Assert.Equal(json, again.ToCanonicalJson());
        Assert.Equal(policy.Sha256, again.Sha256);
        Assert.Equal(policy.Rules.Select(r => r.Id), again.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Sha256_AnyChange_ChangesTheFingerprint()
    {
        var saudi = TestPolicies.Saudi();
        var relabelled = ContactPolicyGeneratorsExtensions.ToBuilder(saudi);
        relabelled.Version = "2";
        var reworded = ContactPolicyGeneratorsExtensions.ToBuilder(saudi).Replace(
            new RestrictionRule(new RuleId("honour-opt_out"), RuleSource.CreditorInstruction("Other words", "كلمات أخرى"), ChannelSet.All, ContactRestriction.OptOut));
        var stricter = ContactPolicyGeneratorsExtensions.ToBuilder(saudi)
            .Replace(new FrequencyCapRule(new RuleId("call-cap"), TestPolicies.Creditor, ChannelSet.Of(Channel.Call), CapScope.Debtor, 9, 30));

        Assert.Equal(saudi.Sha256, ContactPolicyGeneratorsExtensions.ToBuilder(saudi).Build().Sha256);
        Assert.NotEqual(saudi.Sha256, reworded.Build().Sha256);
        Assert.NotEqual(saudi.Sha256, relabelled.Build().Sha256);
        Assert.NotEqual(saudi.Sha256, stricter.Build().Sha256);
        Assert.Equal(64, saudi.Sha256.Length);
    }

    [Fact]
    public void Write_WindowWithSeconds_ReadsBackExactly()
    {
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(9, 0, 30), new LocalTime(17, 0)));

        var again = ContactPolicyJson.Parse(ContactPolicyJson.Write(policy));

        Assert.Contains("\"09:00:30\"", policy.ToCanonicalJson(), StringComparison.Ordinal);
        Assert.Equal(new LocalTime(9, 0, 30), again.Rules.OfType<ContactWindowRule>().Single().Windows[0].Start);
    }

    [Property(MaxTest = 300)]
    public Property Writing_a_policy_and_reading_it_back_gives_the_same_text_and_the_same_decisions() =>
        Prop.ForAll(
            (from policy in ContactPolicyGenerators.Policy()
             from request in ContactPolicyGenerators.Request()
             from history in ContactPolicyGenerators.History(request.At)
             select (policy, request, history)).ToArbitrary(),
            c =>
            {
                var again = ContactPolicyJson.Parse(ContactPolicyJson.Write(c.policy));
                var history = ContactHistory.Of(c.history);
                var before = c.policy.Decide(c.request, history);
                var after = again.Decide(c.request, history);
                return again.ToCanonicalJson() == c.policy.ToCanonicalJson() && again.Sha256 == c.policy.Sha256
                    && before.IsAllowed == after.IsAllowed && before.NextAllowedAt == after.NextAllowedAt
                    && before.Codes.SequenceEqual(after.Codes)
                    && before.Denials.Select(d => d.Explanation).SequenceEqual(after.Denials.Select(d => d.Explanation));
            });

    [Fact]
    public void Write_BothRulePacks_ReadBackToTheSameText()
    {
        foreach (var pack in RulePacks.All)
        {
            var policy = TestPolicies.Builder().AddPack(pack).Build();

            var again = ContactPolicyJson.Parse(policy.ToCanonicalJson());

            Assert.Equal(policy.ToCanonicalJson(), again.ToCanonicalJson());
        }
    }
}
