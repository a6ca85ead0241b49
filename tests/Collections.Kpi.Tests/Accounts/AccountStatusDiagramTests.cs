using System.Text;
using Collections.TestKit;

namespace Collections.Kpi.Tests.Accounts;

/// <summary>docs/rules/account-status.md shows the account-status table as Mermaid state diagrams and tables in English and
/// Arabic, generated from <see cref="AccountStatusTransitions"/>; this test fails when the committed copy is stale.</summary>
/// <remarks>To regenerate: <c>UPDATE_RULE_BOOK=1 dotnet test --project tests/Collections.Kpi.Tests -- --filter-class "*AccountStatusDiagramTests"</c>.</remarks>
public sealed class AccountStatusDiagramTests
{
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from src/Collections.Kpi/Accounts/AccountStatusTransitions.cs by tests/Collections.Kpi.Tests/Accounts/AccountStatusDiagramTests.cs; do not edit by hand. -->\n\n");
        text.Append("# Account status\n\n");
        text.Append("Where an account stands in collection and the moves the library allows (`AccountStatus.TryTransition`). ")
            .Append("A move that is not in this table is refused with its reason; asking for the status the account already has changes nothing.\n\n");
        text.Append("```mermaid\n").Append(AccountStatusTransitions.ToMermaid(Language.English)).Append("```\n\n");
        text.Append("| from | to | when |\n|---|---|---|\n");
        foreach (var t in AccountStatusTransitions.All)
        {
            text.Append("| ").Append(t.From.Title.English).Append(" (`").Append(t.From.Code).Append("`) | ")
                .Append(t.To.Title.English).Append(" (`").Append(t.To.Code).Append("`) | ")
                .Append(t.When.English).Append(" |\n");
        }

        text.Append("\n<div dir=\"rtl\" lang=\"ar\">\n\n");
        text.Append("# حالة الحساب\n\n");
        text.Append("الحالات التي يمر بها الحساب في التحصيل والانتقالات المسموح بها. يُرفض أي انتقال غير وارد في هذا الجدول مع بيان السبب، ")
            .Append("وطلب الحالة القائمة نفسها لا يغيّر شيئًا.\n\n");
        text.Append("```mermaid\n").Append(AccountStatusTransitions.ToMermaid(Language.Arabic)).Append("```\n\n");
        text.Append("| من | إلى | عند |\n|---|---|---|\n");
        foreach (var t in AccountStatusTransitions.All)
        {
            text.Append("| ").Append(t.From.Title.Arabic).Append(" | ").Append(t.To.Title.Arabic).Append(" | ").Append(t.When.Arabic).Append(" |\n");
        }

        text.Append("\n</div>\n");
        return text.ToString();
    }

    [Fact]
    public void Committed_account_status_diagram_matches_the_table()
    {
        Assert.Null(CommittedDocument.Problem(Generate(), "dotnet test --project tests/Collections.Kpi.Tests -- --filter-class \"*AccountStatusDiagramTests\"", "docs", "rules", "account-status.md"));
    }

    [Fact]
    public void Diagram_has_every_transition_as_an_edge()
    {
        var mermaid = AccountStatusTransitions.ToMermaid(Language.English);

        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    [*] --> new\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    closed --> [*]\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    promised --> in_contact : promise broken or plan defaulted\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(AccountStatusTransitions.All.Length, mermaid.Split('\n').Count(l => l.Contains(" --> ", StringComparison.Ordinal) && !l.Contains("[*]", StringComparison.Ordinal)));
        Assert.Contains("state \"إيقاف قانوني\" as legal_hold", AccountStatusTransitions.ToMermaid(Language.Arabic), StringComparison.Ordinal);
    }
}
