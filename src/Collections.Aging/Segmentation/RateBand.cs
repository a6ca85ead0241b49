using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A range of rates as fractions (0.10 = 10%): from <see cref="Minimum"/> (included) to below <see cref="Below"/>.</summary>
/// <param name="Minimum">The smallest rate in the band, or <see langword="null"/> for no lower limit.</param>
/// <param name="Below">The first rate above the band (excluded), or <see langword="null"/> for no upper limit.</param>
public readonly record struct RateBand(decimal? Minimum, decimal? Below)
{
    /// <summary>Whether a rate is in the band; an undefined (n/a) rate is in no band.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns><see langword="true"/> when defined and inside.</returns>
    public bool Contains(Rate rate) =>
        rate.Value is { } value && (Minimum is not { } low || value >= low) && (Below is not { } high || value < high);

    /// <summary>The band as percentages, for example <c>[10%, 40%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"[{Percent(Minimum)}, {Percent(Below)})";

    // Invariant, whatever the thread's culture (ar-SA would write 50٫0).
    private static string Percent(decimal? fraction) =>
        fraction is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "-";

    internal void Validate(string owner, List<string> violations)
    {
        if (Minimum is < 0 or > 1 || Below is < 0 or > 1)
        {
            violations.Add($"{owner}: the rate band {this} is outside 0%..100%");
        }

        if (Minimum is { } low && Below is { } high && high <= low)
        {
            violations.Add($"{owner}: the rate band {this} is empty");
        }
    }
}
