using System.Diagnostics.CodeAnalysis;

namespace Collections.Fees;

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
                $"A {typeName} must be non-empty text without leading or trailing white space (got '{value}').", parameterName);
        }
    }
}
