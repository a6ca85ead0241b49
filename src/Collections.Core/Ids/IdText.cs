using System.Diagnostics.CodeAnalysis;

namespace Collections.Core;

/// <summary>The validation shared by the typed identifiers.</summary>
internal static class IdText
{
    public static bool IsValid([NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value) && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]);

    public static void Validate(string? value, string parameterName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"{(typeName[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "An" : "A")} {typeName} must be non-empty text without leading or trailing white space (got '{value}').",
                parameterName);
        }
    }
}
