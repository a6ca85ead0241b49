using System.Globalization;
using System.Text;
using Collections.Samples.GovernanceReport.Report;

namespace Collections.Samples.GovernanceReport.Rendering;

internal static partial class GovernanceHtml
{
    private static void RollRates(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        var map = f.RollRates;
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"rolls\"><h2>{Html.E(t["section.rolls"])}</h2><p class=\"note\">{Html.E(t["rolls.note"])}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"heat\"><thead><tr><th>{Html.E(t["rolls.from_to"])}</th>");
        foreach (var to in map.States)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{Html.Ltr(Label(to, t))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        var states = map.States.ToList();
        foreach (var from in map.States)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.Ltr(Label(from, t))}</th>");
            foreach (var to in map.States)
            {
                var cell = map.Cells.First(c => c.From == from && c.To == to);
                var share = cell.Share / 100m;
                var forward = states.IndexOf(to) == states.IndexOf(from) + 1 && to != "paid" && from != "paid";
                var title = string.Create(CultureInfo.InvariantCulture, $"{Label(from, t)} → {Label(to, t)}: {cell.Accounts}");
                html.Append(CultureInfo.InvariantCulture,
                    $"<td style=\"{HeatScale.Style(share)}\"{(forward ? " class=\"forward\"" : string.Empty)} title=\"{Html.E(title)}\">{(cell.Accounts == 0 ? "·" : Html.Ltr(n.Percent(share, 1)))}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Segments(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"segments\"><h2>{Html.E(t["section.segments"])}</h2><p class=\"note\">{Html.E(t["segments.note"])}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\"><table><thead><tr><th>{Html.E(t["segments.segment"])}</th>");
        foreach (var period in f.Periods)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.Ltr(Short(f, period.Label))}</th>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{Html.E(t["segments.pooled"])}</th><th class=\"num\">{Html.E(t["segments.previous"])}</th></tr></thead><tbody>");
        foreach (var segment in f.Segments)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(Pick(segment.Name, t))}</td>");
            foreach (var roll in segment.Periods.Append(segment.Pooled).Append(segment.Previous))
            {
                var share = roll.Rate / 100m;
                html.Append(CultureInfo.InvariantCulture,
                    $"<td class=\"num\" style=\"{HeatScale.Style(share, (190, 18, 60))}\" title=\"{roll.AccountsRolled} / {roll.AccountsAtRisk}\">{Html.Ltr(n.Percent(share, 1))}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div></section>\n");
    }

    private static void Channels(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"channels\"><h2>{Html.E(t["section.channels"])}</h2><p class=\"note\">{Html.E(t["channels.note"])}</p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"scroll\"><table><thead><tr><th>{Html.E(t["channels.channel"])}</th><th class=\"num\">{Html.E(t["channels.attempts"])}</th><th class=\"num\">{Html.E(t["channels.rpc"])}</th><th class=\"num\">{Html.E(t["channels.rpc_rate"])}</th><th class=\"num\">{Html.E(t["channels.productive"])}</th><th class=\"num\">{Html.E(t["channels.productive_rate"])}</th><th class=\"num\">{Html.E(t["channels.unit_cost"])}</th><th class=\"num\">{Html.E(t["channels.cost"])}</th><th class=\"num\">{Html.E(t["channels.cost_per_productive"])}</th></tr></thead><tbody>");
        foreach (var c in f.Channels)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.E(Pick(c.Name, t))}</td><td class=\"num\">{Html.Ltr(n.Count(c.Attempts))}</td><td class=\"num\">{Html.Ltr(n.Count(c.RightPartyContacts))}</td><td class=\"num\">{Html.Ltr(Value(c.RightPartyContactRate, "percent", n))}</td><td class=\"num\">{Html.Ltr(n.Count(c.ProductiveContacts))}</td><td class=\"num\">{Html.Ltr(Value(c.ProductiveContactRate, "percent", n))}</td><td class=\"num\">{Html.Ltr(c.UnitCost is { } u ? n.Amount(u) : n.NotAvailable)}</td><td class=\"num\">{Html.Ltr(c.Cost is { } cost ? n.Whole(cost) : n.NotAvailable)}</td><td class=\"num\"><b>{Html.Ltr(c.CostPerProductiveContact is { } p ? n.Amount(p) : n.NotAvailable)}</b></td></tr>");
        }

        html.Append("</tbody></table></div>");
        var bars = f.Channels.Where(c => c.CostPerProductiveContact is not null)
            .Select(c => (Svg(Pick(c.Name, t), t), c.CostPerProductiveContact!.Value, n.Amount(c.CostPerProductiveContact.Value), Svg(t["channels.attempts"] + " " + n.Count(c.Attempts), t)))
            .ToList();
        if (bars.Count > 0)
        {
            html.Append(SvgCharts.Bars(bars, Svg(t.Format("channels.chart", ("currency", f.Currency)), t), t.IsArabic));
        }

        html.Append("</section>\n");
    }

    private static void Promises(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"promises\"><h2>{Html.E(t["section.promises"])}</h2><div class=\"grid\">");
        PromiseTable(html, t["promises.agent"], f.PromiseKept.ByAgent, f.PromiseKept.Pool, t, n);
        PromiseTable(html, t["promises.template"], f.PromiseKept.ByTemplate, f.PromiseKept.Pool, t, n);
        html.Append("</div></section>\n");
    }

    private static void PromiseTable(StringBuilder html, string heading, IReadOnlyList<PromiseKeptLineFigure> lines, PromiseKeptLineFigure pool, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<table class=\"promises\"><thead><tr><th>{Html.E(heading)}</th><th class=\"num\">{Html.E(t["promises.due"])}</th><th class=\"num\">{Html.E(t["promises.kept"])}</th><th class=\"num\">{Html.E(t["promises.rate"])}</th><th class=\"num\">{Html.E(t["promises.amount_rate"])}</th></tr></thead><tbody>");
        foreach (var line in lines.Append(pool))
        {
            var below = line != pool && line.KeptRate is { } r && pool.KeptRate is { } p && r < p;
            var width = Math.Clamp(line.KeptRate ?? 0m, 0m, 100m);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr{(line == pool ? " class=\"total\"" : below ? " class=\"below\"" : string.Empty)}><td>{Html.E(line == pool ? t["promises.pool"] : Pick(line.Name, t))}</td><td class=\"num\">{Html.Ltr(n.Count(line.PromisesDue))}</td><td class=\"num\">{Html.Ltr(n.Count(line.PromisesKept))}</td><td class=\"num\">{Html.Ltr(Value(line.KeptRate, "percent", n))}<div class=\"bar\"><span style=\"width:{width.ToString("0.#", CultureInfo.InvariantCulture)}%\"></span></div></td><td class=\"num\">{Html.Ltr(Value(line.KeptAmountRate, "percent", n))}</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Recommendations(StringBuilder html, GovernanceFigures f, CatalogTexts t, NumberFormat n)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"recommendations\"><h2>{Html.E(t["section.recommendations"])}</h2>");
        if (f.Recommendations.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.E(t["recommendations.none"])}</p>");
        }

        foreach (var r in f.Recommendations)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<article class=\"rec rec-{r.Kind}\"><h3>{Html.E(Pick(r.KindTitle, t))} · <bdi>{Html.E(Pick(r.SubjectName, t))}</bdi></h3><p>{WithSubject(Pick(r.Text, t), r, t)}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cols\"><div><h4>{Html.E(t["recommendations.evidence"])}</h4><ul>");
            foreach (var e in r.Evidence)
            {
                var value = Evidence(e, n);
                var ratio = e.Numerator is { } num && e.Denominator is { } den ? string.Create(CultureInfo.InvariantCulture, $" ({n.Fixed(num, 0)} / {n.Fixed(den, 0)})") : string.Empty;
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.E(Pick(e.Title, t))}: {Html.Ltr(value + ratio)}</li>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</ul></div><div><h4>{Html.E(t["recommendations.effect"])}</h4><p class=\"effect\">{Html.E(Pick(r.Effect.Title, t))}: {Html.Ltr(n.Fixed(r.Effect.Count, r.Effect.Count == decimal.Truncate(r.Effect.Count) ? 0 : 1))}");
            if (r.Effect.Amount is { } amount)
            {
                html.Append(CultureInfo.InvariantCulture, $" · {Html.Ltr(n.Amount(amount) + " " + f.Currency)}");
            }

            if (r.AccountIds.Count > 0)
            {
                const int shown = 12;
                html.Append(CultureInfo.InvariantCulture,
                    $"</p><p class=\"small ids\">{string.Join(" ", r.AccountIds.Take(shown).Select(Html.Ltr))}{(r.AccountIds.Count > shown ? " " + Html.Ltr("… +" + n.Count(r.AccountIds.Count - shown)) : string.Empty)}");
            }

            html.Append(CultureInfo.InvariantCulture, $"</p></div></div><p class=\"small\"><b>{Html.E(t["recommendations.estimate"])}:</b> {WithSubject(Pick(r.Estimate, t), r, t)}</p>");
            html.Append(CultureInfo.InvariantCulture,
                $"<p class=\"small muted\">{t.FormatHtml("recommendations.rule", ("rule", Html.Ltr(r.RuleId)))}{(r.SubjectAccounts > 0 ? " · " + t.FormatHtml("recommendations.accounts", ("count", Html.Ltr(n.Count(r.SubjectAccounts)))) : string.Empty)}</p></article>");
        }

        html.Append("</section>\n");
    }

    /// <summary>A recommendation's sentence as HTML: figures kept left to right (<see cref="Html.Mixed"/>), and the
    /// subject's name (the figures already carry it in place of the code) isolated, so that a name in another script
    /// does not reorder the sentence around it.</summary>
    private static string WithSubject(string text, RecommendationFigure r, CatalogTexts t)
    {
        var name = Pick(r.SubjectName, t);
        if (string.IsNullOrEmpty(name) || r.SubjectKind == "accounts")
        {
            return Html.Mixed(text);
        }

        return string.Join("<bdi>" + Html.E(name) + "</bdi>", text.Split(name).Select(Html.Mixed));
    }

    /// <summary>An evidence value: in its KPI's unit when it names one, a count when whole, four decimals below 0.1, else two.</summary>
    private static string Evidence(EvidenceFigure e, NumberFormat n) => e.Value switch
    {
        null => n.NotAvailable,
        { } v when e.Kpi is { } kpi && Collections.Kpi.KpiCatalog.Default.TryGet(kpi, out var definition) => Value(v, definition.Unit.Code, n),
        { } v when v == decimal.Truncate(v) => n.Fixed(v, 0),
        { } v when Math.Abs(v) < 0.1m => n.Fixed(v, 4), // productive contacts per riyal: 0.0055, not 0.01
        { } v => n.Fixed(v, 2),
    };

    internal const string Styles = """
        :root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --accent:#0f766e; }
        * { box-sizing: border-box; }
        body { margin:0; font-family: "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, "DejaVu Sans", sans-serif; color:var(--ink); background:#f8fafc; line-height:1.45; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px; background:#fff; }
        h1 { font-size: 26px; margin: 0 0 4px; color: var(--accent); }
        h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 16px; margin: 0 0 6px; } h4 { font-size: 13px; margin: 6px 0 4px; color: var(--muted); }
        .sub { margin: 0; font-size: 15px; } .muted { color: var(--muted); } .small { font-size: 12px; }
        .note { color: var(--muted); font-size: 13px; } .note.caveat { color: var(--ink); background: #fef3c7; border-inline-start: 4px solid #d97706; padding: 6px 10px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: start; vertical-align: top; }
        thead th { background: #f1f5f9; font-weight: 600; }
        thead th.num { text-align: end; }
        td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 12px; word-break: break-all; }
        tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
        tr.below td:first-child { border-inline-start: 3px solid #be123c; }
        table.kv th { width: 26%; color: var(--muted); font-weight: normal; }
        table.kpis { font-size: 12px; } table.kpis td:first-child { min-width: 210px; }
        .st-met { background:#dcfce7; color:#14532d; } .st-missed { background:#fee2e2; color:#7f1d1d; }
        .st-no_value { background:#f3f4f6; color:#6b7280; } .st-no_target { background:#fff; }
        .delta { font-size: 10px; } .tr-better { color:#15803d; } .tr-worse { color:#b91c1c; } .tr-unchanged, .tr-changed { color: var(--muted); }
        .chip { display:inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; border:1px solid var(--line); }
        .scroll { overflow-x: auto; }
        .chart { width: 100%; max-width: 760px; height: auto; display:block; margin: 8px auto; }
        .grid { display:grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
        table.heat td { text-align:center; font-size:12px; min-width: 56px; } table.heat td.forward { outline: 2px solid #be123c; outline-offset: -2px; }
        .bar { height:5px; background:var(--line); border-radius:3px; margin-top:3px; } .bar span { display:block; height:5px; background:var(--accent); border-radius:3px; }
        article.rec { border:1px solid var(--line); border-inline-start: 4px solid #b45309; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
        article.rec .cols { display:grid; grid-template-columns: 1fr 1fr; gap: 16px; } article.rec ul { margin: 0; padding-inline-start: 18px; font-size: 13px; }
        .effect { font-size: 15px; font-weight: 600; margin: 0; } .ids { font-family: "DejaVu Sans Mono", monospace; color: var(--muted); } .ids bdi { white-space: nowrap; }
        @media print { body { background:#fff; } main { padding:0; } h2 { break-after: avoid; } figure, table, article { break-inside: avoid; } }
        """;
}
