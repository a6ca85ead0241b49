namespace Collections.Escalation;

/// <summary>One thing wrong with escalation data: the field at fault (a builder property such as <c>DocumentSha256</c>, or a JSON path such as <c>$.qualification.daysPastDueAbove</c>) and what is wrong.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong.</param>
public sealed record EscalationViolation(string Field, string Message)
{
    /// <summary>The violation as <c>field: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Field + ": " + Message;
}
