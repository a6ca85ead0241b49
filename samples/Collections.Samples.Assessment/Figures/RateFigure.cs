using Collections.Core;

namespace Collections.Samples.Assessment.Figures;

/// <summary>A rate as figures.json writes it: numerator, denominator and value (null when n/a).</summary>
public sealed record RateFigure(decimal Numerator, decimal Denominator, decimal? Value)
{
    public static RateFigure From(Rate rate) => new(rate.Numerator, rate.Denominator, rate.Value is { } v ? Math.Round(v, 6, MidpointRounding.AwayFromZero) : null);
}
