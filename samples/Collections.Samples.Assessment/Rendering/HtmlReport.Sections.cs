using System.Globalization;
using System.Text;
using Collections.Samples.Assessment.Figures;

namespace Collections.Samples.Assessment.Rendering;

public static partial class HtmlReport
{
    private static void Baseline(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        var b = f.ReceivablesBaseline;
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["section.baseline"])}</h2><table><thead><tr><th></th><th class=\"num\">{Html.E(t["col.balance"])} ({Html.E(b.Currency)})</th><th class=\"num\">{Html.E(t["col.share"])}</th></tr></thead><tbody>");
        void Line(string label, decimal value) =>
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(label)}</th><td class=\"num\">{n.Amount(value)}</td><td class=\"num\">{n.Percent(b.TotalDebt == 0 ? null : value / b.TotalDebt)}</td></tr>");
        Line(t["card.debt"], b.TotalDebt);
        Line(t["card.past_due"], b.PastDue);
        Line(t.Format("baseline.over", ("days", "30")), b.Over30);
        Line(t.Format("baseline.over", ("days", "60")), b.Over60);
        Line(t.Format("baseline.over", ("days", "90")), b.Over90);
        html.Append("</tbody></table></section>\n");
    }

    private static void Aging(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"aging\"><h2>{Html.E(t["section.aging"])}</h2>");
        foreach (var currency in f.AgingByCurrency)
        {
            var bars = currency.Buckets.Select(b => (Label: b.Bucket == "current" ? t["state.current"] : b.Bucket, b.Balance, ValueText: n.Whole(b.Balance), Caption: t.Format("count.accounts", ("count", n.Count(b.Accounts))))).ToList();
            html.Append(SvgCharts.Bars(bars, t["chart.balance_by_bucket"] + " (" + currency.Currency + ")", t.IsArabic));
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Html.E(t["col.bucket"])}</th><th class=\"num\">{Html.E(t["col.accounts"])}</th><th class=\"num\">{Html.E(t["col.items"])}</th><th class=\"num\">{Html.E(t["col.balance"])} ({Html.E(currency.Currency)})</th><th class=\"num\">{Html.E(t["col.share"])}</th></tr></thead><tbody>");
            foreach (var b in currency.Buckets)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th><span class=\"nowrap\">{BucketLabel(b.Bucket, t)}</span></th><td class=\"num\">{n.Count(b.Accounts)}</td><td class=\"num\">{n.Count(b.Items)}</td><td class=\"num\">{n.Amount(b.Balance)}</td><td class=\"num\">{n.Percent(b.ShareOfBalance)}</td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"total\"><th>{Html.E(t["col.total"])}</th><td></td><td class=\"num\">{n.Count(currency.Buckets.Sum(b => b.Items))}</td><td class=\"num\">{n.Amount(currency.TotalDebt)}</td><td class=\"num\">{n.Percent(currency.TotalDebt == 0 ? null : 1m)}</td></tr></tbody></table>");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{t.FormatHtml("aging.note", ("credit_accounts", Html.E(n.Count(currency.CreditBalances.Accounts))), ("credit_amount", Html.Ltr(n.Amount(currency.CreditBalances.Amount) + " " + currency.Currency)))}</p>");
        }

        html.Append("</section>\n");
    }

    private static void Segments(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        if (f.Segments.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"segments\"><h2>{Html.E(t["section.segments"])}</h2><p class=\"note\">{Html.E(t["segments.note"])}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"segments\"><thead><tr><th>{Html.E(t["col.priority"])}</th><th>{Html.E(t["col.segment"])}</th><th>{Html.E(t["col.accounts"])}</th><th>{Html.E(t["col.balance"])}</th><th>{Html.E(t["col.channels"])}</th><th>{Html.E(t["col.reasons"])}</th></tr></thead><tbody>");
        foreach (var s in f.Segments.OrderBy(s => s.Priority))
        {
            var mix = s.ChannelMix.Count == 0
                ? t["segments.no_contact"]
                : string.Join(" · ", s.ChannelMix.Where(c => c.Value > 0).Select(c => $"{ChannelTitle(c.Key, t)} {n.Percent(c.Value, 0)}"));
            var share = (double)(s.ShareOfBalance.Value ?? 0m) * 100;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{n.Count(s.Priority)}</td><th>{Html.E(s.Title)}</th><td class=\"num\">{n.Count(s.Accounts)}<div class=\"muted small\">{n.Percent(s.ShareOfAccounts)}</div></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{n.Whole(s.Balance)}<div class=\"bar\"><span style=\"width:{share:F1}%\"></span></div><div class=\"muted small\">{n.Percent(s.ShareOfBalance)}</div></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Html.E(mix)}</td><td><ul>{string.Concat(s.Reasons.Select(r => $"<li>{Html.E(r)}</li>"))}</ul></td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void RollRates(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"roll-rates\"><h2>{Html.E(t["section.roll_rates"])}</h2>");
        if (f.RollRates.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.E(t["roll.none"])}</p></section>\n");
            return;
        }

        var units = string.Join(" / ", f.RollRates.Select(r => t["unit." + r.Unit]).Distinct());
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.E(t.Format("roll.note", ("unit", units)))}</p>");
        if (f.AgedPeriod is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.E(t["roll.status_wins"])}</p>");
        }

        html.Append("<div class=\"grid\">");

        // Snapshot files have a handful of matrices: show all. Ledgers have one per month: show the last six.
        foreach (var matrix in f.RollRates.Where(r => r.Accounts.Count > 0).GroupBy(r => r.Unit).SelectMany(g => g.TakeLast(6)))
        {
            // Every row lists every state in the canonical order (buckets, then paid): use it for the columns.
            var columns = matrix.Accounts.Values.First().Keys.ToList();
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"matrix\"><figcaption>{PeriodRange(matrix.From, matrix.To)} · {Html.E(t["unit." + matrix.Unit])}</figcaption><table class=\"heat\"><thead><tr><th>{Html.E(t["col.from"])}</th>");
            foreach (var c in columns)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th><span class=\"nowrap\">{BucketLabel(c, t)}</span></th>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<th>{Html.E(t["col.forward"])}</th></tr></thead><tbody>");
            foreach (var (from, row) in matrix.Accounts)
            {
                var total = row.Values.Sum();
                html.Append(CultureInfo.InvariantCulture, $"<tr><th><span class=\"nowrap\">{BucketLabel(from, t)}</span> <span class=\"muted small\">({n.Count(total)})</span></th>");
                foreach (var c in columns)
                {
                    var count = row.TryGetValue(c, out var v) ? v : 0;
                    decimal? share = total == 0 ? null : (decimal)count / total;
                    html.Append(CultureInfo.InvariantCulture, $"<td style=\"{HeatScale.Style(share)}\" title=\"{count}\">{(count == 0 ? "·" : n.Percent(share, 1))}</td>");
                }

                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(matrix.ForwardRoll.TryGetValue(from, out var fwd) ? n.Percent(fwd) : string.Empty)}</td></tr>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p class=\"muted small\">{Html.E(t.Format("roll.entered_left", ("entered", n.Count(matrix.Entered)), ("left", n.Count(matrix.Left))))}</p></figure>");
        }

        html.Append("</div></section>\n");
    }

    private static void CureRates(StringBuilder html, AssessmentFigures f, ReportTexts t, NumberFormat n)
    {
        if (f.CureRates.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"cure-rates\"><h2>{Html.E(t["section.cure_rates"])}</h2><p class=\"note\">{Html.E(t["cure.note"])}</p>");
        foreach (var unit in f.CureRates.Select(c => c.Unit).Distinct())
        {
            var cures = f.CureRates.Where(c => c.Unit == unit).ToList();
            var rolls = f.RollRates.Where(r => r.Unit == unit).ToList();
            var categories = cures.Select(c => c.To).ToList();
            var forward = cures.Select(c => rolls.FirstOrDefault(r => r.To == c.To) is { } r ? PooledForward(r) : null).ToList();
            html.Append(SvgCharts.Lines(
                categories,
                [(t["col.cure"], cures.Select(c => c.Overall.Value).ToList()), (t["col.forward"], forward)],
                t["chart.cure_trend"] + " · " + t["unit." + unit],
                v => n.Percent(v, 0),
                t.IsArabic));
            var buckets = cures.SelectMany(c => c.ByBucket.Keys).Distinct().ToList();
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Html.E(t["col.period"])}</th><th class=\"num\">{Html.E(t["col.cure"])}</th>");
            foreach (var b in buckets)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\"><span class=\"nowrap\">{BucketLabel(b, t)}</span></th>");
            }

            html.Append("</tr></thead><tbody>");
            foreach (var c in cures)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{PeriodRange(c.From, c.To)}</th><td class=\"num\">{n.Percent(c.Overall)} <span class=\"muted small\">({n.Whole(c.Overall.Numerator)}/{n.Whole(c.Overall.Denominator)})</span></td>");
                foreach (var b in buckets)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(c.ByBucket.TryGetValue(b, out var r) ? n.Percent(r) : string.Empty)}</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>\n");
    }

    private static string ChannelTitle(string code, ReportTexts t) =>
        Collections.Core.Channel.TryFromCode(code, out var channel) ? channel.Title.In(t.Language) : code;

    private static decimal? PooledForward(RollRateFigure matrix)
    {
        decimal numerator = 0, denominator = 0;
        foreach (var rate in matrix.ForwardRoll.Values)
        {
            numerator += rate.Numerator;
            denominator += rate.Denominator;
        }

        return denominator == 0 ? null : numerator / denominator;
    }

    /// <summary>A state or bucket label as HTML: the words paid and current translated, ranges kept left to right.</summary>
    private static string BucketLabel(string label, ReportTexts t) => label switch
    {
        "paid" => Html.E(t["state.paid"]),
        "current" => Html.E(t["state.current"]),
        _ => Html.Ltr(label),
    };

    private static string PeriodRange(string from, string to) => Html.Ltr(from + " → " + to);
}
