using System.Globalization;
using System.Text;
using Collections.Core;
using Collections.Samples.GovernanceReport.Report;

namespace Collections.Samples.GovernanceReport.Rendering;

/// <summary>Renders governance-report.json's figures as one self-contained HTML page (inline CSS and SVG, no scripts),
/// English or Arabic (right to left), numbers with Latin digits and dates ISO with the Umm al-Qura date beside them.</summary>
internal static partial class GovernanceHtml
{
    public static string Render(GovernanceFigures f, Language language)
    {
        var t = GovernanceTexts.In(language);
        var n = new NumberFormat(t["report.na"]);
        var html = new StringBuilder(96 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{(t.IsArabic ? "ar" : "en")}\" dir=\"{(t.IsArabic ? "rtl" : "ltr")}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(t["report.title"])} — {Html.E(Pick(f.Creditor.Name, t))} — {f.Start}..{f.End}</title>\n<style>{Styles}</style>\n</head>\n<body>\n<main>\n");
        Header(html, f, t, n);
        Kpis(html, f, t, n);
        Aging(html, f, t, n);
        RollRates(html, f, t, n);
        Segments(html, f, t, n);
        Channels(html, f, t, n);
        Promises(html, f, t, n);
        Recommendations(html, f, t, n);
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["section.method"])}</h2><p class=\"note\">{Html.Mixed(t["method.text"])}</p></section>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    internal static string Pick(Bilingual text, CatalogTexts t) => t.IsArabic ? text.Ar : text.En;

    private static void Header(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(f.Start).Value;
        var end = NodaTime.Text.LocalDatePattern.Iso.Parse(f.End).Value;
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Html.E(t["report.title"])} · <bdi>{Html.E(Pick(f.Creditor.Name, t))}</bdi></h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"sub\">{t.FormatHtml("report.subtitle", ("kind", Html.E(t["kind." + f.PeriodKind])), ("start", Html.Ltr(f.Start)), ("end", Html.Ltr(f.End)))} <span class=\"muted\">({t.FormatHtml("report.hijri", ("start", Html.Ltr(ReportDates.Hijri(start))), ("end", Html.Ltr(ReportDates.Hijri(end))))})</span></p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"muted small\">{t.FormatHtml("report.synthetic", ("seed", Html.Ltr(f.Source.Seed.ToString(CultureInfo.InvariantCulture))), ("accounts", Html.Ltr(n.Count(f.Source.CreditorAccounts))))}</p></header>\n");
        html.Append("<table class=\"kv\">");
        Row(html, t["provenance.input"], Html.Ltr(f.Provenance.InputSha256), "hash");
        Row(html, t["provenance.audit_at"], t.FormatHtml(EntriesKey(f.Provenance.AuditCountAtComputation), ("count", Html.Ltr(n.Count(f.Provenance.AuditCountAtComputation))), ("hash", Html.Ltr(f.Provenance.AuditHashAtComputation))), "hash");
        Row(html, t["provenance.audit_after"], t.FormatHtml(EntriesKey(f.Provenance.AuditCountAfterIssuance), ("count", Html.Ltr(n.Count(f.Provenance.AuditCountAfterIssuance))), ("hash", Html.Ltr(f.Provenance.AuditHashAfterIssuance))) + " · " + Html.Ltr(f.Provenance.AuditStore), "hash");
        if (f.Baseline is { } b)
        {
            Row(html, t["provenance.baseline"], $"<bdi>{Html.E(b.Label)}</bdi>" + (b.Start is null ? string.Empty : " · " + Html.Ltr($"{b.Start} – {b.End}")), null);
        }

        Row(html, t["provenance.inputs"], Html.Ltr(f.Source.Inputs), null);
        Row(html, t["provenance.zone"], Html.Ltr(f.CreditorZone) + " · " + Html.Ltr(f.FirstDayOfWeek), null);
        html.Append("</table>\n");
    }

    /// <summary>"1 entry", "0 entries", "2 entries".</summary>
    private static string EntriesKey(long count) => count == 1 ? "provenance.entry" : "provenance.entries";

    private static void Row(StringBuilder html, string key, string valueHtml, string? cls) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(key)}</th><td{(cls is null ? string.Empty : $" class=\"{cls}\"")}>{valueHtml}</td></tr>");

    private static void Kpis(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"kpis\"><h2>{Html.E(t["section.kpis"])}</h2><p class=\"note\">{Html.E(t["kpis.note"])}</p>");
        html.Append("<p class=\"legend\">");
        foreach (var status in new[] { "met", "missed", "no_value", "no_target" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"chip st-{status}\">{Html.E(t["status." + status])}</span> ");
        }

        html.Append("</p><div class=\"scroll\"><table class=\"kpis\"><thead><tr>");
        html.Append(CultureInfo.InvariantCulture, $"<th>{Html.E(t["kpis.kpi"])}</th>");
        foreach (var period in f.Periods)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.Ltr(Short(f, period.Label))}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.E(t["kpis.baseline"])}</th><th class=\"num\">{Html.E(t["kpis.target"])}</th></tr></thead><tbody>");
        foreach (var row in f.Kpis)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><div>{Html.E(Pick(row.Title, t))}</div><div class=\"small muted\">{Html.E(Pick(row.UnitTitle, t))} · {Html.E(t["direction." + row.Direction])}</div></td>");
            foreach (var cell in row.Periods)
            {
                var title = string.Create(CultureInfo.InvariantCulture, $"{cell.Numerator:0.##} / {cell.Denominator:0.##} · {t["status." + cell.Status]}");
                var change = cell.ChangeFromBaseline is { } c
                    ? $"<div class=\"delta tr-{cell.Trend}\">{Html.Ltr((c > 0 ? "+" : c < 0 ? "−" : "±") + n.Fixed(Math.Abs(c), row.Unit is "percent" or "per_thousand" ? 1 : 2))}</div>"
                    : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num st-{cell.Status}\" title=\"{Html.E(title)}\">{Html.Ltr(Value(cell.Value, row.Unit, n))}{change}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Html.Ltr(Value(row.Baseline, row.Unit, n))}</td><td class=\"num\">{Html.Ltr(Value(row.Target, row.Unit, n))}</td></tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    /// <summary>A KPI value in its unit (values are already scaled: 25 for 25%).</summary>
    internal static string Value(decimal? value, string unit, NumberFormat n) => value is null
        ? n.NotAvailable
        : unit switch
        {
            "percent" => n.Fixed(value, 1) + "%",
            "per_thousand" => n.Fixed(value, 1) + "‰",
            "seconds" => n.Fixed(value, 0),
            "days" => n.Fixed(value, 1),
            _ => n.Fixed(value, 2),
        };

    private static void Aging(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"aging\"><h2>{Html.E(t["section.aging"])}</h2>");
        if (f.Aging.Count == 0)
        {
            html.Append("</section>\n");
            return;
        }

        var buckets = f.Aging[0].Buckets.Select(b => b.Bucket).ToList();
        var series = buckets.Select((b, i) => (Svg(Label(b, t), t), (IReadOnlyList<decimal>)f.Aging.Select(a => a.Buckets[i].Balance).ToList())).ToList();
        html.Append(SvgCharts.StackedBars(f.Aging.Select(a => Short(f, a.Period)).ToList(), series, Svg(t.Format("aging.chart", ("currency", f.Currency)), t), v => Compact(v, n), t.IsArabic));
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\"><table><thead><tr><th>{Html.E(t["aging.period"])}</th>");
        foreach (var bucket in buckets)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.Ltr(Label(bucket, t))}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.E(t["aging.total"])}</th></tr></thead><tbody>");
        foreach (var aging in f.Aging)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Ltr(aging.AsOf)}</td>");
            foreach (var line in aging.Buckets)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Html.Ltr(n.Whole(line.Balance))}<div class=\"small muted\">{Html.Ltr(n.Count(line.Accounts))}</div></td>");
            }

            html.Append(CultureInfo.InvariantCulture,
                $"<td class=\"num\"><b>{Html.Ltr(n.Whole(aging.Buckets.Sum(b => b.Balance)))}</b><div class=\"small muted\">{Html.Ltr(n.Count(aging.Buckets.Sum(b => b.Accounts)))} {Html.E(t["aging.accounts"])}</div></td></tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    internal static string Label(string state, CatalogTexts t) => state switch
    {
        "paid" => t["rolls.paid"],
        "current" => t["bucket.current"],
        _ => state,
    };

    /// <summary>Text for an SVG chart (the charts are drawn left to right): text with Arabic letters embedded right to left
    /// (U+202B … U+202C), so "(SAR)" or a count after an Arabic word stays where an Arabic reader expects it; Latin labels
    /// such as "121+" are left as they are.</summary>
    internal static string Svg(string text, CatalogTexts t) =>
        t.IsArabic && text.Any(c => c is >= '\u0600' and <= '\u06FF') ? "\u202B" + text + "\u202C" : text;

    /// <summary>A column heading for a period: a month as "2026-07"; a week by its first day without the year ("07-05"),
    /// the year being in the report's subtitle, so twelve week columns fit without breaking a date.</summary>
    internal static string Short(GovernanceFigures f, string label) => f.PeriodKind == "weekly" && label.Length == 10 ? label[5..] : label;

    /// <summary>An axis label: thousands as "k", millions as "M" (Latin, both languages).</summary>
    private static string Compact(decimal value, NumberFormat n) =>
        value >= 1_000_000m ? n.Fixed(value / 1_000_000m, 1) + "M" : value >= 1_000m ? n.Fixed(value / 1_000m, 0) + "k" : n.Whole(value);
}
