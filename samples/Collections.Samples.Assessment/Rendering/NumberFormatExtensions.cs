using Collections.Samples.Assessment.Figures;
using Collections.Samples.Rendering;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>The assessment's own shortcuts over the shared <see cref="NumberFormat"/>.</summary>
internal static class NumberFormatExtensions
{
    /// <summary>The report's number format for its language (n/a from the texts).</summary>
    public static NumberFormat Numbers(this ReportTexts texts) => new(texts["report.na"]);

    /// <summary>A rate figure as a percentage, or n/a.</summary>
    public static string Percent(this NumberFormat format, RateFigure? rate, int decimals = 1) => format.Percent(rate?.Value, decimals);
}
