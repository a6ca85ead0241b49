namespace Collections.ContactPolicy;

/// <summary>Checks and normalises BCP 47 language tags (letters, digits and hyphens; lower case).</summary>
internal static class LanguageTag
{
    public static bool IsValid([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? tag) =>
        !string.IsNullOrEmpty(tag) && tag.Length <= 35 && char.IsAsciiLetter(tag[0]) && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static string Normalise(string? tag, string parameterName)
    {
        if (!IsValid(tag))
        {
            throw new ArgumentException($"'{tag}' is not a language tag such as 'ar' or 'en'.", parameterName);
        }

        return tag.ToLowerInvariant();
    }
}
