using System.Diagnostics.CodeAnalysis;

namespace Collections.Core.Audit;

/// <summary>The validation shared by the audit log's texts (actor, subject).</summary>
internal static class AuditText
{
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Violations(value).Count == 0;

    public static void Validate(string? value, string parameterName, string what)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        var violations = Violations(value);
        if (violations.Count > 0)
        {
            throw new ArgumentException($"{what} must be {string.Join(", ", violations)} (got '{value}').", parameterName);
        }
    }

    private static List<string> Violations(string value)
    {
        var violations = new List<string>();
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add("non-empty text");
            return violations;
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            violations.Add("without leading or trailing white space");
        }

        if (value.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || value.Contains('\u007f', StringComparison.Ordinal))
        {
            violations.Add("without control characters");
        }

        if (!Utf16Text.IsWellFormed(value))
        {
            violations.Add("without unpaired surrogates");
        }

        return violations;
    }
}
