using System.Reflection;

namespace Collections.ContactPolicy.Tests.Decisions;

/// <summary>Every code, role, field, scope and source kind has English and Arabic text; the catalogue holds no key twice and no unused placeholder in titles.</summary>
public sealed class ContactPolicyTextsTests
{
    [Fact]
    public void Every_vocabulary_value_has_an_english_and_an_arabic_title()
    {
        IEnumerable<(string Code, Collections.Core.BilingualText Title)> titles =
        [
            .. ContactRuleCode.All.Select(c => (c.Code, c.Title)),
            .. ContactPointRole.All.Select(c => (c.Code, c.Title)),
            .. TemplateField.All.Select(c => (c.Code, c.Title)),
            .. CapScope.All.Select(c => (c.Code, c.Title)),
            .. RuleSourceKind.All.Select(c => (c.Code, c.Title)),
            .. ContactRestriction.All.Select(c => (c.Code, c.Title)),
        ];

        Assert.All(titles, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Title.English), t.Code);
            Assert.Contains(t.Title.Arabic, c => c is >= '\u0600' and <= '\u06FF');
        });
    }

    [Fact]
    public void Rule_codes_have_unique_persisted_values()
    {
        Assert.Equal(ContactRuleCode.All.Count, ContactRuleCode.All.Select(c => c.Value).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 20), ContactRuleCode.All.Select(c => c.Value));
        Assert.True(ContactRuleCode.TryFromCode("FREQUENCY_CAP_REACHED", out var code) && code == ContactRuleCode.FrequencyCapReached);
    }

    [Fact]
    public void Texts_json_has_no_duplicate_keys()
    {
        using var stream = typeof(ContactRuleCode).Assembly.GetManifestResourceStream("Collections.ContactPolicy.texts.json")!;
        using var reader = new StreamReader(stream);
        var keys = System.Text.RegularExpressions.Regex.Matches(reader.ReadToEnd(), "^  \"([^\"]+)\":", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.True(keys.Count > 150);
    }
}
