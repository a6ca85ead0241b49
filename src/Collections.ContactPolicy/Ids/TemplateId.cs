using System.Diagnostics.CodeAnalysis;

namespace Collections.ContactPolicy;

/// <summary>Identifies a message template or call script in the host's template catalogue; opaque text kept exactly as given (for example <c>sms-reminder-ar-1</c>).</summary>
public readonly record struct TemplateId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public TemplateId(string value)
    {
        IdentifierText.Validate(value, nameof(value), "TemplateId");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out TemplateId id)
    {
        id = default;
        if (!IdentifierText.IsValid(value))
        {
            return false;
        }

        id = new TemplateId(value);
        return true;
    }

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
