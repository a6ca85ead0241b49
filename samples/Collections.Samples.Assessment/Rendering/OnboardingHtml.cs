using System.Globalization;
using System.Text;
using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Onboarding;
using NodaTime;
using NodaTime.Text;

namespace Collections.Samples.Assessment.Rendering;

/// <summary>Renders the onboarding documents as self-contained pages (inline CSS, no scripts): the roadmap and the fee
/// proposal in the run's language (Arabic right to left with <c>--lang ar</c>), the NDA template in Arabic and English side by side.</summary>
public static class OnboardingHtml
{
    private const string ExtraStyles = """
        .timeline { table-layout: fixed; } .timeline th.task { width: 34%; } .timeline td { padding: 0; height: 22px; border-inline-start: 1px solid var(--line); }
        .timeline td.weekend { background: repeating-linear-gradient(45deg, #f8fafc, #f8fafc 4px, #eef2f7 4px, #eef2f7 8px); }
        .timeline td.on { background: var(--accent); } .timeline th.day { font-size: 11px; text-align: center; padding: 2px; }
        [dir="rtl"] .timeline th.day { font-size: 9px; }
        td.exit { font-size: 12px; } .nowrap { white-space: nowrap; } bdi[dir="ltr"] { white-space: nowrap; }
        .banner { border: 2px solid #b45309; background: #fffbeb; color: #7c2d12; padding: 10px 14px; border-radius: 6px; font-weight: 600; margin: 12px 0; }
        .banner p { margin: 4px 0; }
        .bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
        .bilingual > div { padding: 6px 0; border-bottom: 1px solid var(--line); }
        .bilingual h3 { margin: 10px 0 4px; font-size: 15px; }
        .bilingual p { margin: 0 0 6px; text-align: justify; }
        [lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
        .parties td, .parties th { width: 25%; } .sign td { height: 48px; }
        ol.assumptions li, ul.terms li { margin-bottom: 4px; }
        @media print { .banner { break-inside: avoid; } .bilingual > div { break-inside: avoid; } }
        """;

