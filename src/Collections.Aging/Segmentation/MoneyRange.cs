using Collections.Core;

namespace Collections.Aging;

/// <summary>A range of amounts in one currency: from <see cref="Minimum"/> (included) to below <see cref="Below"/>.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="Minimum">The smallest amount in the range, or <see langword="null"/> for no lower limit.</param>
/// <param name="Below">The first amount above the range (excluded), or <see langword="null"/> for no upper limit.</param>
public readonly record struct MoneyRange(Currency Currency, Money? Minimum, Money? Below)
{
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

    /// <summary>Whether an amount is in the range (same currency, inside the limits).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when inside; <see langword="false"/> for another currency.</returns>
    public bool Contains(Money amount) =>
        amount.Currency == Currency
        && (Minimum is not { } low || amount.MinorUnits >= low.MinorUnits)
        && (Below is not { } high || amount.MinorUnits < high.MinorUnits);

    internal void Validate(string owner, List<string> violations)
    {
        if (!Currency.IsSpecified)
        {
            violations.Add($"{owner}: an amount range has no currency");
            return;
        }

        if (Minimum is { } low && low.Currency != Currency)
        {
            violations.Add($"{owner}: the {Currency.Code} range's minimum is in {low.Currency}");
        }

        if (Below is { } high && high.Currency != Currency)
        {
            violations.Add($"{owner}: the {Currency.Code} range's upper limit is in {high.Currency}");
        }

        if (Minimum is { } min && Below is { } max && max.MinorUnits <= min.MinorUnits)
        {
            violations.Add($"{owner}: the {Currency.Code} range is empty (from {min} to below {max})");
        }
    }
}
