using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>Who may be contacted, approved templates, required fields and the primary language.</summary>
public sealed class ApprovedTemplatesRuleTests
{
    private static readonly Instant Sunday10 = Zones.InRiyadh(2026, 1, 11, 10, 0);

    private static readonly TemplateField[] SaudiFields =
        [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours, TemplateField.AgentName];

    private static readonly MessageTemplate CallScript = new(new TemplateId("call-early-ar"), Channel.Call, "ar", SaudiFields);
    private static readonly MessageTemplate LocationScript = new(new TemplateId("call-location-ar"), Channel.Call, "ar", SaudiFields) { RevealsDebt = false };

    private static ApprovedTemplatesRule Templates(params ApprovedTemplate[] approved) => new(
        new RuleId("templates"),
        TestPolicies.Creditor,
        ChannelSet.All,
        approved,
        [
            new RequiredField(TemplateField.CreditorName, ChannelSet.All),
            new RequiredField(TemplateField.ActingForCreditor, ChannelSet.All),
            new RequiredField(TemplateField.ContactNumber, ChannelSet.All),
            new RequiredField(TemplateField.WorkingHours, ChannelSet.All),
            new RequiredField(TemplateField.AgentName, ChannelSet.Of(Channel.Call)),
        ],
        "ar");

    private static ApprovedTemplate Approve(MessageTemplate template, params string[] stages) =>
        new(template.Id, template.Channel, template.Language, stages.Select(s => new StageId(s)));

    private static RecipientRule Recipients(ThirdPartyContact thirdParties) =>
        new(new RuleId("recipients"), TestPolicies.Creditor, [ContactPointRole.Debtor, ContactPointRole.Guarantor], thirdParties);

    [Fact]
    public void Decide_ApprovedCallScriptWithEveryField_Allowed()
    {
        var policy = TestPolicies.With(Templates(Approve(CallScript)));

        Assert.True(policy.Decide(TestRequests.Call(Sunday10) with { Template = CallScript }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_NoTemplate_RefusedForever()
    {
        var decision = TestPolicies.With(Templates(Approve(CallScript))).Decide(TestRequests.Call(Sunday10), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateRequired], decision.Codes);
        Assert.Equal(NextAllowedKind.Never, decision.NextAllowed);
    }

    [Fact]
    public void Decide_TemplateIdUnknownToTheCatalogue_NotApproved()
    {
        // The gate could not load the template: the id stays on the request, the template is missing.
        var decision = TestPolicies.With(Templates(Approve(CallScript))).Decide(TestRequests.Call(Sunday10) with { TemplateId = new TemplateId("gone") }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateNotApproved], decision.Codes);
    }

    [Fact]
    public void Decide_CallScriptWithoutTheAgentsName_RefusedNamingTheField()
    {
        var noAgent = new MessageTemplate(CallScript.Id, Channel.Call, "ar", [TemplateField.CreditorName, TemplateField.ContactNumber, TemplateField.WorkingHours]);

        var decision = TestPolicies.With(Templates(Approve(noAgent))).Decide(TestRequests.Call(Sunday10) with { Template = noAgent }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateFieldsMissing], decision.Codes);
        Assert.Equal("Template call-early-ar lacks: the agent's name.", decision.Denials[0].Explanation.English);
        Assert.Equal("النص call-early-ar لا يتضمن: اسم الموظف.", decision.Denials[0].Explanation.Arabic);
    }

    [Fact]
    public void Decide_AgencyActingForACreditor_MustNameThatCreditor()
    {
        var builder = TestPolicies.Builder().Add(Templates(Approve(CallScript)));
        builder.ActsFor = new CreditorId("BANK-1");

        var decision = builder.Build().Decide(TestRequests.Call(Sunday10) with { Template = CallScript }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateFieldsMissing], decision.Codes);
        Assert.Contains("the name of the creditor the agency acts for", decision.Denials[0].Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_EnglishTemplate_RefusedUnlessTheRecipientAskedForEnglish()
    {
        var english = new MessageTemplate(new TemplateId("call-early-en"), Channel.Call, "en", SaudiFields);
        var policy = TestPolicies.With(Templates(Approve(CallScript), Approve(english)));

        var refused = policy.Decide(TestRequests.Call(Sunday10) with { Template = english }, ContactHistory.Empty);
        var allowed = policy.Decide(TestRequests.Call(Sunday10) with { Template = english, RecipientLanguage = "EN" }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateLanguageNotAllowed], refused.Codes);
        Assert.True(allowed.IsAllowed);
    }

