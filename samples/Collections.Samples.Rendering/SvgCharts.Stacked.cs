using System.Globalization;

namespace Collections.Samples.Rendering;

public static partial class SvgCharts
{
    /// <summary>A sequential palette from healthy to late (current → 121+), for aging buckets.</summary>
    public static IReadOnlyList<string> AgingPalette { get; } = ["#0f766e", "#65a30d", "#ca8a04", "#ea580c", "#dc2626", "#7f1d1d", "#4c0519"];

    /// <summary>Stacked vertical bars, one per category (a period), each series (a bucket) a layer, with a legend and the
    /// total above each bar; right to left the first category is drawn on the right.</summary>
    public static string StackedBars(
        IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<decimal> Values)> series, string title, Func<decimal, string> format, bool rightToLeft, IReadOnlyList<string>? colors = null)
    {
        const int width = 720, height = 340, top = 64, bottom = 40, side = 30;
        var palette = colors ?? AgingPalette;
        var totals = categories.Select((_, i) => series.Sum(s => i < s.Values.Count ? Math.Max(0m, s.Values[i]) : 0m)).ToList();
        var max = Math.Max(totals.Count == 0 ? 0m : totals.Max(), 1m);
        var slot = (width - (2 * side)) / (double)Math.Max(categories.Count, 1);
        var svg = Start(width, height, title);

        // Legend: one row, in reading order.
        var legendStep = (width - (2 * side)) / (double)Math.Max(series.Count, 1);
        for (var s = 0; s < series.Count; s++)
        {
            var x = rightToLeft ? width - side - (s * legendStep) - 12 : side + (s * legendStep);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F1}\" y=\"32\" width=\"12\" height=\"12\" fill=\"{palette[s % palette.Count]}\"/>");
            svg.Append(Text(rightToLeft ? x - 4 : x + 16, 42, series[s].Name, 11, rightToLeft ? "end" : "start"));
        }

        svg.Append(Line(side, height - bottom, width - side, height - bottom, Ink));
        for (var i = 0; i < categories.Count; i++)
        {
            var position = rightToLeft ? categories.Count - 1 - i : i;
            var x = side + (position * slot) + (slot * 0.18);
            var y = (double)(height - bottom);
            for (var s = 0; s < series.Count; s++)
            {
                var value = i < series[s].Values.Count ? Math.Max(0m, series[s].Values[i]) : 0m;
                var h = (double)(value / max) * (height - top - bottom - 18);
                y -= h;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:F1}\" y=\"{y:F1}\" width=\"{slot * 0.64:F1}\" height=\"{h:F1}\" fill=\"{palette[s % palette.Count]}\"><title>{Html.E(categories[i])} · {Html.E(series[s].Name)}: {Html.E(format(value))}</title></rect>");
            }

            svg.Append(Text(x + (slot * 0.32), y - 5, format(totals[i]), 10, "middle"));
            svg.Append(Text(x + (slot * 0.32), height - bottom + 16, categories[i], categories.Count > 8 ? 9 : 11, "middle"));
        }

        return svg.Append("</svg>").ToString();
    }
}
