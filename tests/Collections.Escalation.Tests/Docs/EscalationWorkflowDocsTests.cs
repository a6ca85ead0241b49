using System.Text;
using Collections.TestKit;

namespace Collections.Escalation.Tests.Docs;

/// <summary>docs/rules/escalation-workflow.md holds the legal track as a Mermaid diagram and tables, generated from the code's transition table; this test fails when the committed copy is stale.</summary>
/// <remarks>To regenerate: <c>UPDATE_RULE_BOOK=1 dotnet test --project tests/Collections.Escalation.Tests -- --filter-class "*EscalationWorkflowDocsTests"</c>.</remarks>
public sealed class EscalationWorkflowDocsTests
{
    private static string Stage(EscalationStage? stage, Language language) =>
        stage is null ? (language == Language.Arabic ? "(البداية)" : "(start)") : $"{stage.Title.In(language)} (`{stage.Code}`)";

    private static string Guards(EscalationTransition transition, Language language) =>
        string.Join(language == Language.Arabic ? "؛ " : "; ", transition.Guards.Select(g => g.Title.In(language)));

    private static void Tables(StringBuilder text, Language language)
    {
        var arabic = language == Language.Arabic;
        text.Append(arabic ? "### الانتقالات\n\n| الإجراء | من | إلى | الشروط |\n|---|---|---|---|\n" : "### Transitions\n\n| trigger | from | to | guards |\n|---|---|---|---|\n");
        foreach (var transition in EscalationStateMachine.Transitions)
        {
            text.Append("| ").Append(transition.Trigger.Title.In(language)).Append(" (`").Append(transition.Trigger.Code).Append("`) | ")
                .Append(Stage(transition.From, language)).Append(" | ").Append(Stage(transition.To, language)).Append(" | ")
                .Append(Guards(transition, language)).Append(" |\n");
        }

        text.Append(arabic ? "\n### أسباب الرفض\n\n| الرمز | السبب |\n|---|---|\n" : "\n### Refusal codes\n\n| code | reason |\n|---|---|\n");
        foreach (var code in EscalationRefusalCode.All)
        {
            text.Append("| `").Append(code.Code).Append("` | ").Append(code.Title.In(language)).Append(" |\n");
        }
    }

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("<!-- Generated from EscalationStateMachine.Transitions (src/Collections.Escalation) by tests/Collections.Escalation.Tests/Docs/EscalationWorkflowDocsTests.cs; do not edit by hand. -->\n\n");
        text.Append("# The legal escalation workflow\n\n");
        text.Append("The legal track as an explicit state machine: every transition below is a row of `EscalationStateMachine.Transitions`, ")
            .Append("the only place they are listed. A refused step is an answer with every reason (the refusal codes at the end), ")
            .Append("audited as `escalation.refused`; an allowed one is audited as `escalation.step` and tells the contact policy to place ")
            .Append("or lift the creditor's legal hold (from the stage its rules name, `filed` by default, until the case is final). ")
            .Append("Closed, withdrawn and recalled are final: a case never leaves them.\n\n");
        text.Append("```mermaid\n").Append(EscalationStateMachine.ToMermaid()).Append("```\n\n");
        text.Append("### Stages\n\n| code | stage | final |\n|---|---|---|\n");
        foreach (var stage in EscalationStage.All)
        {
            text.Append("| `").Append(stage.Code).Append("` | ").Append(stage.Title.English).Append(" | ").Append(stage.IsFinal ? "yes" : "no").Append(" |\n");
        }

        text.Append('\n');
        Tables(text, Language.English);
        text.Append("\n<div dir=\"rtl\" lang=\"ar\">\n\n## مسار التصعيد القانوني\n\n");
        text.Append("المسار القانوني آلة حالات صريحة: كل انتقال أدناه سطر في جدول الانتقالات في الكود. الخطوة المرفوضة جواب بكل أسبابه ")
            .Append("ويُسجَّل في سجل التدقيق، والخطوة المقبولة تُسجَّل كذلك وتُبلغ سياسة التواصل بفرض الإيقاف القانوني أو رفعه. ")
            .Append("المراحل المنتهية (مغلق، مسحوب، استردته الجهة الدائنة) لا يُخرج منها.\n\n");
        text.Append("### المراحل\n\n| الرمز | المرحلة | منتهية |\n|---|---|---|\n");
        foreach (var stage in EscalationStage.All)
        {
            text.Append("| `").Append(stage.Code).Append("` | ").Append(stage.Title.Arabic).Append(" | ").Append(stage.IsFinal ? "نعم" : "لا").Append(" |\n");
        }

        text.Append('\n');
        Tables(text, Language.Arabic);
        text.Append("\n</div>\n");
        return text.ToString();
    }

    [Fact]
    public void Committed_workflow_document_matches_the_transition_table()
    {
        Assert.Null(CommittedDocument.Problem(Generate(), "dotnet test --project tests/Collections.Escalation.Tests -- --filter-class \"*EscalationWorkflowDocsTests\"", "docs", "rules", "escalation-workflow.md"));
    }

    [Fact]
    public void The_diagram_has_one_edge_per_transition_and_ends_at_the_final_stages()
    {
        var mermaid = EscalationStateMachine.ToMermaid();
        var edges = mermaid.Split('\n').Where(l => l.Contains("-->", StringComparison.Ordinal)).ToList();

        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(EscalationStateMachine.Transitions.Length + 3, edges.Count);
        Assert.Contains("    [*] --> qualified : open", edges);
        Assert.Contains("    authorized --> filed : file", edges);
        Assert.Contains("    closed --> [*]", edges);
    }
}