    [Fact]
    public void Decide_TemplateApprovedForAnotherStage_NotApproved()
    {
        var policy = TestPolicies.With(Templates(Approve(CallScript, "early")));

        Assert.True(policy.Decide(TestRequests.Call(Sunday10) with { Template = CallScript, Stage = new StageId("early") }, ContactHistory.Empty).IsAllowed);
        var late = policy.Decide(TestRequests.Call(Sunday10) with { Template = CallScript, Stage = new StageId("late") }, ContactHistory.Empty);
        Assert.Equal([ContactRuleCode.TemplateNotApproved], late.Codes);
        Assert.Contains("at stage late", late.Denials[0].Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_SmsTemplateUsedForACall_NotApproved()
    {
        var sms = new MessageTemplate(new TemplateId("sms-1"), Channel.Sms, "ar", SaudiFields);

        var decision = TestPolicies.With(Templates(Approve(sms))).Decide(TestRequests.Call(Sunday10) with { Template = sms }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateNotApproved], decision.Codes);
    }

    [Fact]
    public void Decide_GuarantorAllowed_RepresentativeNotListed()
    {
        var policy = TestPolicies.With(Recipients(ThirdPartyContact.Never));

        Assert.True(policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.Guarantor }, ContactHistory.Empty).IsAllowed);
        Assert.Equal(
            [ContactRuleCode.RecipientNotAllowed],
            policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.AuthorisedRepresentative }, ContactHistory.Empty).Codes);
    }

    [Fact]
    public void Decide_ThirdPartyWhenNever_RefusedForeverWhateverTheTemplate()
    {
        var policy = TestPolicies.With(Recipients(ThirdPartyContact.Never), Templates(Approve(LocationScript) with { ForThirdParties = true }));

        var decision = policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.ThirdParty, Template = LocationScript }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.RecipientNotAllowed], decision.Codes);
        Assert.Equal(NextAllowedKind.Never, decision.NextAllowed);
        Assert.Equal("وسيلة التواصل تخص طرف ثالث ولا يجوز التواصل معه؛ المسموح: المدين (العميل)، الكفيل.", decision.Denials[0].Explanation.Arabic);
    }

    [Fact]
    public void Decide_ThirdPartyWithAnApprovedThirdPartyTemplate_Allowed()
    {
        var policy = TestPolicies.With(Recipients(ThirdPartyContact.WithThirdPartyTemplate), Templates(Approve(LocationScript) with { ForThirdParties = true }));

        Assert.True(policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.ThirdParty, Template = LocationScript }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_ThirdPartyWithATemplateThatRevealsTheDebt_Refused()
    {
        // Approved for third parties by mistake, but its text reveals the debt: still refused.
        var policy = TestPolicies.With(Recipients(ThirdPartyContact.WithThirdPartyTemplate), Templates(Approve(CallScript) with { ForThirdParties = true }));

        var decision = policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.ThirdParty, Template = CallScript }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.ThirdPartyTemplateRequired], decision.Codes);
    }

    [Fact]
    public void Decide_ThirdPartyWithADebtorTemplate_Refused()
    {
        var policy = TestPolicies.With(Recipients(ThirdPartyContact.WithThirdPartyTemplate), Templates(Approve(LocationScript)));

        var decision = policy.Decide(TestRequests.Call(Sunday10) with { Recipient = ContactPointRole.ThirdParty, Template = LocationScript }, ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.ThirdPartyTemplateRequired], decision.Codes);
    }

    [Fact]
    public void Decide_TemplateAndIdDisagree_IsACallerBug()
    {
        var policy = TestPolicies.With(Templates(Approve(CallScript)));

        Assert.Throws<ArgumentException>(() => policy.Decide(TestRequests.Call(Sunday10) with { Template = CallScript, TemplateId = new TemplateId("other") }, ContactHistory.Empty));
    }
}
