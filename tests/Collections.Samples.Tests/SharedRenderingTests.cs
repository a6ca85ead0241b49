using System.Text.RegularExpressions;
using Collections.Core;
using Collections.Samples.Rendering;
using NodaTime;

namespace Collections.Samples.Tests;

/// <summary>The rendering helpers the HTML samples share (samples/Collections.Samples.Rendering), on hand-checked cases.</summary>
public sealed class SharedRenderingTests
{
    [Fact]
    public void Hijri_OfTheFirstOfJuly2026_IsThe16thOfMuharram1448()
    {
        // 1 Muharram 1448 AH is 16 June 2026 in the Umm al-Qura calendar, so 1 July is the 16th.
        Assert.Equal("1448-01-16", ReportDates.Hijri(new LocalDate(2026, 7, 1)));
        Assert.Equal("1448-01-16", ReportDates.Hijri("2026-07-01"));
        Assert.Equal("not a date", ReportDates.Hijri("not a date"));
    }

    [Theory]
    [InlineData(null, "background:rgb(255,255,255);")]
    [InlineData("0", "background:rgb(255,255,255);")]
    [InlineData("1", "background:rgb(15,118,110);color:#fff;")]
    [InlineData("2", "background:rgb(15,118,110);color:#fff;")]
    public void HeatScale_RunsFromWhiteToTeal_WhiteTextOnDarkCells(string? share, string expected) =>
        Assert.Equal(expected, HeatScale.Style(share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.25", "25.0%")]
    [InlineData("0.0004", "<0.1%")]
    [InlineData("0", "0.0%")]
    [InlineData(null, "n/a")]
    public void Percent_SmallSharesDoNotReadAsZero_MissingIsNotAvailable(string? fraction, string expected) =>
        Assert.Equal(expected, new NumberFormat("n/a").Percent(fraction is null ? null : decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Mixed_KeepsAnAmountAndItsCurrencyInOneLeftToRightRun()
    {
        var html = Html.Mixed("الرصيد 8,320,752.17 SAR <للتصعيد>");

        Assert.Contains("<bdi dir=\"ltr\">8,320,752.17 SAR</bdi>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;للتصعيد&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatHtml_EscapesTheTemplate_InsertsTheCallersHtml()
    {
        var texts = new CatalogTexts(TextCatalog.Parse("""{ "k": { "en": "a < b on {date}", "ar": "أ < ب في {date}" } }"""), Language.Arabic);

        Assert.Equal("أ &lt; ب في <bdi dir=\"ltr\">2026-07-01</bdi>", texts.FormatHtml("k", ("date", Html.Ltr("2026-07-01"))));
        Assert.True(texts.IsArabic);
    }

    [Fact]
    public void StackedBars_RightToLeft_DrawsTheFirstCategoryOnTheRight()
    {
        string[] categories = ["2026-07", "2026-08", "2026-09"];
        (string, IReadOnlyList<decimal>)[] series = [("current", [1m, 2m, 3m]), ("1-30", [1m, 1m, 1m])];

        var leftToRight = SvgCharts.StackedBars(categories, series, "t", v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), rightToLeft: false);
        var rightToLeft = SvgCharts.StackedBars(categories, series, "t", v => v.ToString(System.Globalization.CultureInfo.InvariantCulture), rightToLeft: true);

        Assert.True(FirstBarX(leftToRight, "2026-07") < FirstBarX(leftToRight, "2026-09"));
        Assert.True(FirstBarX(rightToLeft, "2026-07") > FirstBarX(rightToLeft, "2026-09"));
        Assert.Contains("<title>2026-09 · current: 3</title>", rightToLeft, StringComparison.Ordinal);
    }

    private static double FirstBarX(string svg, string category) =>
        double.Parse(BarOf(category).Match(svg).Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Regex BarOf(string category) => new("<rect x=\"(?<x>[0-9.]+)\"[^>]*><title>" + Regex.Escape(category) + " · ");
}
