using System.Globalization;

namespace Collections.Core;

/// <summary>An exact amount of money: a whole number of the currency's minor units plus the currency.</summary>
/// <remarks>
/// <para>Amounts are stored as <see cref="long"/> minor units (halalas for SAR), so sums are exact and
/// there is no hidden rounding context: <see cref="Of(decimal, Currency)"/> refuses an amount with more
/// decimals than the currency has, and rounding happens only in operations that take a
/// <see cref="MidpointRounding"/>.</para>
/// <para>Arithmetic and comparison refuse mixed currencies with <see cref="CurrencyMismatchException"/>;
/// overflow throws <see cref="OverflowException"/> rather than wrapping.</para>
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    private Money(long minorUnits, Currency currency)
    {
        MinorUnits = minorUnits;
        Currency = currency;
    }

    /// <summary>The amount in minor units of <see cref="Currency"/> (e.g. 12345 for SAR 123.45).</summary>
    public long MinorUnits { get; }

    /// <summary>The currency.</summary>
    public Currency Currency { get; }

    /// <summary>The amount in major units as an exact decimal (e.g. 123.45).</summary>
    public decimal Amount => Currency.IsSpecified ? (decimal)MinorUnits / Currency.MinorUnitsPerUnit : MinorUnits;

    /// <summary>Whether the amount is above zero (a debt, when it is a balance).</summary>
    public bool IsPositive => MinorUnits > 0;

    /// <summary>Whether the amount is below zero (a credit, when it is a balance).</summary>
    public bool IsNegative => MinorUnits < 0;

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => MinorUnits == 0;

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(Currency currency) => new(0, RequireSpecified(currency));

    /// <summary>Creates an amount from minor units.</summary>
    /// <param name="minorUnits">Whole minor units (halalas for SAR).</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The currency is the unspecified <c>default</c>.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency) => new(minorUnits, RequireSpecified(currency));

    /// <summary>Creates an amount that the currency can hold exactly.</summary>
    /// <param name="amount">The amount in major units, with at most <see cref="Currency.MinorUnitDigits"/> decimals.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException">The amount has more decimals than the currency allows (round it explicitly with <see cref="Round"/>), or the currency is unspecified.</exception>
    /// <exception cref="OverflowException">The amount does not fit in 64-bit minor units.</exception>
    public static Money Of(decimal amount, Currency currency)
    {
        RequireSpecified(currency);
        var scaled = Scale(amount, currency);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Amount {amount} has more than {currency.MinorUnitDigits} decimal places, which {currency.Code} does not allow; round it explicitly with Money.Round."),
                nameof(amount));
        }

        return new Money(ToMinorUnits(scaled, amount, currency), currency);
    }

    /// <summary>Tries to create an amount that the currency can hold exactly.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency (must be specified).</param>
    /// <param name="money">The amount when it fits exactly.</param>
    /// <returns><see langword="false"/> when the amount has too many decimals or does not fit in 64-bit minor units.</returns>
    public static bool TryOf(decimal amount, Currency currency, out Money money)
    {
        money = default;
        if (!currency.IsSpecified)
        {
            return false;
        }

        decimal scaled;
        try
        {
            scaled = amount * currency.MinorUnitsPerUnit;
        }
        catch (OverflowException)
        {
            return false;
        }

        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            return false;
        }

        money = new Money(decimal.ToInt64(scaled), currency);
        return true;
    }

    /// <summary>Rounds an amount to the currency's minor unit with an explicit midpoint rule.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="mode">How to round a value exactly halfway between two minor units.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentException">The currency is unspecified.</exception>
    public static Money Round(decimal amount, Currency currency, MidpointRounding mode)
    {
        RequireSpecified(currency);
        var rounded = Math.Round(Scale(amount, currency), 0, mode);
        return new Money(ToMinorUnits(rounded, amount, currency), currency);
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        try
        {
            return new Money(checked(left.MinorUnits + right.MinorUnits), left.Currency);
        }
        catch (OverflowException)
        {
            throw new OverflowException($"{left} + {right} does not fit in 64-bit minor units.");
        }
    }

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        try
        {
            return new Money(checked(left.MinorUnits - right.MinorUnits), left.Currency);
        }
        catch (OverflowException)
        {
            throw new OverflowException($"{left} − {right} does not fit in 64-bit minor units.");
        }
    }

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => new(checked(-value.MinorUnits), value.Currency);

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Adds an amount in the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount in the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public Money Subtract(Money other) => this - other;

    /// <summary>Negates the amount.</summary>
    /// <returns>The amount with the opposite sign.</returns>
    public Money Negate() => -this;

    /// <summary>Multiplies by a factor (a percentage, a rate) and rounds to the minor unit.</summary>
    /// <param name="factor">The factor, e.g. 0.15m for 15%.</param>
    /// <param name="mode">How to round a result exactly halfway between two minor units.</param>
    /// <returns>The rounded product.</returns>
    public Money Multiply(decimal factor, MidpointRounding mode)
    {
        var product = Math.Round(MinorUnits * factor, 0, mode);
        return new Money(decimal.ToInt64(product), Currency);
    }

    /// <summary>Splits the amount into parts proportional to the weights; the parts always sum to the whole.</summary>
    /// <remarks>Each part gets the floor of its share; the minor units left over go one each to the parts with
    /// the largest remainders (ties to the earlier part), so no minor unit is created or lost.</remarks>
    /// <param name="weights">Non-negative weights with a positive sum.</param>
    /// <returns>One amount per weight, in order.</returns>
    /// <exception cref="ArgumentException">A weight is negative, or all are zero, or there are none.</exception>
    public IReadOnlyList<Money> Allocate(IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        decimal total = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Weight {i} is negative ({weights[i]})."), nameof(weights));
            }

            total += weights[i];
        }

        if (total == 0)
        {
            throw new ArgumentException("The weights sum to zero.", nameof(weights));
        }

        var sign = MinorUnits < 0 ? -1 : 1;
        var whole = Math.Abs((decimal)MinorUnits);
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        decimal assigned = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = whole * weights[i] / total;
            var floor = decimal.Floor(exact);
            parts[i] = decimal.ToInt64(floor);
            remainders[i] = exact - floor;
            assigned += floor;
        }

        var leftOver = decimal.ToInt64(whole - assigned);
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < leftOver; k++)
        {
            parts[order[k % order.Length]]++;
        }

        var result = new Money[weights.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = new Money(sign * parts[i], Currency);
        }

        return result;
    }

    /// <inheritdoc/>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        EnsureSameCurrency(this, other);
        return MinorUnits.CompareTo(other.MinorUnits);
    }

    /// <summary>Formats as the invariant amount with all minor-unit digits and the code, e.g. <c>1234.50 SAR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var digits = Currency.IsSpecified ? Currency.MinorUnitDigits : 0;
        var amount = Amount.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Currency.IsSpecified ? amount + " " + Currency.Code : amount;
    }

    /// <summary>Formats with the given culture's digits and separators and the currency code.</summary>
    /// <param name="provider">The culture to format with; pass one explicitly.</param>
    /// <returns>The text.</returns>
    public string Format(IFormatProvider provider)
    {
        var digits = Currency.IsSpecified ? Currency.MinorUnitDigits : 0;
        return Amount.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), provider) + " " + Currency.Code;
    }

    private static decimal Scale(decimal amount, Currency currency)
    {
        try
        {
            return amount * currency.MinorUnitsPerUnit;
        }
        catch (OverflowException)
        {
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Amount {amount} {currency.Code} is too large to hold in minor units."));
        }
    }

    private static long ToMinorUnits(decimal scaled, decimal amount, Currency currency) =>
        scaled is > long.MaxValue or < long.MinValue
            ? throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"Amount {amount} {currency.Code} does not fit in 64-bit minor units (at most about ±{long.MaxValue / currency.MinorUnitsPerUnit:N0})."))
            : decimal.ToInt64(scaled);

    private static Currency RequireSpecified(Currency currency)
    {
        if (!currency.IsSpecified)
        {
            throw new ArgumentException("The currency is unspecified (default); use Currency.FromCode.", nameof(currency));
        }

        return currency;
    }

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new CurrencyMismatchException(left.Currency, right.Currency);
        }
    }
}
