using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Collections.ContactPolicy;

/// <summary>Identifies one attempt made under a <see cref="ContactPermit"/>: the channel gateway's idempotency key and the key that ties the attempt's record to the audited decision.</summary>
/// <remarks>The gate issues a new one with every permit (32 lower-case hex digits, random); hosts keep it with the
/// attempt. Opaque text: compare it, never parse it.</remarks>
public readonly record struct ContactAttemptId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public ContactAttemptId(string value)
    {
        IdentifierText.Validate(value, nameof(value), "ContactAttemptId");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out ContactAttemptId id)
    {
        id = default;
        if (!IdentifierText.IsValid(value))
        {
            return false;
        }

        id = new ContactAttemptId(value);
        return true;
    }

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>A new random identifier.</summary>
    internal static ContactAttemptId New() => new(Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture));
}
