namespace Collections.ContactPolicy;

/// <summary>One thing wrong with a policy: the field at fault (a JSON path such as <c>$.rules[3].maxAttempts</c>, or a builder property) and what is wrong.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PolicyViolation(string Field, string Message)
{
    /// <summary>The violation as <c>field: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Field + ": " + Message;
}
