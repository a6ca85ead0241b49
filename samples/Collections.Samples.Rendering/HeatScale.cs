using System.Globalization;

namespace Collections.Samples.Rendering;

/// <summary>Inline cell colours for heat maps (roll-rate matrices): a share from 0 to 1 on one colour scale.</summary>
public static class HeatScale
{
    /// <summary>Teal scale: 0 → white, 1 → dark teal; text switches to white on dark cells; n/a is white.</summary>
    public static string Style(decimal? share) => Style(share, (15, 118, 110));

    /// <summary>A scale from white (0) to the given colour (1); text switches to white on dark cells.</summary>
    public static string Style(decimal? share, (int Red, int Green, int Blue) full)
    {
        var s = (double)Math.Clamp(share ?? 0m, 0m, 1m);
        var r = (int)(255 - (s * (255 - full.Red)));
        var g = (int)(255 - (s * (255 - full.Green)));
        var b = (int)(255 - (s * (255 - full.Blue)));
        return string.Create(CultureInfo.InvariantCulture, $"background:rgb({r},{g},{b});{(s > 0.5 ? "color:#fff;" : string.Empty)}");
    }
}
