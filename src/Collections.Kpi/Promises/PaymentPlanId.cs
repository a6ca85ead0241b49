using System.Diagnostics.CodeAnalysis;

namespace Collections.Kpi;

/// <summary>Identifies a payment plan (an agreed schedule of installments) as the host numbered it; opaque text kept exactly as given (for example <c>PLAN-88012</c>).</summary>
/// <remarks>Identifiers are opaque text: leading zeros and letters are significant (<c>0042</c> ≠ <c>42</c>).</remarks>
public readonly record struct PaymentPlanId : IComparable<PaymentPlanId>
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Non-empty text without leading or trailing white space.</param>
    /// <exception cref="ArgumentException">The text is empty, white space, or padded.</exception>
    public PaymentPlanId(string value)
    {
        PromiseIdentifiers.Validate(value, nameof(value), "A payment plan id");
        Value = value;
    }

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an identifier from untrusted text.</summary>
    /// <param name="value">The text.</param>
    /// <param name="id">The identifier when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid identifier.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out PaymentPlanId id)
    {
        id = default;
        if (!PromiseIdentifiers.IsValid(value))
        {
            return false;
        }

        id = new PaymentPlanId(value);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(PaymentPlanId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PaymentPlanId left, PaymentPlanId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PaymentPlanId left, PaymentPlanId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PaymentPlanId left, PaymentPlanId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers by ordinal text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PaymentPlanId left, PaymentPlanId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
