using System.Diagnostics.CodeAnalysis;

namespace Collections.Fees;

/// <summary>Names a stage of the legal track that a fixed fee is charged for (for example <c>filed</c>, <c>judgment</c>, <c>enforcement</c>).</summary>
/// <remarks>Opaque text kept exactly as given: leading zeros, letters and case are significant. Stage codes are data: a schedule lists the stages it charges for, and the host reports the stages its accounts reach (Collections.Fees does not depend on the escalation workflow).</remarks>
public readonly record struct LegalStageCode : IComparable<LegalStageCode>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public LegalStageCode(string value)
    {
        IdentifierText.Validate(value, nameof(value), "LegalStageCode");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out LegalStageCode id)
    {
        id = IdentifierText.IsValid(value) ? new LegalStageCode(value) : default;
        return IdentifierText.IsValid(value);
    }

    /// <inheritdoc/>
    public int CompareTo(LegalStageCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(LegalStageCode left, LegalStageCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(LegalStageCode left, LegalStageCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(LegalStageCode left, LegalStageCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(LegalStageCode left, LegalStageCode right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
