using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Packs;

/// <summary>The us-reg-f pack: 08:00–21:00 at the consumer's location, 7 calls in 7 days, 7 days after a conversation, opt-out notices.</summary>
public sealed class UsRegulationFPackTests
{
    private static readonly Collections.ContactPolicy.ContactPolicy Policy = TestPolicies.Builder().AddPack(RulePacks.UsRegulationF).Build();

    private static readonly MessageTemplate TextWithOptOut = new(new TemplateId("text-1"), Channel.Sms, "en", [TemplateField.OptOutNotice]);

    private static ContactRequest Call(Instant at, params DateTimeZone[] zones) => TestRequests.Call(at, zones.Length == 0 ? [Zones.NewYork] : zones);

    [Theory]
    [InlineData(2026, 1, 13, 12, 59, false)] // 07:59 EST
    [InlineData(2026, 1, 13, 13, 0, true)]   // 08:00 EST
    [InlineData(2026, 1, 14, 1, 59, true)]   // 20:59 EST
    [InlineData(2026, 1, 14, 2, 0, false)]   // 21:00 EST
    [InlineData(2026, 3, 8, 11, 59, false)]  // spring forward: 07:59 EDT
    [InlineData(2026, 3, 8, 12, 0, true)]    // 08:00 EDT
    [InlineData(2026, 11, 1, 12, 30, false)] // fall back: 07:30 EST
    [InlineData(2026, 11, 1, 13, 0, true)]   // 08:00 EST
    public void Decide_NewYorkConsumer_OnlyFrom0800To2100Local(int year, int month, int day, int hour, int minute, bool allowed)
    {
        Assert.Equal(allowed, Policy.Decide(Call(Zones.Utc(year, month, day, hour, minute)), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_AddressInNewYorkPhoneInLosAngeles_ConvenientInBoth()
    {
        // 08:00 in Los Angeles is 11:00 in New York; 21:00 in New York is 18:00 in Los Angeles (January: −05 and −08).
        var morning = Policy.Decide(Call(Zones.Utc(2026, 1, 13, 14, 0), Zones.NewYork, Zones.LosAngeles), ContactHistory.Empty); // 09:00 NY, 06:00 LA

        Assert.False(morning.IsAllowed);
        Assert.Equal(Zones.Utc(2026, 1, 13, 16, 0), morning.NextAllowedAt); // 11:00 NY = 08:00 LA
        Assert.False(Policy.Decide(Call(Zones.Utc(2026, 1, 14, 2, 0), Zones.NewYork, Zones.LosAngeles), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_EighthCallInSevenDays_RefusedUntilTheFirstAgesOut()
    {
        // Seven calls about the debt, one a day at 15:00Z (10:00 EST) from Monday 2026-01-05.
        var history = TestRequests.History([.. Enumerable.Range(0, 7).Select(i => Zones.Utc(2026, 1, 5, 15, 0) + Duration.FromDays(i))]);

        var eighth = Policy.Decide(Call(Zones.Utc(2026, 1, 11, 20, 0)), history);

        Assert.Equal([ContactRuleCode.FrequencyCapReached], eighth.Codes);
        Assert.Equal(Zones.Utc(2026, 1, 12, 15, 0), eighth.NextAllowedAt); // the first call is 7 × 24 h old
        Assert.True(Policy.Decide(Call(Zones.Utc(2026, 1, 11, 20, 0)) with { AccountId = TestRequests.OtherAccount }, history).IsAllowed); // another debt
    }

    [Fact]
    public void Decide_CallWithinSevenDaysAfterATelephoneConversation_Refused()
    {
        var history = ContactHistory.Of([TestRequests.Attempt(Zones.Utc(2026, 1, 5, 15, 0), outcome: AttemptOutcome.RightParty)]);

        var call = Policy.Decide(Call(Zones.Utc(2026, 1, 9, 15, 0)), history);
        var text = Policy.Decide(TestRequests.On(Channel.Sms, Zones.Utc(2026, 1, 9, 15, 0), Zones.NewYork) with { Template = TextWithOptOut }, history);

        Assert.Equal([ContactRuleCode.WaitingAfterConversation], call.Codes);
        Assert.Equal(Zones.Utc(2026, 1, 12, 15, 0), call.NextAllowedAt);
        Assert.True(text.IsAllowed);
    }

    [Fact]
    public void Decide_TextWithoutAnOptOutNotice_Refused()
    {
        var bare = new MessageTemplate(new TemplateId("text-2"), Channel.Sms, "en", []);

        var withoutNotice = Policy.Decide(TestRequests.On(Channel.Sms, Zones.Utc(2026, 1, 13, 15, 0), Zones.NewYork) with { Template = bare }, ContactHistory.Empty);
        var withoutTemplate = Policy.Decide(TestRequests.On(Channel.Email, Zones.Utc(2026, 1, 13, 15, 0), Zones.NewYork), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.TemplateFieldsMissing], withoutNotice.Codes);
        Assert.Equal([ContactRuleCode.TemplateRequired], withoutTemplate.Codes);
        Assert.True(Policy.Decide(Call(Zones.Utc(2026, 1, 13, 15, 0)), ContactHistory.Empty).IsAllowed); // calls need no template here
    }

    [Fact]
    public void Decide_ThirdPartyForLocation_OnlyWithATemplateApprovedForThirdParties()
    {
        var location = new MessageTemplate(new TemplateId("location-call"), Channel.Call, "en", []) { RevealsDebt = false };
        var withApproval = TestPolicies.Builder().AddPack(RulePacks.UsRegulationF)
            .Add(new ApprovedTemplatesRule(new RuleId("third-party-scripts"), TestPolicies.Creditor, ChannelSet.Of(Channel.Call),
                [new ApprovedTemplate(location.Id, Channel.Call, "en") { ForThirdParties = true }], [], null))
            .Build();
        var request = Call(Zones.Utc(2026, 1, 13, 15, 0)) with { Recipient = ContactPointRole.ThirdParty, Template = location };

        Assert.Equal([ContactRuleCode.ThirdPartyTemplateRequired], Policy.Decide(request, ContactHistory.Empty).Codes);
        Assert.True(withApproval.Decide(request, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_MediumOptOutAndCeaseRequest_Honoured()
    {
        var optedOut = Call(Zones.Utc(2026, 1, 13, 15, 0)) with
        {
            Restrictions = ContactRestrictions.None with { OptOuts = [new ChannelOptOut(Channel.Call, Zones.Utc(2026, 1, 1, 0, 0))] },
        };
        var ceased = Call(Zones.Utc(2026, 1, 13, 15, 0)) with { Restrictions = ContactRestrictions.None with { CeaseCommunicationSince = Zones.Utc(2026, 1, 1, 0, 0) } };

        Assert.Equal([ContactRuleCode.OptedOut], Policy.Decide(optedOut, ContactHistory.Empty).Codes);
        Assert.Equal([ContactRuleCode.CeaseCommunication], Policy.Decide(ceased, ContactHistory.Empty).Codes);
    }
}
