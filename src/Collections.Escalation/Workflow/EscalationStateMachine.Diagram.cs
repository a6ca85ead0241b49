using System.Text;

namespace Collections.Escalation;

/// <summary>The transition table as a diagram.</summary>
public static partial class EscalationStateMachine
{
    /// <summary>The transition table as a Mermaid state diagram: one edge per row, from the start (<c>[*]</c>) or a stage to a stage, labelled with the trigger's code; final stages lead to the end.</summary>
    /// <returns>The diagram's source (without the Markdown fence).</returns>
    public static string ToMermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var transition in Transitions)
        {
            text.Append("    ").Append(transition.From?.Code ?? "[*]").Append(" --> ").Append(transition.To.Code)
                .Append(" : ").Append(transition.Trigger.Code).Append('\n');
        }

        foreach (var stage in EscalationStage.All.Where(s => s.IsFinal))
        {
            text.Append("    ").Append(stage.Code).Append(" --> [*]\n");
        }

        return text.ToString();
    }
}
