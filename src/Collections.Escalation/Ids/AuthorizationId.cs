using System.Diagnostics.CodeAnalysis;

namespace Collections.Escalation;

/// <summary>Identifies a creditor's prior written authorization for legal escalation (the host's or the creditor's reference).</summary>
/// <remarks>Opaque text kept exactly as given (for example <c>AUTH-ACME-2026-03</c>); compared ordinally.</remarks>
public readonly record struct AuthorizationId : IComparable<AuthorizationId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public AuthorizationId(string value)
    {
        IdentifierText.Validate(value, nameof(value), "AuthorizationId");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out AuthorizationId id)
    {
        id = IdentifierText.IsValid(value) ? new AuthorizationId(value) : default;
        return IdentifierText.IsValid(value);
    }

    /// <inheritdoc/>
    public int CompareTo(AuthorizationId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(AuthorizationId left, AuthorizationId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
