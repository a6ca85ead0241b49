using System.Diagnostics.CodeAnalysis;

namespace Collections.Kpi;

/// <summary>The text rule shared by the promise and plan identifiers and the origin's agent and template (the same rule as Collections.Core's ids).</summary>
internal static class PromiseIdentifiers
{
    public static bool IsValid([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value) && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]);

    public static void Validate(string? value, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsValid(value))
        {
            throw new ArgumentException($"{what} must be non-empty text without leading or trailing white space (got '{value}').", parameterName);
        }
    }
}
