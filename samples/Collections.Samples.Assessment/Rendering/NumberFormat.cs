using System.Globalization;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Formats numbers for a report language with an explicit culture (never the machine's).</summary>
/// <remarks>Both languages write numbers with Latin digits, "," for thousands and "." for decimals, as Saudi financial
/// statements commonly do: ar-SA's own separators (٬ and ٫) beside Latin digits read as a comma decimal mark. Dates are
/// ISO with the Umm al-Qura date beside them, so no culture calendar is involved.</remarks>
public sealed class NumberFormat(ReportTexts texts)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo("en-US");

    public string Count(int value) => value.ToString("N0", _culture);

    public string Amount(decimal value) => value.ToString("N2", _culture);

    public string Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("N0", _culture);

    public string Fixed(decimal? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) : texts["report.na"];

    public string Percent(RateFigure? rate, int decimals = 1) => Percent(rate?.Value, decimals);

    public string Percent(decimal? fraction, int decimals = 1)
    {
        if (fraction is not { } f)
        {
            return texts["report.na"];
        }

        // A small but non-zero share must not read as 0.0%.
        var smallest = 1m / (decimal)Math.Pow(10, decimals + 2);
        return f > 0 && f < smallest / 2
            ? "<" + (smallest * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) + "%"
            : (f * 100m).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _culture) + "%";
    }
}
