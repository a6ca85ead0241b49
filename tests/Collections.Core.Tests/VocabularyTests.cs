namespace Collections.Core.Tests;

public sealed class VocabularyTests
{
    [Fact]
    public void Channels_HaveDistinctPersistedValuesAndBothTitles()
    {
        Assert.Equal(Channel.All.Count, Channel.All.Select(c => c.Value).Distinct().Count());
        Assert.All(Channel.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title.Arabic)));
    }

    [Fact]
    public void Outcomes_OnlyRightPartyIsAnRpc_ContactIncludesThirdParty()
    {
        Assert.Equal([AttemptOutcome.RightParty], AttemptOutcome.All.Where(o => o.IsRightPartyContact));
        Assert.Equal([AttemptOutcome.ThirdParty, AttemptOutcome.RightParty], AttemptOutcome.All.Where(o => o.IsContact));
        Assert.All(AttemptOutcome.All, o => Assert.False(string.IsNullOrWhiteSpace(o.Title.English)));
    }

    [Fact]
    public void AppliesTo_CallOutcomesOnCallsAndVisits_MessageOutcomesOnMessagesAndLetters()
    {
        Assert.Equal([Channel.Call, Channel.Visit], Channel.All.Where(AttemptOutcome.RightParty.AppliesTo));
        Assert.Equal([Channel.Call, Channel.Visit], Channel.All.Where(AttemptOutcome.Busy.AppliesTo));
        Assert.Equal([Channel.Sms, Channel.Email, Channel.WhatsApp, Channel.Letter, Channel.App], Channel.All.Where(AttemptOutcome.Delivered.AppliesTo));
        Assert.Equal([Channel.Sms, Channel.Email, Channel.WhatsApp, Channel.Letter, Channel.App], Channel.All.Where(AttemptOutcome.Replied.AppliesTo));
        Assert.Equal(
            ["failed", "delivered", "read", "replied"],
            AttemptOutcome.All.Where(o => o.AppliesTo(Channel.Sms)).Select(o => o.Code));
        Assert.Equal(
            ["no_answer", "busy", "voicemail", "wrong_number", "disconnected", "third_party", "right_party"],
            AttemptOutcome.All.Where(o => o.AppliesTo(Channel.Call)).Select(o => o.Code));
    }

    [Fact]
    public void ContactAttempt_AnOutcomeItsChannelCannotHave_RefusedNamingOutcomeAndBothCodes()
    {
        var refused = Assert.Throws<ArgumentException>(() => new ContactAttempt(new AccountId("A-1"), Channel.Sms, NodaTime.Instant.FromUnixTimeSeconds(0), AttemptOutcome.RightParty));

        Assert.Equal("outcome", refused.ParamName);
        Assert.StartsWith("Outcome right_party is not an outcome of channel sms", refused.Message, StringComparison.Ordinal);
        Assert.Equal(AttemptOutcome.Delivered, new ContactAttempt(new AccountId("A-1"), Channel.Sms, NodaTime.Instant.FromUnixTimeSeconds(0), AttemptOutcome.Delivered).Outcome);
    }

    [Fact]
    public void AppliesTo_EveryChannelHasAnOutcome_OnlyCallsAndVisitsReachTheRightParty()
    {
        Assert.All(Channel.All, c => Assert.Contains(AttemptOutcome.All, o => o.AppliesTo(c)));
        Assert.Throws<ArgumentNullException>(() => AttemptOutcome.RightParty.AppliesTo(null!));
    }

    [Fact]
    public void TryFromCode_IsCaseInsensitive_AndRejectsUnknown()
    {
        Assert.True(Channel.TryFromCode("WhatsApp", out var channel));
        Assert.Same(Channel.WhatsApp, channel);
        Assert.False(AttemptOutcome.TryFromCode("maybe", out _));
    }
}
