namespace Collections.Core;

/// <summary>A range of amounts in one currency: from <see cref="Minimum"/> (included) to below <see cref="Below"/>.</summary>
/// <remarks>
/// Shared vocabulary in Core: segment amount bands (Collections.Aging) and fee tiers by placed balance
/// (Collections.Fees) use it. Amounts in another currency are never inside (nothing is converted). Half-open, so
/// consecutive ranges meet without a gap or an overlap: <c>[0, 5,000)</c> then <c>[5,000, …)</c>.
/// </remarks>
/// <param name="Currency">The currency.</param>
/// <param name="Minimum">The smallest amount in the range, or <see langword="null"/> for no lower limit.</param>
/// <param name="Below">The first amount above the range (excluded), or <see langword="null"/> for no upper limit.</param>
public readonly record struct MoneyRange(Currency Currency, Money? Minimum, Money? Below)
{
    /// <summary>Whether the limits are in the range's currency (and the currency is specified).</summary>
    public bool HasConsistentCurrency =>
        Currency.IsSpecified
        && (Minimum is not { } low || low.Currency == Currency)
        && (Below is not { } high || high.Currency == Currency);

    /// <summary>Whether the range holds no amount at all (its upper limit is at or below its minimum).</summary>
    public bool IsEmpty => Minimum is { } min && Below is { } max && max.MinorUnits <= min.MinorUnits;

    /// <summary>Amounts of <paramref name="minimum"/> or more.</summary>
    /// <param name="minimum">The smallest amount; its currency is the range's.</param>
    /// <returns>The range.</returns>
    public static MoneyRange AtLeast(Money minimum) => new(minimum.Currency, minimum, null);

    /// <summary>Amounts below <paramref name="below"/>.</summary>
    /// <param name="below">The first amount excluded; its currency is the range's.</param>
    /// <returns>The range.</returns>
    public static MoneyRange LessThan(Money below) => new(below.Currency, null, below);

    /// <summary>Amounts from <paramref name="minimum"/> to below <paramref name="below"/>.</summary>
    /// <param name="minimum">The smallest amount.</param>
    /// <param name="below">The first amount excluded.</param>
    /// <returns>The range.</returns>
    public static MoneyRange Between(Money minimum, Money below) => new(minimum.Currency, minimum, below);

    /// <summary>Every amount in the currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The range.</returns>
    public static MoneyRange Any(Currency currency) => new(currency, null, null);

    /// <summary>Whether an amount is in the range (same currency, inside the limits).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when inside; <see langword="false"/> for another currency.</returns>
    public bool Contains(Money amount) =>
        amount.Currency == Currency
        && (Minimum is not { } low || amount.MinorUnits >= low.MinorUnits)
        && (Below is not { } high || amount.MinorUnits < high.MinorUnits);

    /// <summary>The range as <c>[minimum, below)</c> in the invariant culture, for example <c>[0.00 SAR, 5000.00 SAR)</c> or <c>[5000.00 SAR, …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "[" + (Minimum is { } low ? low.ToString() : "…") + ", " + (Below is { } high ? high.ToString() : "…") + ")";
}
