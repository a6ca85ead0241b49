using System.Globalization;
using System.Net;
using System.Text;
using Collections.Core;
using Collections.Core.Audit;
using Collections.Escalation;
using NodaTime;

namespace Collections.Samples.EscalationFile.Rendering;

/// <summary>Renders an escalation file as one self-contained HTML page for print (A4, inline CSS, no scripts, no links), in English or Arabic (right to left).</summary>
public static class EscalationFileHtml
{
    private const string Styles = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: #111; background: #fff; font: 10pt/1.45 "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", Tahoma, Arial, sans-serif; }
        main { max-width: 182mm; margin: 0 auto; padding: 10mm 0; }
        header { border-bottom: 2px solid #0f4c47; padding-bottom: 3mm; margin-bottom: 4mm; }
        h1 { font-size: 17pt; margin: 0 0 1mm; color: #0f4c47; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #9cc5bf; color: #0f4c47; break-after: avoid; }
        p { margin: 1.5mm 0; }
        .sub { color: #333; }
        .muted { color: #666; font-size: 8.5pt; }
        .stage { display: inline-block; padding: 0.6mm 2.5mm; border: 1px solid #0f4c47; border-radius: 3mm; font-weight: bold; color: #0f4c47; }
        table { width: 100%; border-collapse: collapse; margin: 1.5mm 0 2mm; font-size: 9pt; }
        th, td { border: 0.6pt solid #b9c4c2; padding: 1.1mm 1.6mm; text-align: start; vertical-align: top; }
        thead th { background: #eef5f4; }
        tfoot td { font-weight: bold; background: #f7faf9; }
        table.kv th { width: 34%; background: #f7faf9; font-weight: normal; color: #333; }
        .num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .nowrap { white-space: nowrap; }
        table.steps th.doc { width: 30%; }
        table.kv, .note { break-inside: avoid; }
        td .muted bdi { white-space: nowrap; }
        .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 7.5pt; word-break: break-all; }
        .met { color: #166534; font-weight: bold; }
        .unmet { color: #991b1b; font-weight: bold; }
        .note { border-inline-start: 3px solid #0f4c47; padding: 1mm 2.5mm; background: #f4f8f7; }
        footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #ccc; font-size: 8pt; color: #555; }
        @media print {
          main { padding: 0; max-width: none; }
          thead { display: table-header-group; }
          tr, .note { break-inside: avoid; }
          section { break-inside: auto; }
        }
        """;

    public static string Render(Collections.Escalation.EscalationFile file, BilingualText creditorName, AuditHead head, FileTexts t)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(creditorName);
        ArgumentNullException.ThrowIfNull(t);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
        var c = file.Case;
        var html = new StringBuilder(32 * 1024);
        var lang = t.IsArabic ? "ar" : "en";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{(t.IsArabic ? "rtl" : "ltr")}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(t["title"])} — {E(c.Id.Value)}</title>\n<style>\n{Styles}\n</style>\n</head>\n<body>\n<main>\n");

        // Header
        html.Append(CultureInfo.InvariantCulture, $"<header><h1>{E(t["title"])}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{t.Format("subtitle", ("case", Ltr(c.Id.Value)), ("account", Ltr(c.Account.AccountId.Value)), ("date", Ltr(FileTexts.Date(file.AsOf))), ("hijri", Ltr(FileTexts.Hijri(file.AsOf))))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(t["stage_now"])}: <span class=\"stage\">{E(t.In(c.Stage.Title))}</span></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(t["synthetic"])}</p></header>\n");

        Parties(html, file, creditorName, t);
        Debt(html, file, t);
        Qualification(html, file, t);
        Contact(html, file, zone, t);
        Promises(html, file, t);
        Authorization(html, file, t);
        Steps(html, file, t);

        html.Append(CultureInfo.InvariantCulture, $"<footer>{t.Format("integrity", ("count", Ltr(FileTexts.Count(head.Count))), ("head", $"<span class=\"hash\">{Ltr(head.Hash)}</span>"))}</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Parties(StringBuilder html, Collections.Escalation.EscalationFile file, BilingualText creditorName, FileTexts t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.parties"])}</h2><table class=\"kv\">");
        Row(html, t["creditor"], $"{E(t.In(creditorName))} {Ltr("(" + file.Case.Account.Creditor.Value + ")")}");
        Row(html, t["debtor"], $"<bdi>{E(file.Debtor.Name ?? "—")}</bdi>");
        Row(html, t["debtor_id"], Ltr(file.Debtor.Id.Value));
        var points = file.Debtor.ContactPoints.Select(p => $"{E(t["kind." + p.Kind.Code])}: {Ltr(p.Value)} ({E(t["status." + p.Status.Code])})");
        Row(html, t["contact_points"], string.Join("<br>", points));
        html.Append("</table></section>\n");
    }

    private static void Debt(StringBuilder html, Collections.Escalation.EscalationFile file, FileTexts t)
    {
        var account = file.Case.Account;
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.debt"])}</h2><table class=\"kv\">");
        Row(html, t["account"], Ltr(account.AccountId.Value));
        Row(html, t["placement"], Ltr(account.Placement?.Value ?? "—"));
        Row(html, t["balance"], $"{Ltr(FileTexts.Amount(file.Balance))} <span class=\"muted\">{t.Format("as_of", ("date", Ltr(FileTexts.Date(file.AsOf))))}</span>");
        Row(html, t["dpd"], Ltr(FileTexts.Count(file.DaysPastDue.Value)));
        html.Append("</table>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t["item"])}</th><th>{E(t["issued"])}</th><th>{E(t["due"])}</th><th class=\"num\">{E(t["dpd"])}</th><th class=\"num\">{E(t["amount"])}</th><th class=\"num\">{E(t["open"])}</th></tr></thead><tbody>");
        foreach (var item in file.Items)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Ltr(item.Id.Value)}</td><td>{Ltr(item.IssuedOn is { } issued ? FileTexts.Date(issued) : "—")}</td><td>{Ltr(FileTexts.Date(item.DueOn))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Ltr(FileTexts.Count(Math.Max(0, item.DaysPastDueOn(file.AsOf).Value)))}</td><td class=\"num\">{Ltr(FileTexts.Amount(item.Amount))}</td><td class=\"num\">{Ltr(FileTexts.Amount(item.OpenAmountOn(file.AsOf)))}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><td colspan=\"5\">{E(t["total"])}</td><td class=\"num\">{Ltr(FileTexts.Amount(file.Balance))}</td></tr></tfoot></table></section>\n");
    }

    private static void Qualification(StringBuilder html, Collections.Escalation.EscalationFile file, FileTexts t)
    {
        var q = file.Case.Qualification;
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.qualification"])}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{t.Format("qualified_on", ("date", Ltr(FileTexts.Date(q.Evidence.AsOf))), ("verdict", $"<b>{E(t[q.IsQualified ? "qualified" : "not_qualified"])}</b>"))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t["criterion"])}</th><th>{E(t["result"])}</th><th>{E(t["evidence"])}</th></tr></thead><tbody>");
        foreach (var check in q.Checks)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(t.In(check.Criterion.Title))}</td><td class=\"{(check.IsMet ? "met" : "unmet")}\">{E(t[check.IsMet ? "met" : "unmet"])}</td><td>{E(t.In(check.Explanation))}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody></table><p class=\"note\">{E(t.In(q.Evidence.Summary))}</p></section>\n");
    }

    private static void Contact(StringBuilder html, Collections.Escalation.EscalationFile file, DateTimeZone zone, FileTexts t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.contact"])}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t["channel"])}</th><th class=\"num\">{E(t["attempts"])}</th><th class=\"num\">{E(t["rpcs"])}</th></tr></thead><tbody>");
        foreach (var activity in file.ContactByChannel)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(t.In(activity.Channel.Title))}</td><td class=\"num\">{Ltr(FileTexts.Count(activity.Attempts))}</td><td class=\"num\">{Ltr(FileTexts.Count(activity.RightPartyContacts))}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><td>{E(t["total"])}</td><td class=\"num\">{Ltr(FileTexts.Count(file.Attempts.Length))}</td><td class=\"num\">{Ltr(FileTexts.Count(file.ContactByChannel.Sum(a => a.RightPartyContacts)))}</td></tr></tfoot></table>");
        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t["when"])}</th><th>{E(t["channel"])}</th><th>{E(t["contact_point"])}</th><th>{E(t["outcome"])}</th></tr></thead><tbody>");
        foreach (var attempt in file.Attempts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Ltr(FileTexts.Local(attempt.At, zone))}</td><td>{E(t.In(attempt.Channel.Title))}</td><td>{Ltr(attempt.ContactPointId?.Value ?? "—")}</td><td>{E(t.In(attempt.Outcome.Title))}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Promises(StringBuilder html, Collections.Escalation.EscalationFile file, FileTexts t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.promises"])}</h2>");
        if (file.Promises.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(t["no_promises"])}</p></section>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>{E(t["made"])}</th><th>{E(t["due"])}</th><th class=\"num\">{E(t["promised"])}</th><th class=\"num\">{E(t["paid"])}</th><th>{E(t["status"])}</th></tr></thead><tbody>");
        foreach (var promise in file.Promises)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Ltr(FileTexts.Date(promise.MadeOn))}</td><td>{Ltr(FileTexts.Date(promise.DueOn))}</td><td class=\"num\">{Ltr(FileTexts.Amount(promise.Promised))}</td><td class=\"num\">{Ltr(FileTexts.Amount(promise.Paid))}</td><td>{E(t.In(promise.Status.Title))}</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Authorization(StringBuilder html, Collections.Escalation.EscalationFile file, FileTexts t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.authorization"])}</h2>");
        if (file.Authorization is not { } a)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note unmet\">{E(t["no_authorization"])}</p></section>\n");
            return;
        }

        html.Append("<table class=\"kv\">");
        Row(html, t["reference"], Ltr(a.Id.Value));
        Row(html, t["signer"], $"<bdi>{E(a.SignerName)}</bdi>");
        Row(html, t["role"], $"<bdi>{E(a.SignerRole)}</bdi>");
        Row(html, t["signed_on"], $"{Ltr(FileTexts.Date(a.SignedOn))} <span class=\"muted\">({Ltr(FileTexts.Hijri(a.SignedOn))})</span>");
        Row(html, t["valid_through"], Ltr(FileTexts.Date(a.ValidThrough)));
        Row(html, t["scope"], E(t.In(a.Scope.Description)));
        Row(html, t["document_sha256"], $"<span class=\"hash\">{Ltr(a.DocumentSha256.Hex)}</span>");
        Row(html, t["revocation"], a.Revocation is { } r
            ? t.Format("revoked", ("date", Ltr(FileTexts.Date(r.RevokedOn))), ("by", $"<bdi>{E(r.RevokedBy)}</bdi>"), ("reason", $"<bdi>{E(r.Reason)}</bdi>"))
            : E(t["not_revoked"]));
        var check = file.AuthorizationCheck!;
        var validity = check.IsValid
            ? $"<span class=\"met\">{E(t["covers"])}</span>"
            : string.Join("<br>", check.Refusals.Select(r => $"<span class=\"unmet\">{E(t.In(r.Explanation))}</span>"));
        // The date is isolated left to right: in an Arabic heading cell an unisolated ISO date reads back to front.
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{t.Format("validity", ("date", Ltr(FileTexts.Date(file.AsOf))))}</th><td>{validity}</td></tr>");
        html.Append("</table></section>\n");
    }

    private static void Steps(StringBuilder html, Collections.Escalation.EscalationFile file, FileTexts t)
    {
        var c = file.Case;
        html.Append(CultureInfo.InvariantCulture, $"<section><h2>{E(t["section.steps"])}</h2><table class=\"steps\"><thead><tr><th class=\"num\">{E(t["seq"])}</th><th class=\"nowrap\">{E(t["date"])}</th><th>{E(t["step"])}</th><th>{E(t["stages"])}</th><th class=\"doc\">{E(t["document"])}</th><th class=\"num\">{E(t["cost"])}</th></tr></thead><tbody>");
        foreach (var step in c.Steps)
        {
            var stages = (step.From is { } from ? E(t.In(from.Title)) + (t.IsArabic ? " ← " : " → ") : string.Empty) + E(t.In(step.To.Title));
            var details = new List<string>();
            details.Add($"{E(t["by"])}: {Ltr(step.Actor.Value)}");
            if (step.Reference is { } reference)
            {
                details.Add($"{E(t["court_reference"])}: {Ltr(reference)}");
            }

            if (step.Reason is { } reason)
            {
                details.Add($"{E(t["reason"])}: <bdi>{E(reason)}</bdi>");
            }

            if (step.AuthorizationId is { } authorization)
            {
                details.Add($"{E(t["reference"])}: {Ltr(authorization.Value)}");
            }

            var document = (step.Document ?? step.AuthorizationSha256) is { } hash ? $"<span class=\"hash\">{Ltr(hash.Hex)}</span>" : "—";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{Ltr(FileTexts.Count(step.Sequence))}</td><td class=\"nowrap\">{Ltr(FileTexts.Date(step.On))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(t.In(step.Trigger.Title))}{(details.Count == 0 ? string.Empty : "<br><span class=\"muted\">" + string.Join("<br>", details) + "</span>")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{stages}</td><td>{document}</td><td class=\"num\">{(step.Cost is { } cost ? Ltr(FileTexts.Amount(cost)) : "—")}</td></tr>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><td colspan=\"5\">{E(t["costs_total"])}</td><td class=\"num\">{Ltr(FileTexts.Amount(c.Costs))}</td></tr></tfoot></table></section>\n");
    }

    private static void Row(StringBuilder html, string key, string valueHtml) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(key)}</th><td>{valueHtml}</td></tr>");

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Text that reads left to right inside an Arabic page (identifiers, dates, amounts, hashes).</summary>
    private static string Ltr(string? text) => "<bdi dir=\"ltr\">" + E(text) + "</bdi>";
}
