using System.Globalization;
using Collections.Core;

namespace Collections.Kpi;

/// <summary>A rate for converting a payment into the account's currency, with the rounding rule used when a converted amount falls between two minor units.</summary>
/// <remarks>Money never disappears: when a payment is converted and allocated, the difference that rounding leaves between the
/// payment and the converted payment converted back is reported as an explicit rounding line
/// (<see cref="PaymentAllocation.RoundingLine"/>), never dropped; <see cref="PaymentAllocator"/> refuses a conversion that
/// turns a payment into zero.</remarks>
public sealed record CurrencyConversion
{
    /// <summary>Creates a conversion.</summary>
    /// <param name="from">The payment's currency.</param>
    /// <param name="to">The account's currency.</param>
    /// <param name="rate">Units of <paramref name="to"/> for one unit of <paramref name="from"/> (for example 3.75 SAR per USD); greater than zero.</param>
    /// <param name="rounding">How to round a converted amount to the minor unit: <see cref="MidpointRounding.ToEven"/> and
    /// <see cref="MidpointRounding.AwayFromZero"/> round to the nearest and decide halves; <see cref="MidpointRounding.ToZero"/>,
    /// <see cref="MidpointRounding.ToNegativeInfinity"/> and <see cref="MidpointRounding.ToPositiveInfinity"/> round every amount
    /// in that direction (as <see cref="Math.Round(decimal, MidpointRounding)"/> does).</param>
    /// <exception cref="ArgumentException">A currency is unspecified, the currencies are the same, the rate is not positive, or the rounding mode is not defined; every violation listed, <see cref="ArgumentException.ParamName"/> the first argument at fault.</exception>
    public CurrencyConversion(Currency from, Currency to, decimal rate, MidpointRounding rounding)
    {
        var violations = new List<string>();
        string? firstAtFault = null;
        void Refuse(string parameterName, string violation)
        {
            firstAtFault ??= parameterName;
            violations.Add(violation);
        }

        if (!from.IsSpecified || !to.IsSpecified)
        {
            Refuse(from.IsSpecified ? nameof(to) : nameof(from), "both currencies must be specified");
        }
        else if (from == to)
        {
            Refuse(nameof(to), $"both currencies are {from}; no conversion is needed");
        }

        if (rate <= 0)
        {
            Refuse(nameof(rate), string.Create(CultureInfo.InvariantCulture, $"the rate is {rate}; it must be greater than zero"));
        }

        if (!Enum.IsDefined(rounding))
        {
            Refuse(nameof(rounding), $"rounding mode {(int)rounding} is not defined");
        }

        if (firstAtFault is not null)
        {
            throw new ArgumentException("Invalid currency conversion: " + string.Join("; ", violations) + ".", firstAtFault);
        }

        From = from;
        To = to;
        Rate = rate;
        Rounding = rounding;
    }

    /// <summary>The payment's currency.</summary>
    public Currency From { get; }

    /// <summary>The account's currency.</summary>
    public Currency To { get; }

    /// <summary>Units of <see cref="To"/> for one unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }

    /// <summary>How a converted amount is rounded to the minor unit (to the nearest with a rule for halves, or in one direction).</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>Converts an amount in <see cref="From"/> to <see cref="To"/>, rounded to the minor unit.</summary>
    /// <param name="amount">An amount in <see cref="From"/>.</param>
    /// <returns>amount × rate, rounded with <see cref="Rounding"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="From"/>.</exception>
    public Money Convert(Money amount)
    {
        if (amount.Currency != From)
        {
            throw new CurrencyMismatchException(From, amount.Currency);
        }

        return Money.Round(amount.Amount * Rate, To, Rounding);
    }

    /// <summary>Converts an amount in <see cref="To"/> back to <see cref="From"/>, rounded to the minor unit.</summary>
    /// <param name="amount">An amount in <see cref="To"/>.</param>
    /// <returns>amount ÷ rate, rounded with <see cref="Rounding"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The amount is not in <see cref="To"/>.</exception>
    public Money ConvertBack(Money amount)
    {
        if (amount.Currency != To)
        {
            throw new CurrencyMismatchException(To, amount.Currency);
        }

        return Money.Round(amount.Amount / Rate, From, Rounding);
    }

    /// <summary>Converts an amount in <see cref="To"/> back to <see cref="From"/>, to the nearest minor unit (halves by
    /// <see cref="Rounding"/> when it is a midpoint rule, else to even).</summary>
    /// <remarks>For the allocation's lines and rounding line: they only express in the payment's currency what the account
    /// received, so a directed rule (<see cref="MidpointRounding.ToZero"/>…) applied a second time would add up to a whole
    /// minor unit of difference that is not there.</remarks>
    internal Money ConvertBackToNearest(Money amount)
    {
        if (amount.Currency != To)
        {
            throw new CurrencyMismatchException(To, amount.Currency);
        }

        return Money.Round(amount.Amount / Rate, From, Rounding is MidpointRounding.ToEven or MidpointRounding.AwayFromZero ? Rounding : MidpointRounding.ToEven);
    }
}
