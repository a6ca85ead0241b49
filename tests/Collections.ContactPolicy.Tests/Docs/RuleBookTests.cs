using System.Text;
using Collections.TestKit;

namespace Collections.ContactPolicy.Tests.Docs;

/// <summary>docs/rules/ holds each rule pack in words (English and Arabic), generated from the packs; this test fails when the copy is stale.</summary>
/// <remarks>To regenerate: <c>UPDATE_RULE_BOOK=1 dotnet test --project tests/Collections.ContactPolicy.Tests -- --filter-class "*RuleBookTests"</c>.</remarks>
public sealed class RuleBookTests
{
    public static TheoryData<string> Packs() => [.. RulePacks.All.Select(p => p.Id)];

    public static string Generate(RulePack pack)
    {
        var explanation = pack.Explain();
        var text = new StringBuilder();
        text.Append("<!-- Generated from src/Collections.ContactPolicy/Packs/").Append(pack.Id)
            .Append(".json by tests/Collections.ContactPolicy.Tests/Docs/RuleBookTests.cs; do not edit by hand. -->\n\n");
        text.Append(explanation.ToMarkdown(Language.English)).Append('\n');
        text.Append("<div dir=\"rtl\" lang=\"ar\">\n\n").Append(explanation.ToMarkdown(Language.Arabic)).Append("\n</div>\n");
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Packs))]
    public void Committed_rule_book_matches_the_pack(string packId)
    {
        Assert.True(RulePacks.TryGet(packId, out var pack));
        Assert.Null(CommittedDocument.Problem(Generate(pack), "dotnet test --project tests/Collections.ContactPolicy.Tests -- --filter-class \"*RuleBookTests\"", "docs", "rules", packId + ".md"));
    }

    [Fact]
    public void Rule_book_explains_every_rule_with_its_source_in_both_languages()
    {
        foreach (var pack in RulePacks.All)
        {
            var text = Generate(pack);
            Assert.All(pack.Rules, r => Assert.Contains("**" + r.Id.Value + "**", text, StringComparison.Ordinal));
            Assert.DoesNotContain("{", text.Replace("{ ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("المصدر", text, StringComparison.Ordinal);
            Assert.Contains("Source", text, StringComparison.Ordinal);
        }
    }
}