    /// <summary>roadmap.html: the tasks with owners and exits, and a 14-day timeline.</summary>
    public static string Roadmap(AssessmentFigures f, ReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        var n = t.Numbers();
        var r = f.Roadmap;
        var html = Open(t["roadmap.title"] + " — " + f.Portfolio.Creditor, t);
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Html.E(t["roadmap.title"])} · {Html.E(f.Portfolio.Creditor)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{t.FormatHtml("roadmap.subtitle", ("start", Html.Ltr(r.Start)), ("end", Html.Ltr(r.End)))}</p>");
        var segments = f.Segments;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted small\">{Html.Mixed(t.Format(
            "roadmap.basis",
            ("accounts", n.Count(f.Portfolio.Accounts)),
            ("segments", n.Count(segments.Count(s => s.ChannelMix.Count > 0))),
            ("tracing", n.Count(segments.FirstOrDefault(s => s.Id == "tracing")?.Accounts ?? 0)),
            ("disputes", n.Count(segments.FirstOrDefault(s => s.Id == "dispute")?.Accounts ?? 0)),
            ("escalation", n.Count(segments.FirstOrDefault(s => s.Id == "escalation-review")?.Accounts ?? 0))))}</p></header>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section><table><thead><tr><th class=\"num\">{Html.E(t["col.day"])}</th><th>{Html.E(t["col.dates"])}</th><th>{Html.E(t["col.task"])}</th><th>{Html.E(t["col.owner"])}</th><th>{Html.E(t["col.exit"])}</th></tr></thead><tbody>");
        foreach (var task in r.Tasks)
        {
            var dates = task.Starts == task.Due ? DateWithDay(task.Due, t) : DateWithDay(task.Starts, t) + (t.IsArabic ? " ← " : " → ") + DateWithDay(task.Due, t);
            var about = task.Segments.Count == 0 ? string.Empty : $"<div class=\"muted small\">{Html.E(t.Format("roadmap.segments", ("segments", string.Join(", ", task.Segments))))}</div>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{n.Count(task.Day)}</td><td class=\"nowrap small\">{dates}</td><th>{Html.Mixed(task.Title)}{about}</th><td class=\"small\">{Html.E(task.Owner)}</td><td class=\"exit\">{Html.Mixed(task.Exit)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");

        // The timeline: a column per calendar day, weekends hatched, each task's days filled.
        var start = LocalDatePattern.Iso.Parse(r.Start).Value;
        var days = Enumerable.Range(0, 14).Select(start.PlusDays).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["roadmap.timeline"])}</h2><table class=\"timeline\"><thead><tr><th class=\"task\"></th>");
        foreach (var day in days)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"day\">{Html.Ltr(day.ToString("dd", CultureInfo.InvariantCulture))}<br>{Html.E(t.IsArabic ? Weekday(day, t) : Weekday(day, t)[..3])}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var task in r.Tasks)
        {
            var from = LocalDatePattern.Iso.Parse(task.Starts).Value;
            var to = LocalDatePattern.Iso.Parse(task.Due).Value;
            html.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"small\">{Html.Mixed(task.Title)}</th>");
            foreach (var day in days)
            {
                var weekend = day.DayOfWeek is IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday;
                var on = day >= from && day <= to && !weekend;
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{(on ? "on" : weekend ? "weekend" : string.Empty)}\"></td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>\n");
        return Close(html);
    }

    /// <summary>fee-proposal.html: the fee structure, the projection per segment, totals and every assumption.</summary>
    public static string FeeProposal(AssessmentFigures f, ReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        var n = t.Numbers();
        var p = f.FeeProposal;
        var html = Open(t["fee.title"] + " — " + f.Portfolio.Creditor, t);
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{Html.E(t["fee.title"])} · {Html.E(f.Portfolio.Creditor)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{t.FormatHtml("fee.subtitle", ("as_of", Html.Ltr(f.AsOf)))}</p></header>\n");
        html.Append("<section class=\"cards\">");
        Card(html, t["card.collections"] + " (" + p.Currency + ")", n.Whole(p.Total.ProjectedCollections));
        Card(html, t["card.fees"] + " (" + p.Currency + ")", n.Amount(p.Total.Fees));
        Card(html, t["col.vat"] + " (" + p.Currency + ")", n.Amount(p.Total.Vat));
        Card(html, t["card.fees_total"] + " (" + p.Currency + ")", n.Amount(p.Total.Total));
        Card(html, t["card.fee_share"], n.Percent(p.Total.FeesShareOfCollections, 2));
        html.Append("</section>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["fee.section.terms"])}</h2><ul class=\"terms\"><li>{Html.E(t["fee.terms.earned"])}</li><li>{Html.E(t["fee.terms.statement"])}</li><li>{Html.E(t["fee.terms.clawback"])}</li></ul></section>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["fee.section.structure"])}</h2>");
        foreach (var s in p.Schedules)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{t.FormatHtml("fee.schedule", ("id", Html.Ltr(s.Id)), ("track", Html.E(TrackTitle(s.Track, t))))}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Html.E(t["col.tier"])}</th><th>{Html.E(t["col.age_at_placement"])}</th><th>{Html.E(t["col.placed_balance"])} ({Html.E(p.Currency)})</th><th class=\"num\">{Html.E(t["col.percent"])}</th></tr></thead><tbody>");
            foreach (var tier in s.Tiers)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Ltr(tier.Code)}</th><td>{Html.Ltr(Range(tier.MinDays, tier.MaxDays, v => n.Count(v), t))}</td><td>{Html.Ltr(tier.MinBalance is null && tier.BelowBalance is null ? t["fee.any"] : BalanceRange(tier.MinBalance, tier.BelowBalance, n))}</td><td class=\"num\">{n.Fixed(tier.Percent, 2)}%</td></tr>");
            }

            html.Append("</tbody></table>");
            if (s.StageFees.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{Html.E(t["col.stage"])}</th><th class=\"num\">{Html.E(t["col.fixed_fee"])} ({Html.E(p.Currency)})</th></tr></thead><tbody>");
                foreach (var stage in s.StageFees)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Ltr(stage.Stage)}</th><td class=\"num\">{n.Amount(stage.Fee)}</td></tr>");
                }

                html.Append("</tbody></table>");
            }

            string Limit(decimal? amount) => amount is { } a ? n.Amount(a) + " " + p.Currency : t["fee.none"];
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Mixed(t.Format(
                "fee.terms.limits",
                ("min_payment", Limit(s.MinimumPerPayment)),
                ("cap_payment", Limit(s.CapPerPayment)),
                ("min_statement", Limit(s.MinimumPerStatement)),
                ("cap_statement", Limit(s.CapPerStatement)),
                ("vat", n.Fixed(s.VatPercent, 0)),
                ("direct", t[s.DirectPaymentsEarn ? "fee.direct.earn" : "fee.direct.none"])))}</p>");
        }

        html.Append("</section>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["fee.section.projection"])}</h2><table><thead><tr><th>{Html.E(t["col.segment"])}</th><th>{Html.E(t["col.track"])}</th><th>{Html.E(t["col.tier"])}</th><th class=\"num\">{Html.E(t["col.accounts"])}</th><th class=\"num\">{Html.E(t["col.balance"])}</th><th class=\"num\">{Html.E(t["col.age_at_placement"])}</th><th class=\"num\">{Html.E(t["col.recovery"])}</th><th class=\"num\">{Html.E(t["col.collections"])}</th><th class=\"num\">{Html.E(t["col.percent"])}</th><th class=\"num\">{Html.E(t["col.percentage_fee"])}</th><th class=\"num\">{Html.E(t["col.stage_fees"])}</th><th class=\"num\">{Html.E(t["col.fees"])}</th></tr></thead><tbody>");
        foreach (var l in p.Lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Mixed(l.Title)}</th><td class=\"small\">{Html.E(TrackTitle(l.Track, t))}</td><td>{Html.Ltr(l.Tier)}</td><td class=\"num\">{n.Count(l.Accounts)}</td><td class=\"num\">{n.Whole(l.Balance)}</td><td class=\"num\">{n.Count(l.AgeAtPlacement)}</td><td class=\"num\">{n.Fixed(l.ExpectedRecoveryPercent, 0)}%</td><td class=\"num\">{n.Amount(l.ProjectedCollections)}</td><td class=\"num\">{n.Fixed(l.Percent, 2)}%</td><td class=\"num\">{n.Amount(l.PercentageFee)}</td><td class=\"num\">{n.Amount(l.StageFees)}</td><td class=\"num\">{n.Amount(l.Fees)}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["fee.section.totals"])} ({Html.E(p.Currency)})</h2><table><thead><tr><th>{Html.E(t["col.track"])}</th><th class=\"num\">{Html.E(t["col.accounts"])}</th><th class=\"num\">{Html.E(t["col.balance"])}</th><th class=\"num\">{Html.E(t["col.collections"])}</th><th class=\"num\">{Html.E(t["col.fees"])}</th><th class=\"num\">{Html.E(t["col.vat"])}</th><th class=\"num\">{Html.E(t["col.fees_total"])}</th><th class=\"num\">{Html.E(t["col.fee_share"])}</th></tr></thead><tbody>");
        foreach (var total in p.Tracks.Append(p.Total))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr{(total.Track is null ? " class=\"total\"" : string.Empty)}><th>{Html.E(total.Track is null ? t["col.total"] : TrackTitle(total.Track, t))}</th><td class=\"num\">{n.Count(total.Accounts)}</td><td class=\"num\">{n.Whole(total.Balance)}</td><td class=\"num\">{n.Amount(total.ProjectedCollections)}</td><td class=\"num\">{n.Amount(total.Fees)}</td><td class=\"num\">{n.Amount(total.Vat)}</td><td class=\"num\">{n.Amount(total.Total)}</td><td class=\"num\">{n.Percent(total.FeesShareOfCollections, 2)}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (p.NotPriced.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{Html.E(t["fee.section.not_priced"])}</h3><table><tbody>");
            foreach (var np in p.NotPriced)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Mixed(np.Title)}</th><td class=\"num\">{n.Count(np.Accounts)}</td><td class=\"num\">{n.Whole(np.Balance)}</td><td>{Html.E(np.Reason)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section>\n");
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{Html.E(t["fee.section.assumptions"])}</h2><ol class=\"assumptions small\">{string.Concat(p.Assumptions.Select(a => $"<li>{Html.Mixed(a)}</li>"))}</ol></section>\n");
        return Close(html);
    }

    /// <summary>nda.html: the mutual NDA template, Arabic and English side by side, marked as a template for counsel.</summary>
    public static string Nda(AssessmentFigures f, ReportTexts t)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(t);
        var nda = f.Nda;
        var title = NdaTemplate.Text("title");
        var html = Open(title.Arabic + " — " + title.English, t);

        // Each pair in the page's reading order: Arabic first (on the right) in an Arabic page, English first otherwise.
        void Pair(string english, string arabic, string tag)
        {
            var ar = $"<div lang=\"ar\" dir=\"rtl\"><{tag}>{arabic}</{tag}></div>";
            var en = $"<div lang=\"en\" dir=\"ltr\"><{tag}>{english}</{tag}></div>";
            html.Append(t.IsArabic ? ar + en : en + ar);
        }

        var banner = NdaTemplate.Text("banner");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"banner\" role=\"note\"><p lang=\"ar\" dir=\"rtl\">{Html.E(banner.Arabic)}</p><p lang=\"en\" dir=\"ltr\">{Html.E(banner.English)}</p></div>\n");
        html.Append("<div class=\"bilingual\">");
        Pair(Html.E(title.English), Html.E(title.Arabic), "h1");
        var dated = NdaTemplate.Text("dated");
        Pair(
            Html.E(dated.English).Replace("{date}", Html.Ltr(nda.Date), StringComparison.Ordinal).Replace("{hijri}", Html.Ltr(nda.HijriDate), StringComparison.Ordinal),
            Html.E(dated.Arabic).Replace("{date}", Html.Ltr(nda.Date), StringComparison.Ordinal).Replace("{hijri}", Html.Ltr(nda.HijriDate), StringComparison.Ordinal),
            "p");
        for (var i = 0; i < nda.Clauses.Count; i++)
        {
            var clause = nda.Clauses[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var (english, arabic) = NdaTemplate.ClauseHtml(clause.Id, nda);
            Pair(
                $"<h3>{number}. {Html.E(clause.TitleEn)}</h3><p>{english}</p>",
                $"<h3>{number}. {Html.E(clause.TitleAr)}</h3><p>{arabic}</p>",
                "div");
        }

        html.Append("</div>\n");

        // Signature block: one column per party, labels in both languages.
        string Label(string key) => $"{Html.E(NdaTemplate.Text(key).Arabic)} / {Html.E(NdaTemplate.Text(key).English)}";
        html.Append(CultureInfo.InvariantCulture, $"<section><table class=\"parties sign\"><thead><tr><th></th><th>{Label("party.creditor")}</th><th>{Label("party.collector")}</th></tr></thead><tbody>");
        string Cell(string value, bool given, string placeholder) => given ? $"<td><bdi>{Html.E(value)}</bdi></td>" : $"<td class=\"muted\">{Label(placeholder)}</td>";
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Label("party.name")}</th>{Cell(nda.Creditor.Name, nda.Creditor.NameGiven, "placeholder.collector")}{Cell(nda.Collector.Name, nda.Collector.NameGiven, "placeholder.collector")}</tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Label("party.address")}</th>{Cell(nda.Creditor.Address, nda.Creditor.AddressGiven, "placeholder.address")}{Cell(nda.Collector.Address, nda.Collector.AddressGiven, "placeholder.address")}</tr>");
        var blank = Label("placeholder.blank");
        foreach (var key in new[] { "party.registration", "party.signatory", "party.signature" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Label(key)}</th><td class=\"muted\">{blank}</td><td class=\"muted\">{blank}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
        return Close(html);
    }

    private static StringBuilder Open(string title, ReportTexts t)
    {
        var html = new StringBuilder(32 * 1024);
        var lang = t.IsArabic ? "ar" : "en";
        var dir = t.IsArabic ? "rtl" : "ltr";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(title)}</title>\n<style>{HtmlReport.Styles}\n{ExtraStyles}</style>\n</head>\n<body>\n<main>\n");
        return html;
    }

    private static string Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><div class=\"label\">{Html.E(label)}</div><div class=\"value\">{Html.E(value)}</div></div>");

    private static string DateWithDay(string isoDate, ReportTexts t)
    {
        var date = LocalDatePattern.Iso.Parse(isoDate).Value;
        return Html.E(Weekday(date, t)) + " " + Html.Ltr(isoDate);
    }

    private static string Weekday(LocalDate date, ReportTexts t) => t["weekday." + date.DayOfWeek.ToString().ToLowerInvariant()];

    private static string TrackTitle(string code, ReportTexts t) =>
        CollectionTrack.TryFromCode(code, out var track) ? track.Title.In(t.Language) : code;

    private static string Range(int? min, int? max, Func<int, string> format, ReportTexts t) => (min, max) switch
    {
        (null, null) => t["fee.any"],
        (null, { } high) => "≤ " + format(high),
        ({ } low, null) => format(low) + "+",
        ({ } low, { } high) => format(low) + "–" + format(high),
    };

    private static string BalanceRange(decimal? min, decimal? below, NumberFormat n) => (min, below) switch
    {
        (null or 0m, { } high) => "< " + n.Whole(high),
        ({ } low, null) => "≥ " + n.Whole(low),
        ({ } low, { } high) => n.Whole(low) + " – < " + n.Whole(high),
        _ => "–",
    };
}
