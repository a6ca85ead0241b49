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
    public void TryFromCode_IsCaseInsensitive_AndRejectsUnknown()
    {
        Assert.True(Channel.TryFromCode("WhatsApp", out var channel));
        Assert.Same(Channel.WhatsApp, channel);
        Assert.False(AttemptOutcome.TryFromCode("maybe", out _));
    }
}
