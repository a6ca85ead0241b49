using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Packs;

/// <summary>The sa-sama-2025 pack, rule by rule, on a creditor's policy that keeps the pack's rules and approves two templates.</summary>
public sealed class SaudiSama2025PackTests
{
    private static readonly MessageTemplate Script = new(new TemplateId("call-ar"), Channel.Call, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName]);

    private static readonly MessageTemplate Sms = new(new TemplateId("sms-ar"), Channel.Sms, "ar",
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);

    private static readonly Collections.ContactPolicy.ContactPolicy Policy = Build();

    private static readonly Instant Monday10 = Zones.InRiyadh(2026, 1, 12, 10, 0);

    private static Collections.ContactPolicy.ContactPolicy Build()
    {
        var pack = RulePacks.SaudiSama2025;
        var templates = (ApprovedTemplatesRule)pack[new RuleId("sa-sama-2025/templates")];
        var approved = new ApprovedTemplatesRule(
            templates.Id, templates.Source, templates.Channels,
            [new ApprovedTemplate(Script.Id, Channel.Call, "ar"), new ApprovedTemplate(Sms.Id, Channel.Sms, "ar")],
            templates.RequiredFields, templates.PrimaryLanguage);
        return TestPolicies.Builder().AddPack(pack).Replace(approved).Build();
    }

    private static ContactRequest Call(Instant at) => TestRequests.Call(at) with { Template = Script };

    [Fact]
    public void Pack_HasTheRulesInOrderEachCitingItsSource()
    {
        Assert.Equal(
            ["sa-sama-2025/channels", "sa-sama-2025/recipients", "sa-sama-2025/working-hours", "sa-sama-2025/weekend",
             "sa-sama-2025/public-holidays", "sa-sama-2025/call-cap", "sa-sama-2025/dispute", "sa-sama-2025/templates"],
            RulePacks.SaudiSama2025.Rules.Select(r => r.Id.Value));
        Assert.All(RulePacks.SaudiSama2025.Rules, r => Assert.Equal(RuleSourceKind.Regulation, r.Source.Kind));
        Assert.Contains("carried over from the 2018 rules", RulePacks.SaudiSama2025[new RuleId("sa-sama-2025/call-cap")].Source.Note!.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ApprovedCallOnAWorkingDay_Allowed()
    {
        Assert.True(Policy.Decide(Call(Monday10), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_WhatsApp_OffUnlessTheCreditorDocumentsABasis()
    {
        var decision = Policy.Decide(TestRequests.On(Channel.WhatsApp, Monday10), ContactHistory.Empty);

        Assert.Equal(ContactRuleCode.ChannelNotAllowed, decision.Denials[0].Code);
        Assert.Equal(NextAllowedKind.Never, decision.NextAllowed);
    }

    [Fact]
    public void Decide_Relative_NeverContacted()
    {
        var decision = Policy.Decide(Call(Monday10) with { Recipient = ContactPointRole.ThirdParty }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.RecipientNotAllowed], decision.Codes);
        Assert.True(Policy.Decide(Call(Monday10) with { Recipient = ContactPointRole.Guarantor }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_EleventhCallIn30Days_Refused()
    {
        // Ten calls about any of the debtor's debts, one a day from 2026-01-01 (ten days; the first ages out 2026-01-31 07:00Z = 10:00 Riyadh, a Saturday).
        var calls = ContactHistory.Of(Enumerable.Range(0, 10).Select(i =>
            TestRequests.Attempt(Zones.Utc(2026, 1, 1, 7, 0) + Duration.FromDays(i)) with { AccountId = i % 2 == 0 ? TestRequests.Account : TestRequests.OtherAccount }));

        var decision = Policy.Decide(Call(Monday10), calls);

        Assert.Equal([ContactRuleCode.FrequencyCapReached], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 2, 1, 9, 0), decision.NextAllowedAt); // Saturday is a rest day: Sunday 09:00
    }

    [Fact]
    public void Decide_OpenDispute_StopsReminders()
    {
        var request = Call(Monday10) with
        {
            Restrictions = ContactRestrictions.None with { Holds = [new ContactHold(HoldKind.Dispute, Zones.Utc(2026, 1, 10, 0, 0))] },
        };

        Assert.Equal(NextAllowedKind.WhenHoldLifted, Policy.Decide(request, ContactHistory.Empty).NextAllowed);
    }

    [Fact]
    public void Decide_SmsWithoutWorkingHours_RefusedForTheMissingField()
    {
        var bare = new MessageTemplate(Sms.Id, Channel.Sms, "ar", [TemplateField.CreditorName, TemplateField.ContactNumber]);

        var decision = Policy.Decide(TestRequests.On(Channel.Sms, Monday10) with { Template = bare }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateFieldsMissing], decision.Codes);
    }

    [Fact]
    public void Decide_PackAlone_RefusesEveryTemplateUntilTheCreditorApprovesSome()
    {
        var packOnly = TestPolicies.Builder().AddPack(RulePacks.SaudiSama2025).Build();

        Assert.Equal([ContactRuleCode.TemplateNotApproved], packOnly.Decide(Call(Monday10), ContactHistory.Empty).Codes);
    }

    [Fact]
    public void Decide_LetterOnFriday_RefusedOnlyByNothing_LettersAreNotBoundByHours()
    {
        var letter = new MessageTemplate(new TemplateId("letter-ar"), Channel.Letter, "ar", [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);
        var policy = TestPolicies.Builder().AddPack(RulePacks.SaudiSama2025)
            .Replace(new ApprovedTemplatesRule(new RuleId("sa-sama-2025/templates"), TestPolicies.Creditor, ChannelSet.All, [new ApprovedTemplate(letter.Id, Channel.Letter, "ar")],
                ((ApprovedTemplatesRule)RulePacks.SaudiSama2025[new RuleId("sa-sama-2025/templates")]).RequiredFields, "ar"))
            .Build();

        Assert.True(policy.Decide(TestRequests.On(Channel.Letter, Zones.InRiyadh(2026, 1, 9, 10, 0)) with { Template = letter }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_EidAlAdha2026InThePack_RefusedUntilTheSundayAfter()
    {
        var decision = Policy.Decide(Call(Zones.InRiyadh(2026, 5, 27, 10, 0)), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.PublicHoliday], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 5, 31, 9, 0), decision.NextAllowedAt);
    }
}
