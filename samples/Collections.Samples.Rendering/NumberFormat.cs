using System.Globalization;

namespace Collections.Samples.Rendering;

/// <summary>Formats numbers for a report language with an explicit culture (never the machine's).</summary>
/// <remarks>Both languages write numbers with Latin digits, "," for thousands and "." for decimals, as Saudi financial
/// statements commonly do: ar-SA's own separators (٬ and ٫) beside Latin digits read as a comma decimal mark. Dates are
/// ISO with the Umm al-Qura date beside them, so no culture calendar is involved.</remarks>
/// <param name="notAvailable">The text for a value that does not exist (a zero denominator): "n/a" or its translation.</param>
public sealed class NumberFormat(string notAvailable)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The text written for a missing value.</summary>
    public string NotAvailable => notAvailable;

    /// <summary>A whole count with thousands separators.</summary>
    public string Count(int value) => value.ToString("N0", _culture);

    /// <summary>A whole count with thousands separators.</summary>
    public string Count(long value) => value.ToString("N0", _culture);

    /// <summary>An amount with two decimals.</summary>
    public string Amount(decimal value) => value.ToString("N2", _culture);

    /// <summary>An amount rounded to a whole number (half away from zero).</summary>
    public string Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("N0", _culture);

    /// <summary>A number with a fixed count of decimals, or the n/a text.</summary>
    public string Fixed(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) : notAvailable;

    /// <summary>A fraction as a percentage ("12.5%"), a small non-zero share as "&lt;0.1%", or the n/a text.</summary>
    public string Percent(decimal? fraction, int decimals = 1)
    {
        if (fraction is not { } f)
        {
            return notAvailable;
        }

        // A small but non-zero share must not read as 0.0%.
        var smallest = 1m / (decimal)Math.Pow(10, decimals + 2);
        return f > 0 && f < smallest / 2
            ? "<" + (smallest * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) + "%"
            : (f * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) + "%";
    }
}
