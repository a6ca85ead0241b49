using System.Diagnostics.CodeAnalysis;

namespace Collections.Escalation;

/// <summary>The validation shared by this package's typed identifiers (the same rule as Collections.Core's ids).</summary>
internal static class IdentifierText
{
    public static bool IsValid([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value) && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]);

    public static void Validate(string? value, string parameterName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"{(typeName[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "An" : "A")} {typeName} must be non-empty text without leading or trailing white space (got '{value}').", parameterName);
        }
    }
}
