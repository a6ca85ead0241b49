using System.Text.RegularExpressions;

namespace Collections.Escalation.Tests.Text;

/// <summary>Every code has its texts in English and Arabic, with the BRIEF's Arabic terms.</summary>
public sealed partial class EscalationTextsTests
{
    [Fact]
    public void Every_code_is_titled_in_both_languages()
    {
        var titles = EscalationStage.All.Select(s => s.Title)
            .Concat(EscalationTrigger.All.Select(t => t.Title))
            .Concat(EscalationRefusalCode.All.Select(r => r.Title))
            .Concat(QualificationCriterion.All.Select(c => c.Title))
            .Concat(AuthorizationScopeKind.All.Select(k => k.Title))
            .Concat(PromiseStatus.All.Select(p => p.Title))
            .Concat(EscalationGuard.All.Select(g => g.Title))
            .ToList();

        Assert.All(titles, t => Assert.Matches(Arabic(), t.Arabic));
        Assert.All(titles, t => Assert.DoesNotMatch(Arabic(), t.English));
    }

    [Fact]
    public void Every_text_has_the_same_placeholders_in_both_languages()
    {
        var catalog = Core.TextCatalog.FromEmbeddedResource(typeof(EscalationStage).Assembly, "Collections.Escalation.texts.json");

        Assert.All(catalog.Keys, key =>
        {
            var text = catalog[key];
            Assert.Equal(
                Placeholder().Matches(text.English).Select(m => m.Value).Order(StringComparer.Ordinal),
                Placeholder().Matches(text.Arabic).Select(m => m.Value).Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [InlineData("legal escalation", "التصعيد")]
    [InlineData("prior written authorization", "تفويض كتابي مسبق")]
    [InlineData("creditor", "الجهة الدائنة")]
    [InlineData("dispute", "اعتراض")]
    [InlineData("right-party contact", "تواصل مع الطرف المعني")]
    [InlineData("promise to pay", "وعد")]
    [InlineData("days past due", "أيام التأخر")]
    public void The_briefs_arabic_terms_are_used(string english, string arabic)
    {
        var catalog = Core.TextCatalog.FromEmbeddedResource(typeof(EscalationStage).Assembly, "Collections.Escalation.texts.json");

        Assert.Contains(catalog.Keys, key => catalog[key].Arabic.Contains(arabic, StringComparison.Ordinal));
        Assert.Contains(catalog.Keys, key => catalog[key].English.Contains(english, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("[\u0600-\u06FF]")]
    private static partial Regex Arabic();

    [GeneratedRegex("\\{[a-z_]+\\}")]
    private static partial Regex Placeholder();
}
