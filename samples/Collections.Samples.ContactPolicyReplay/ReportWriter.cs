using System.Globalization;
using System.Text;
using Collections.ContactPolicy;
using Collections.Core;
using NodaTime;

namespace Collections.Samples.PolicyReplay;

/// <summary>Writes the replay report in Markdown: the whole report in English, then in Arabic (right to left).</summary>
public static class ReportWriter
{
    public static string Write(ContactPolicyComparison comparison, SyntheticHistory history, int seed, AuditSummary? audit)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(history);
        var markdown = new StringBuilder();
        Write(markdown, comparison, history, seed, audit, new ReplayTexts(Language.English));
        markdown.AppendLine().AppendLine("---").AppendLine().AppendLine("<div dir=\"rtl\" lang=\"ar\">").AppendLine();
        Write(markdown, comparison, history, seed, audit, new ReplayTexts(Language.Arabic));
        markdown.AppendLine().AppendLine("</div>");
        return markdown.ToString();
    }

    private static void Write(StringBuilder md, ContactPolicyComparison c, SyntheticHistory history, int seed, AuditSummary? audit, ReplayTexts t)
    {
        var current = c.Current;
        var proposed = c.Proposed;
        md.AppendLine("# " + t.Format("title", ("policy", current.Policy.PolicyId.Value))).AppendLine();
        md.AppendLine(t.Format(
            "intro",
            ("attempts", N(current.Attempts)),
            ("debtors", N(history.Debtors)),
            ("from", Date(history.From)),
            ("to", Date(history.To)),
            ("seed", seed.ToString(CultureInfo.InvariantCulture)))).AppendLine();
        md.AppendLine(t["times"]).AppendLine();

        // Summary: both versions side by side.
        var currentColumn = t.Format("column.current", ("version", current.Policy.Version));
        var proposedColumn = t.Format("column.proposed", ("version", proposed.Policy.Version));
        md.AppendLine("## " + t["summary"]).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| | {currentColumn} | {proposedColumn} |").AppendLine("|---|---:|---:|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {t["row.attempts"]} | {N(current.Attempts)} | {N(proposed.Attempts)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {t["row.allowed"]} | {N(current.Allowed)} | {N(proposed.Allowed)} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {t["row.refused"]} | {N(current.Refused)} ({Percent(current.RefusedRate)}) | {N(proposed.Refused)} ({Percent(proposed.RefusedRate)}) |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| {t["row.sha256"]} | `{current.PolicySha256[..16]}…` | `{proposed.PolicySha256[..16]}…` |").AppendLine();

        // Refusals by reason: both counts per code.
        md.AppendLine("## " + t["by_reason"]).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {t["column.code"]} | {t["column.reason"]} | {currentColumn} | {proposedColumn} | {t["column.change"]} |").AppendLine("|---|---|---:|---:|---:|");
        foreach (var change in c.CodeChanges.OrderByDescending(x => Math.Max(x.Current, x.Proposed)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{change.Code.Code}` | {t.In(change.Code.Title)} | {N(change.Current)} | {N(change.Proposed)} | {Signed(change.Proposed - change.Current)} |");
        }

        md.AppendLine();
        Difference(md, t, t.Format("newly_refused", ("count", N(c.NewlyRefused.Count))), t["newly_refused.note"], c.NewlyRefused.ByCode);
        Difference(md, t, t.Format("newly_allowed", ("count", N(c.NewlyAllowed.Count))), t["newly_allowed.note"], c.NewlyAllowed.ByCode);
        Difference(md, t, t.Format("details.current", ("version", current.Policy.Version)), null, current.ByCode);
        Difference(md, t, t.Format("details.proposed", ("version", proposed.Policy.Version)), null, proposed.ByCode);

        md.AppendLine("## " + t["audit"]).AppendLine();
        if (audit is null)
        {
            md.AppendLine(t["audit.skipped"]);
            return;
        }

        var verification = audit.Verification.IsIntact
            ? t["audit.intact"]
            : t.Format("audit.broken", ("reason", t.In(audit.Verification.FirstBreak!.Reason)));
        md.AppendLine(t.Format(
            "audit.text",
            ("entries", N(audit.Head.Count)),
            ("file", Path.GetFileName(audit.File)),
            ("verification", verification),
            ("head", audit.Head.ToString())));
    }

    private static void Difference(StringBuilder md, ReplayTexts t, string heading, string? note, IReadOnlyList<ContactReplayCodeCount> byCode)
    {
        md.AppendLine("## " + heading).AppendLine();
        if (note is not null)
        {
            md.AppendLine(note).AppendLine();
        }

        if (byCode.Count == 0)
        {
            md.AppendLine(t["none"]).AppendLine();
            return;
        }

        foreach (var code in byCode)
        {
            md.AppendLine("### " + t.Format("examples_of", ("reason", t.In(code.Code.Title)), ("code", code.Code.Code), ("count", N(code.Count)))).AppendLine();
            foreach (var example in code.Examples)
            {
                var request = example.Attempt.Request;
                md.AppendLine("- " + t.Format(
                    "example",
                    ("at", Local(request.At, request.TimeZones[0])),
                    ("channel", t.In(request.Channel.Title)),
                    ("point", request.ContactPointId.Value),
                    ("account", request.AccountId.Value),
                    ("debtor", request.DebtorId.Value),
                    ("why", t.In(example.Denial.Explanation).Replace("|", "\\|", StringComparison.Ordinal))));
            }

            md.AppendLine();
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Signed(long value) => value > 0 ? "+" + N(value) : N(value);

    private static string Percent(Rate rate) => rate.ToPercentString(1, CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The debtor's local time with its zone and offset, as the library writes times in its reasons: <c>2026-03-08 09:00 (Asia/Riyadh, +03:00)</c>.</summary>
    private static string Local(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone);
        return local.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (" + zone.Id + ", "
            + local.Offset.ToString("+HH:mm", CultureInfo.InvariantCulture) + ")";
    }
}
