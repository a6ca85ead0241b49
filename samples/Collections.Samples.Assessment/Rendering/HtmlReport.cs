using System.Globalization;
using System.Text;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Renders figures.json as one self-contained HTML page (inline CSS and SVG, no scripts), English or Arabic (RTL).</summary>
public static partial class HtmlReport
{
    public static string Render(AssessmentFigures figures, ReportTexts texts)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(texts);
        var n = texts.Numbers();
        var html = new StringBuilder(64 * 1024);
        var lang = texts.IsArabic ? "ar" : "en";
        var dir = texts.IsArabic ? "rtl" : "ltr";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(texts["report.title"])} — {Html.E(figures.Portfolio.Creditor)} — {figures.AsOf}</title>\n<style>{Styles}</style>\n</head>\n<body>\n<main>\n");
        Header(html, figures, texts, n);
        Input(html, figures, texts, n);
        Baseline(html, figures, texts, n);
        Aging(html, figures, texts, n);
        Segments(html, figures, texts, n);
        RollRates(html, figures, texts, n);
        CureRates(html, figures, texts, n);
        Ledger(html, figures, texts, n);
        Kpis(html, figures, texts, n);
        Quality(html, figures, texts, n);
        Onboarding(html, figures, texts, n);
        Method(html, texts);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        var hijri = ReportDates.Hijri(f.AsOf);
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Html.E(t["report.title"])} · {Html.E(f.Portfolio.Creditor)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{t.FormatHtml("report.subtitle", ("as_of", Html.Ltr(f.AsOf)))} <span class=\"muted\">({t.FormatHtml("report.hijri", ("hijri", Html.Ltr(hijri)))})</span></p>");
        if (f.AgedPeriod is { } aged)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted small\">{t.FormatHtml("report.aged_period", ("period", Html.Ltr(aged)))}</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted small\">{t.FormatHtml("report.generated", ("file", Html.Ltr(f.Input.File)), ("sha", Html.Ltr(f.Input.Sha256[..Math.Min(16, f.Input.Sha256.Length)] + "…")))}</p></header>\n");
        var b = f.ReceivablesBaseline;
        html.Append("<section class=\"cards\">");
        Card(html, t["card.accounts"], n.Count(f.Portfolio.Accounts), null);
        Card(html, t["card.debt"] + " (" + b.Currency + ")", n.Whole(b.TotalDebt), null);
        Card(html, t["card.past_due"], n.Whole(b.PastDue), n.Percent(b.PastDueShare));
        Card(html, t["card.over_90"], n.Whole(b.Over90), n.Percent(b.Over90Share));
        Card(html, t["card.credit"], n.Whole(f.CreditBalances.Amount), t.Format("count.accounts", ("count", n.Count(f.CreditBalances.Accounts))));
        html.Append("</section>\n");
    }

    /// <summary>Links to the onboarding documents written beside the report, with their headline figures.</summary>
    private static void Onboarding(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        var p = f.FeeProposal;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"onboarding\"><h2>{Html.E(t["section.onboarding"])}</h2><p class=\"note\">{Html.E(t["onboarding.note"])}</p><ul>");
        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"roadmap.html\">{t.FormatHtml("onboarding.roadmap", ("tasks", Html.E(n.Count(f.Roadmap.Tasks.Count))), ("start", Html.Ltr(f.Roadmap.Start)), ("end", Html.Ltr(f.Roadmap.End)))}</a></li>");
        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"fee-proposal.html\">{t.FormatHtml("onboarding.fees", ("fees", Html.Ltr(n.Amount(p.Total.Fees) + " " + p.Currency)), ("collections", Html.Ltr(n.Whole(p.Total.ProjectedCollections) + " " + p.Currency)))}</a></li>");
        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"nda.html\">{t.FormatHtml("onboarding.nda", ("creditor", $"<bdi>{Html.E(f.Nda.Creditor.Name)}</bdi>"), ("collector", $"<bdi>{Html.E(f.Nda.Collector.Name)}</bdi>"))}</a></li>");
        html.Append("</ul></section>\n");
    }

    private static void Card(StringBuilder html, string label, string value, string? note) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><div class=\"label\">{Html.E(label)}</div><div class=\"value\">{Html.E(value)}</div>{(note is null ? string.Empty : $"<div class=\"note\">{Html.E(note)}</div>")}</div>");

    private static void Input(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["section.input"])}</h2><table class=\"kv\">");
        Row(html, t["input.file"], $"{f.Input.File} ({n.Count((int)Math.Min(int.MaxValue, f.Input.Bytes))} B) · SHA-256 {f.Input.Sha256}");
        Row(html, t["input.shape"], f.Input.Shape + (f.Input.Sheet is null ? string.Empty : $" · {f.Input.Sheet}"));
        Row(html, t["input.encoding"], f.Input.Encoding);
        Row(html, t["input.mapping"], f.Input.Mapping ?? "—");
        Row(html, t["input.currency"], f.Input.Currency);
        Row(html, t["input.rows"], $"{n.Count(f.DataQuality.RowsRead)} / {n.Count(f.DataQuality.RowsAccepted)} / {n.Count(f.DataQuality.RowsRejected)}");
        if (f.Portfolio.Periods.Count > 0)
        {
            Row(html, t["input.periods"], $"{f.Portfolio.Periods[0]} … {f.Portfolio.Periods[^1]} ({f.Portfolio.Periods.Count})", ltr: true);
        }

        if (f.Input.Notes.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(t["input.notes"])}</th><td><ul class=\"notes\">{string.Concat(f.Input.Notes.Select(note => $"<li><bdi>{Html.E(note)}</bdi></li>"))}</ul></td></tr>");
        }

        html.Append("</table></section>\n");
    }

    private static void Row(StringBuilder html, string key, string value, bool ltr = false) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(key)}</th><td>{(ltr ? Html.Ltr(value) : $"<bdi>{Html.E(value)}</bdi>")}</td></tr>");
}
