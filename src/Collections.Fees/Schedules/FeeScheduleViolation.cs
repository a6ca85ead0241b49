namespace Collections.Fees;

/// <summary>One thing wrong with a fee schedule: the field at fault (for example <c>tiers[2].age</c>, or <c>$.tiers[2].age.max</c> in a JSON file) and what is wrong.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FeeScheduleViolation(string Field, string Message)
{
    /// <summary>The violation as <c>field: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Field + ": " + Message;
}
