namespace Collections.Kpi.Governance;

/// <summary>One problem in a recommendation rule set's JSON: the JSON path and what is wrong there.</summary>
/// <param name="Path">The JSON path, for example <c>$.rules[2].minimumGapPoints</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RecommendationRuleViolation(string Path, string Message)
{
    /// <summary>The violation as one line.</summary>
    /// <returns>For example <c>$.rules[2].minimumGapPoints: is required</c>.</returns>
    public override string ToString() => Path + ": " + Message;
}
