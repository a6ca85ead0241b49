using System.Diagnostics.CodeAnalysis;

namespace Collections.Core;

/// <summary>Identifies an account adjustment (credit note, write-off); the text is the host's or creditor's own identifier, kept exactly as given.</summary>
/// <remarks>Identifiers are opaque text: leading zeros and letters are significant (<c>0000611365</c> ≠ <c>611365</c>).</remarks>
public readonly record struct AdjustmentId : IComparable<AdjustmentId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public AdjustmentId(string value)
    {
        IdText.Validate(value, nameof(value), "AdjustmentId");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out AdjustmentId id)
    {
        id = default;
        if (!IdText.IsValid(value))
        {
            return false;
        }

        id = new AdjustmentId(value);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(AdjustmentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(AdjustmentId left, AdjustmentId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(AdjustmentId left, AdjustmentId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(AdjustmentId left, AdjustmentId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(AdjustmentId left, AdjustmentId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
