using System.Globalization;
using System.Text;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment.Rendering;

public static partial class HtmlReport
{
    private const int RejectedRowsShown = 50;

    private static void Ledger(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        if (f.LedgerHistory.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"ledger\"><h2>{Html.E(t["section.ledger"])}</h2><p class=\"note\">{Html.E(t["ledger.note"])}</p>");
        var months = f.LedgerHistory.Select(m => m.MonthEnd[..7]).ToList();
        html.Append(SvgCharts.Lines(months, [(t["col.dso"], f.LedgerHistory.Select(m => m.DaysSalesOutstanding).ToList())], t["col.dso"], v => n.Fixed(v, 0), t.IsArabic));
        html.Append(SvgCharts.Lines(months, [(t["col.cei"], f.LedgerHistory.Select(m => m.CollectionEffectivenessIndex).ToList())], t["col.cei"], v => n.Fixed(v, 0), t.IsArabic));
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Html.E(t["col.month_end"])}</th><th class=\"num\">{Html.E(t["col.open_items"])}</th><th class=\"num\">{Html.E(t["col.opening"])}</th><th class=\"num\">{Html.E(t["col.sales"])}</th><th class=\"num\">{Html.E(t["col.closing"])}</th><th class=\"num\">{Html.E(t["col.closing_current"])}</th><th class=\"num\">{Html.E(t["col.dso"])}</th><th class=\"num\">{Html.E(t["col.cei"])}</th></tr></thead><tbody>");
        foreach (var m in f.LedgerHistory)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Ltr(m.MonthEnd)}</th><td class=\"num\">{n.Count(m.OpenItems)}</td><td class=\"num\">{n.Amount(m.OpeningReceivables)}</td><td class=\"num\">{n.Amount(m.CreditSales)}</td><td class=\"num\">{n.Amount(m.ClosingReceivables)}</td><td class=\"num\">{n.Amount(m.ClosingCurrent)}</td><td class=\"num\">{n.Fixed(m.DaysSalesOutstanding, 1)}</td><td class=\"num\">{n.Fixed(m.CollectionEffectivenessIndex, 1)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Kpis(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"kpis\"><h2>{Html.E(t["section.kpis"])}</h2><p class=\"note\">{Html.E(t["kpi.note"])}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"kpis\"><thead><tr><th>{Html.E(t["col.kpi"])}</th><th>{Html.E(t["col.definition"])}</th><th>{Html.E(t["col.baseline"])}</th><th>{Html.E(t["col.target"])}</th></tr></thead><tbody>");
        foreach (var k in f.Kpis)
        {
            var baseline = k.Baseline is { Value: not null } b ? (k.Unit == "days" ? n.Fixed(b.Value, 1) : n.Percent(b)) : t["report.na"];
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(k.Title)}</th><td class=\"small\">{Html.E(k.Definition)}</td><td class=\"baseline\"><div class=\"value\">{Html.E(baseline)}</div>{(k.BaselineNote is null ? string.Empty : $"<div class=\"muted small\"><bdi>{Html.E(k.BaselineNote)}</bdi></div>")}</td><td class=\"small\">{Html.E(k.Target)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Quality(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        var q = f.DataQuality;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"quality\"><h2>{Html.E(t["section.quality"])}</h2>");
        if (q.Findings.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.E(t["quality.findings"])}</h3><table><thead><tr><th>{Html.E(t["col.finding"])}</th><th>{Html.E(t["col.count"])}</th><th>{Html.E(t["col.example"])}</th></tr></thead><tbody>");
            foreach (var finding in q.Findings)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr class=\"sev-{Html.E(finding.Severity)}\"><td>{Html.E(finding.Message)}</td><td class=\"num\">{n.Count(finding.Count)}</td><td class=\"small\">{Html.Ltr(finding.Example ?? string.Empty)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (q.Normalisations.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.E(t["quality.normalisations"])}</h3><table class=\"kv\">");
            foreach (var (kind, count) in q.Normalisations)
            {
                Row(html, kind, n.Count(count));
            }

            html.Append("</table>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.E(t["quality.rejected"])}</h3>");
        RowIssues(html, q.RejectedRows, q.RowsRejected, "quality.none_rejected", "quality.more_rejected", t, n);
        html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.E(t["quality.warnings"])}</h3>");
        RowIssues(html, q.WarningRows, q.Warnings, "quality.none_warnings", "quality.more_warnings", t, n);

        html.Append("</section>\n");
    }

    private static void RowIssues(StringBuilder html, IReadOnlyList<RowIssueFigure> rows, int total, string noneKey, string moreKey, ReportTexts t, NumberFormat n)
    {
        if (total == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Html.E(t[noneKey])}</p>");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th class=\"num\">{Html.E(t["col.row"])}</th><th>{Html.E(t["col.column"])}</th><th>{Html.E(t["col.value"])}</th><th>{Html.E(t["col.reason"])}</th></tr></thead><tbody>");
        foreach (var r in rows.Take(RejectedRowsShown))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{n.Count(r.Row)}</td><td><bdi>{Html.E(r.Column)}</bdi></td><td><bdi>{Html.E(r.Value)}</bdi></td><td>{Html.E(r.Reason)}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (total > Math.Min(RejectedRowsShown, rows.Count))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{Html.E(t.Format(moreKey, ("more", n.Count(total - Math.Min(RejectedRowsShown, rows.Count)))))}</p>");
        }
    }

    private static void Method(StringBuilder html, ReportTexts t) =>
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"method\"><h2>{Html.E(t["section.method"])}</h2><ul><li>{Html.E(t["method.dpd"])}</li><li>{Html.E(t["method.roll_state"])}</li><li>{Html.E(t["method.na"])}</li></ul></section>\n");

    internal const string Styles = """
        :root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --accent:#0f766e; }
        * { box-sizing: border-box; }
        body { margin:0; font-family: "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, "DejaVu Sans", sans-serif; color:var(--ink); background:#f8fafc; line-height:1.45; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px; background:#fff; }
        h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); }
        h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 16px; margin: 16px 0 6px; }
        .nowrap { white-space: nowrap; } ul.notes { margin:0; padding-inline-start: 16px; }
        thead th.num { text-align: end; }
        table.kpis td.baseline { width: 22%; } table.kpis td.baseline .value { text-align: end; font-variant-numeric: tabular-nums; }
        .sub { margin: 0; font-size: 15px; } .muted { color: var(--muted); } .small { font-size: 12px; }
        .cards { display:flex; flex-wrap:wrap; gap:12px; margin: 16px 0; }
        .card { flex: 1 1 170px; border:1px solid var(--line); border-radius:8px; padding:10px 14px; }
        .card .label { font-size:12px; color:var(--muted); } .card .value { font-size:22px; font-weight:600; } .card .note { font-size:12px; color:var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: start; vertical-align: top; }
        thead th { background: #f1f5f9; font-weight: 600; }
        td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
        table.kv th { width: 28%; color: var(--muted); font-weight: normal; }
        .note { color: var(--muted); font-size: 13px; }
        .chart { width: 100%; max-width: 720px; height: auto; display:block; margin: 8px auto; }
        .grid { display:grid; grid-template-columns: repeat(auto-fit, minmax(470px, 1fr)); gap: 16px; }
        figure.matrix { margin:0; } figure.matrix figcaption { font-weight:600; margin-bottom:4px; }
        table.heat td { text-align:center; font-size:12px; min-width: 44px; }
        table.segments ul { margin:0; padding-inline-start: 16px; }
        .bar { height:6px; background:var(--line); border-radius:3px; margin-top:3px; } .bar span { display:block; height:6px; background:var(--accent); border-radius:3px; }
        tr.sev-warning td:first-child { border-inline-start: 3px solid #b45309; } tr.sev-info td:first-child { border-inline-start: 3px solid #1d4ed8; }
        @media print { body { background:#fff; } main { padding:0; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
        """;
}
