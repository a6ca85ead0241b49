using System.Globalization;
using System.Text;

namespace Collections.Samples.Rendering;

/// <summary>Inline SVG charts (no scripts, no external files) so a report reads offline.</summary>
public static partial class SvgCharts
{
    private const string Ink = "#1f2937";
    private const string Grid = "#e5e7eb";
    private static readonly string[] Palette = ["#0f766e", "#b45309", "#1d4ed8", "#be123c", "#6d28d9"];

    /// <summary>Vertical bars with a value label above each and a caption under it.</summary>
    public static string Bars(IReadOnlyList<(string Label, decimal Value, string ValueText, string Caption)> bars, string title, bool rightToLeft)
    {
        const int width = 720, height = 300, top = 40, bottom = 60, side = 30;
        var ordered = rightToLeft ? bars.Reverse().ToList() : bars.ToList();
        var max = Math.Max(ordered.Count == 0 ? 0 : ordered.Max(b => b.Value), 1m);
        var slot = (width - (2 * side)) / (double)Math.Max(ordered.Count, 1);
        var svg = Start(width, height, title);
        svg.Append(Line(side, height - bottom, width - side, height - bottom, Ink));
        for (var i = 0; i < ordered.Count; i++)
        {
            var bar = ordered[i];
            var barHeight = (double)(bar.Value / max) * (height - top - bottom);
            var x = side + (i * slot) + (slot * 0.15);
            var y = height - bottom - barHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{slot * 0.7:F1}\" height=\"{barHeight:F1}\" fill=\"{Palette[0]}\" rx=\"2\"><title>{Html.E(bar.Label)}: {Html.E(bar.ValueText)}</title></rect>");
            svg.Append(Text(x + (slot * 0.35), y - 6, bar.ValueText, 12, "middle"));
            svg.Append(Text(x + (slot * 0.35), height - bottom + 18, bar.Label, 13, "middle", bold: true));
            svg.Append(Text(x + (slot * 0.35), height - bottom + 36, bar.Caption, 11, "middle", color: "#6b7280"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Lines over categories (periods), each series with a legend entry; gaps where a value is n/a.</summary>
    public static string Lines(IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series, string title, Func<decimal, string> format, bool rightToLeft)
    {
        const int width = 720, height = 300, top = 50, bottom = 50, side = 80;
        var svg = Start(width, height, title);
        var values = series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        var (min, max, step) = NiceScale(values.Count == 0 ? 0m : Math.Min(0m, values.Min()), values.Count == 0 ? 1m : values.Max());

        double X(int i) => categories.Count <= 1
            ? width / 2.0
            : rightToLeft
                ? width - side - (i * (width - (2 * side)) / (double)(categories.Count - 1))
                : side + (i * (width - (2 * side)) / (double)(categories.Count - 1));
        double Y(decimal v) => top + ((double)((max - v) / (max - min)) * (height - top - bottom));

        for (var v = min; v <= max; v += step)
        {
            svg.Append(Line(side, Y(v), width - side, Y(v), Grid));
            svg.Append(Text(rightToLeft ? width - side + 8 : side - 8, Y(v) + 4, format(v), 11, rightToLeft ? "start" : "end", color: "#6b7280"));
        }

        // At most eight labels on the axis, so month labels never run into each other.
        var every = Math.Max(1, (int)Math.Ceiling(categories.Count / 8.0));
        for (var i = 0; i < categories.Count; i += every)
        {
            svg.Append(Text(X(i), height - bottom + 18, categories[i], 11, "middle"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var color = Palette[s % Palette.Length];
            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < series[s].Values.Count && i < categories.Count; i++)
            {
                if (series[s].Values[i] is not { } v)
                {
                    pen = false;
                    continue;
                }

                path.Append(CultureInfo.InvariantCulture, $"{(pen ? 'L' : 'M')}{X(i):F1},{Y(v):F1} ");
                pen = true;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):F1}\" cy=\"{Y(v):F1}\" r=\"3\" fill=\"{color}\"><title>{Html.E(series[s].Name)} {Html.E(categories[i])}: {Html.E(format(v))}</title></circle>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"/>");
            var legendX = rightToLeft ? width - side - (s * 220) : side + (s * 220);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{(rightToLeft ? legendX - 14 : legendX):F0}\" y=\"30\" width=\"12\" height=\"4\" fill=\"{color}\"/>");
            svg.Append(Text(rightToLeft ? legendX - 18 : legendX + 18, 36, series[s].Name, 12, rightToLeft ? "end" : "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Axis bounds and a round step (1, 2, 2.5 or 5 × a power of ten) giving four to eight gridlines.</summary>
    internal static (decimal Min, decimal Max, decimal Step) NiceScale(decimal low, decimal high)
    {
        if (high <= low)
        {
            high = low + 1;
        }

        var raw = (double)(high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(c => c >= raw));
        return (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }

    private static StringBuilder Start(int width, int height, string title) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" direction=\"ltr\" role=\"img\" aria-label=\"{Html.E(title)}\" class=\"chart\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Html.E(title)}</title>")
            .Append(Text(width / 2.0, 20, title, 14, "middle", bold: true));

    private static string Line(double x1, double y1, double x2, double y2, string color) =>
        string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"{color}\" stroke-width=\"1\"/>");

    private static string Text(double x, double y, string text, int size, string anchor, bool bold = false, string color = Ink) =>
        string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y:F1}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{color}\"{(bold ? " font-weight=\"600\"" : string.Empty)}>{Html.E(text)}</text>");
}
