using System.Globalization;
using System.Text;
using Collections.Kpi.Governance;
using Collections.TestKit;

namespace Collections.Kpi.Tests.Governance;

/// <summary>docs/rules/governance-recommendations.md shows the default next-quarter recommendation rule set in words, in English
/// and Arabic, generated from <see cref="RecommendationRuleSet.Default"/> and the texts; this test fails when the committed
/// copy is stale.</summary>
/// <remarks>To regenerate: <c>UPDATE_RULE_BOOK=1 dotnet test --project tests/Collections.Kpi.Tests -- --filter-class "*RecommendationRulesDocTests"</c>.</remarks>
public sealed class RecommendationRulesDocTests
{
    public static string Generate()
    {
        var rules = RecommendationRuleSet.Default;
        var text = new StringBuilder();
        text.Append("<!-- Generated from src/Collections.Kpi/Governance/default-recommendation-rules.json and texts.json by tests/Collections.Kpi.Tests/Governance/RecommendationRulesDocTests.cs; do not edit by hand. -->\n\n");
        text.Append("# Next-quarter recommendations: the default rules\n\n");
        text.Append("Rule set `").Append(rules.Version).Append("`, evaluated in this order by `NextQuarterRecommendations.Evaluate` over a ")
            .Append("governance report. Hosts give their own thresholds as JSON (`RecommendationRuleSetJson`); how each rule decides and ")
            .Append("estimates its effect: docs/governance-report.md.\n\n");
        foreach (var rule in rules.Rules)
        {
            text.Append("## ").Append(rule.Kind.Title.English).Append(" (`").Append(rule.Id).Append("`, kind `").Append(rule.Kind.Code).Append("`)\n\n");
            text.Append("| threshold | value | meaning |\n|---|---|---|\n");
            foreach (var p in rule.Kind.Parameters)
            {
                text.Append("| `").Append(p.Name).Append("` | ").Append(rule.Parameter(p.Name).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(p.Description.English).Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("<div dir=\"rtl\" lang=\"ar\">\n\n");
        text.Append("# توصيات الربع القادم: القواعد الافتراضية\n\n");
        text.Append("مجموعة القواعد `").Append(rules.Version).Append("`، وتُطبَّق بهذا الترتيب على تقرير الحوكمة. ")
            .Append("يمكن للنظام المضيف تحديد حدوده الخاصة بصيغة JSON.\n\n");
        foreach (var rule in rules.Rules)
        {
            text.Append("## ").Append(rule.Kind.Title.Arabic).Append(" (`").Append(rule.Id).Append("`)\n\n");
            text.Append("| الحد | القيمة | المعنى |\n|---|---|---|\n");
            foreach (var p in rule.Kind.Parameters)
            {
                text.Append("| `").Append(p.Name).Append("` | ").Append(rule.Parameter(p.Name).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                    .Append(p.Description.Arabic).Append(" |\n");
            }

            text.Append('\n');
        }

        text.Append("</div>\n");
        return text.ToString();
    }

    [Fact]
    public void Committed_recommendation_rules_match_the_default_rule_set()
    {
        Assert.Null(CommittedDocument.Problem(Generate(), "dotnet test --project tests/Collections.Kpi.Tests -- --filter-class \"*RecommendationRulesDocTests\"", "docs", "rules", "governance-recommendations.md"));
    }

    [Fact]
    public void Every_rule_kind_and_threshold_has_its_texts_in_both_languages()
    {
        foreach (var kind in RecommendationKind.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(kind.Title.Arabic));
            Assert.All(kind.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description.Arabic)));
        }

        Assert.All(KpiTargetStatus.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Title.Arabic)));
        Assert.All(GovernancePeriodKind.All, k => Assert.False(string.IsNullOrWhiteSpace(k.Title.Arabic)));
        Assert.All(RecommendationSubjectKind.All, k => Assert.False(string.IsNullOrWhiteSpace(k.Title.Arabic)));
    }
}
