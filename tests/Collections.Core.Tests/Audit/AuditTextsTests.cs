using Collections.Core.Audit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Collections.Core.Tests.Audit;

public sealed class AuditTextsTests
{
    [Fact]
    public void AuditBreakKind_EveryKind_HasEnglishAndArabicTitles() =>
        Assert.All(AuditBreakKind.All, kind =>
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.Title.English));
            Assert.Matches("[\u0600-\u06FF]", kind.Title.Arabic);
        });

    [Fact]
    public void AuditAndTimeZoneTexts_EveryText_ArabicWithTheSamePlaceholdersAsEnglish()
    {
        var catalog = TextCatalog.FromEmbeddedResource(typeof(Money).Assembly, "Collections.Core.texts.json");
        var keys = catalog.Keys.Where(k => k.StartsWith("audit.", StringComparison.Ordinal) || k.StartsWith("timezone.", StringComparison.Ordinal)).ToList();

        Assert.True(keys.Count >= 30, $"{keys.Count} texts");
        Assert.All(keys, key =>
        {
            var text = catalog[key];
            Assert.Matches("[\u0600-\u06FF]", text.Arabic);
            Assert.Equal(Placeholders(text.English), Placeholders(text.Arabic));
        });
    }

    [Fact]
    public void AuditAction_WellKnownActions_TitledInBothLanguagesWithBriefTerms()
    {
        Assert.All(AuditAction.WellKnown, action => Assert.Matches("[\u0600-\u06FF]", action.Title.Arabic));
        Assert.Equal("خطوة في التصعيد القانوني", AuditAction.EscalationStep.Title.Arabic); // BRIEF: legal escalation = التصعيد القانوني
        Assert.Contains("سياسة التواصل", AuditAction.ContactPolicyRefused.Title.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditAction_HostAction_TitledWithItsCode()
    {
        var action = new AuditAction("acme.manual_override");

        Assert.False(action.IsWellKnown);
        Assert.Equal("Host action acme.manual_override", action.Title.English);
        Assert.Contains("acme.manual_override", action.Title.Arabic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contact_policy.refused")]
    [InlineData("contact policy")]
    [InlineData(".refused")]
    [InlineData("refused.")]
    [InlineData("a..b")]
    [InlineData("1st.step")]
    [InlineData("رفض")]
    [InlineData("")]
    public void AuditAction_CodeNotLowerCaseAsciiWords_Refused(string code)
    {
        Assert.Throws<ArgumentException>(() => new AuditAction(code));
        Assert.False(AuditAction.TryCreate(code, out _));
    }

    [Fact]
    public void AuditAction_CodeOfOneHundredOneCharacters_Refused()
    {
        Assert.True(AuditAction.TryCreate("a" + new string('b', 99), out _));
        Assert.False(AuditAction.TryCreate("a" + new string('b', 100), out _));
    }

    [Theory]
    [InlineData(" user:1")]
    [InlineData("user:1 ")]
    [InlineData("user:\t1")]
    [InlineData("")]
    public void AuditActorAndSubject_InvalidText_Refused(string text)
    {
        Assert.Throws<ArgumentException>(() => new AuditActor(text));
        Assert.Throws<ArgumentException>(() => new AuditSubject(text));
        Assert.False(AuditActor.TryCreate(text, out _));
        Assert.False(AuditSubject.TryCreate(text, out _));
    }

    [Fact]
    public void AuditActorAndSubject_UnpairedSurrogate_Refused()
    {
        // Not an [InlineData]: attribute strings are stored as UTF-8, which would replace the lone surrogate.
        var text = "user:" + '\ud800';

        Assert.Contains("without unpaired surrogates", Assert.Throws<ArgumentException>(() => new AuditActor(text)).Message, StringComparison.Ordinal);
        Assert.False(AuditSubject.TryCreate(text, out _));
    }

    [Fact]
    public void AuditSubject_Factories_KindAndIdentifier()
    {
        Assert.Equal("account:0000611365", AuditSubject.ForAccount(new AccountId("0000611365")).Value);
        Assert.Equal("debtor:محمد", AuditSubject.ForDebtor(new DebtorId("محمد")).Value);
        Assert.Equal("creditor:C-17", AuditSubject.ForCreditor(new CreditorId("C-17")).Value);
        Assert.Throws<ArgumentException>(() => AuditSubject.ForAccount(default));
    }

    [Fact]
    public async Task AddCollectionsAudit_Defaults_InMemoryStoreAndATrailOnIt()
    {
        var services = new ServiceCollection();
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 6, 30));
        services.AddSingleton<IClock>(clock);

        var returned = services.AddCollectionsAudit();
        await using var provider = services.BuildServiceProvider();

        Assert.Same(services, returned);
        var trail = provider.GetRequiredService<AuditTrail>();
        Assert.Same(trail, provider.GetRequiredService<AuditTrail>());
        Assert.IsType<Core.InMemory.InMemoryAuditStore>(provider.GetRequiredService<IAuditStore>());
        Assert.Same(provider.GetRequiredService<IAuditStore>(), trail.Store);
        var entry = await trail.AppendAsync(WorkedExample.FirstEvent, TestContext.Current.CancellationToken);
        Assert.Equal(WorkedExample.FirstHash, entry.Hash); // the host's clock was used
    }

    [Fact]
    public void AddCollectionsAudit_HostStoreRegisteredFirst_TheHostsStoreWins()
    {
        var hostStore = new Core.InMemory.InMemoryAuditStore();
        var services = new ServiceCollection().AddSingleton<IAuditStore>(hostStore);

        using var provider = services.AddCollectionsAudit().AddCollectionsAudit().BuildServiceProvider();

        Assert.Same(hostStore, provider.GetRequiredService<AuditTrail>().Store);
        Assert.Single(services, d => d.ServiceType == typeof(AuditTrail));
    }

    private static List<string> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, "\\{[a-z_]+\\}").Select(m => m.Value).Order(StringComparer.Ordinal)];
}
