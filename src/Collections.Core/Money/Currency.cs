using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Collections.Core;

/// <summary>An ISO 4217 currency: its three-letter code and the number of digits of its minor unit.</summary>
/// <remarks>
/// The minor-unit digits decide how exact amounts are stored (see <see cref="Money"/>): SAR has 2 (halalas),
/// KWD, BHD, OMR and JOD have 3, JPY has 0. Codes not in the built-in table can be declared with
/// <see cref="Create(string, int)"/>; nothing about a currency is ever looked up from the machine's culture.
/// </remarks>
public readonly record struct Currency
{
    private static readonly FrozenDictionary<string, int> KnownMinorUnitDigits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Gulf and the wider region first, then currencies seen in the bundled data and major ones.
        ["SAR"] = 2, ["AED"] = 2, ["KWD"] = 3, ["BHD"] = 3, ["OMR"] = 3, ["QAR"] = 2,
        ["EGP"] = 2, ["JOD"] = 3, ["IQD"] = 3, ["LBP"] = 2, ["MAD"] = 2, ["TND"] = 3, ["DZD"] = 2, ["LYD"] = 3,
        ["TRY"] = 2, ["PKR"] = 2, ["INR"] = 2, ["BDT"] = 2, ["IDR"] = 2, ["MYR"] = 2, ["PHP"] = 2,
        ["USD"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["CHF"] = 2, ["CAD"] = 2, ["AUD"] = 2, ["NZD"] = 2,
        ["CNY"] = 2, ["HKD"] = 2, ["SGD"] = 2, ["TWD"] = 2, ["KRW"] = 0, ["JPY"] = 0, ["ZAR"] = 2,
        ["SEK"] = 2, ["NOK"] = 2, ["DKK"] = 2, ["PLN"] = 2, ["BRL"] = 2, ["MXN"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private Currency(string code, int minorUnitDigits)
    {
        Code = code;
        MinorUnitDigits = minorUnitDigits;
        MinorUnitsPerUnit = Pow10(minorUnitDigits);
    }

    /// <summary>Saudi riyal (2 minor-unit digits).</summary>
    public static Currency SaudiRiyal { get; } = new("SAR", 2);

    /// <summary>United States dollar (2 minor-unit digits).</summary>
    public static Currency UsDollar { get; } = new("USD", 2);

    /// <summary>The three upper-case letters of the ISO 4217 code, for example <c>SAR</c>.</summary>
    public string Code { get; }

    /// <summary>Digits after the decimal point of the currency's minor unit (2 for SAR, 3 for KWD, 0 for JPY).</summary>
    public int MinorUnitDigits { get; }

    /// <summary>How many minor units make one major unit (100 for SAR, 1000 for KWD, 1 for JPY).</summary>
    public long MinorUnitsPerUnit { get; }

    /// <summary>Whether this value was created through a factory (the <c>default</c> value has no code).</summary>
    public bool IsSpecified => Code is not null;

    /// <summary>Returns the currency with the given ISO 4217 code from the built-in table.</summary>
    /// <param name="code">Three letters, case-insensitive, for example <c>sar</c> or <c>SAR</c>.</param>
    /// <exception cref="ArgumentException">The code is not three letters or is not in the built-in table.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryFromCode(code, out var currency))
        {
            return currency;
        }

        throw new ArgumentException(
            $"Currency code '{code}' is not a known ISO 4217 code; declare it with Currency.Create(code, minorUnitDigits).",
            nameof(code));
    }

    /// <summary>Looks up a currency in the built-in ISO 4217 table.</summary>
    /// <param name="code">Three letters, case-insensitive.</param>
    /// <param name="currency">The currency when found.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        var upper = code.ToUpperInvariant();
        if (!KnownMinorUnitDigits.TryGetValue(upper, out var digits))
        {
            return false;
        }

        currency = new Currency(upper, digits);
        return true;
    }

    /// <summary>Declares a currency that is not in the built-in table.</summary>
    /// <param name="code">Three ASCII letters.</param>
    /// <param name="minorUnitDigits">0 to 4.</param>
    /// <exception cref="ArgumentException">The code is not three ASCII letters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The digits are outside 0..4.</exception>
    public static Currency Create(string code, int minorUnitDigits)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"Currency code '{code}' must be three ASCII letters (ISO 4217).", nameof(code));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(minorUnitDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minorUnitDigits, 4);
        return new Currency(code.ToUpperInvariant(), minorUnitDigits);
    }

    /// <summary>The ISO code.</summary>
    /// <returns>The code, or an empty string for the <c>default</c> value.</returns>
    public override string ToString() => Code ?? string.Empty;

    private static long Pow10(int digits)
    {
        long result = 1;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }
}
