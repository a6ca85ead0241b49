using System.Diagnostics.CodeAnalysis;

namespace Collections.Fees;

/// <summary>Identifies a fee statement (for example <c>ACME-2026-11-phone</c>); clawback lines name the earlier statement that charged the fee.</summary>
/// <remarks>Opaque text kept exactly as given: leading zeros, letters and case are significant.</remarks>
public readonly record struct FeeStatementId : IComparable<FeeStatementId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public FeeStatementId(string value)
    {
        IdentifierText.Validate(value, nameof(value), "FeeStatementId");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out FeeStatementId id)
    {
        id = IdentifierText.IsValid(value) ? new FeeStatementId(value) : default;
        return IdentifierText.IsValid(value);
    }

    /// <inheritdoc/>
    public int CompareTo(FeeStatementId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FeeStatementId left, FeeStatementId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FeeStatementId left, FeeStatementId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FeeStatementId left, FeeStatementId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FeeStatementId left, FeeStatementId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
