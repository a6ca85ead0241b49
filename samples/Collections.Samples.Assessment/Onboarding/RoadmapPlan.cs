using System.Globalization;
using Collections.Aging;
using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Onboarding;

/// <summary>The 14-day roadmap from the pack's figures: the standard onboarding tasks, dated on working days, adjusted to the segments found.</summary>
/// <remarks>
/// <para>The 14 days run from the day after the as-of date; tasks fall on working days, Sunday to Thursday (the Saudi
/// weekend is Friday and Saturday), so the 14 calendar days hold 10 working days W1…W10:</para>
/// <list type="bullet">
/// <item>W1 data handover and validation; W1–W2 policy and template approval; W2–W3 contact-point cleansing (sized by
/// the accounts to contact and the tracing segment) and, when there are disputes, the dispute queue;</item>
/// <item>the first contact wave per segment with outbound contact, in priority order, one starting each working day from
/// W4 with two days to attempt every account (the fifth wave takes all remaining segments);</item>
/// <item>the first weekly report on the first working day seven or more days after the as-of date; the
/// escalation-authorization request W6–W7 (for the accounts in escalation review, or the criteria if there are none);
/// the day-14 review on W10.</item>
/// </list>
/// <para>Every exit names its measure (accounts, balances, channels) from the pack's own figures.</para>
/// </remarks>
internal static class RoadmapPlan
{
    private const int MaxWaves = 5;

    private static readonly string[] NoContactSegments = ["dispute", "no-debt", "tracing"];

    public static RoadmapFigure Build(
        LocalDate asOf, IReadOnlyList<SegmentFigure> segments, int accounts, ReceivablesBaselineFigure baseline, int rowsRejected, string fileSha256, ReportTexts t)
    {
        var n = t.Numbers();
        var currency = baseline.Currency;
        string Money(decimal amount) => n.Amount(amount) + " " + currency;
        var working = Enumerable.Range(1, 14).Select(asOf.PlusDays).Where(d => d.DayOfWeek is not (IsoDayOfWeek.Friday or IsoDayOfWeek.Saturday)).ToList();
        LocalDate W(int index) => working[Math.Min(index, working.Count - 1)];

        var contact = segments.Where(s => s.ChannelMix.Count > 0 && !NoContactSegments.Contains(s.Id)).OrderBy(s => s.Priority).ToList();
        var tracing = segments.FirstOrDefault(s => s.Id == StandardSegments.Tracing.Value);
        var disputes = segments.FirstOrDefault(s => s.Id == StandardSegments.Dispute.Value);
        var escalation = segments.FirstOrDefault(s => s.Id == StandardSegments.EscalationReview.Value);
        var channels = contact.SelectMany(s => s.ChannelMix.Where(c => c.Value > 0).Select(c => c.Key)).Distinct().ToList();

        var tasks = new List<(RoadmapTaskFigure Task, int Order)>();
        void Add(string id, LocalDate starts, LocalDate due, string title, string owner, string exit, IReadOnlyList<string> segmentIds, int? accounts) =>
            tasks.Add((new RoadmapTaskFigure(id, Period.Between(asOf, due, PeriodUnits.Days).Days, Iso(starts), Iso(due), title, owner, exit, segmentIds, accounts), tasks.Count));

        Add("data_handover", W(0), W(0), t["roadmap.task.data_handover.title"], t["roadmap.task.data_handover.owner"],
            t.Format("roadmap.task.data_handover.exit", ("accounts", n.Count(accounts)), ("debt", Money(baseline.TotalDebt)), ("rejected", n.Count(rowsRejected)), ("sha", fileSha256[..Math.Min(16, fileSha256.Length)] + "…")),
            [], accounts);
        Add("policy_templates", W(0), W(1), t["roadmap.task.policy_templates.title"], t["roadmap.task.policy_templates.owner"],
            t.Format("roadmap.task.policy_templates.exit", ("channels", ChannelList(channels, t))), [], null);
        var toContact = contact.Sum(s => s.Accounts);
        Add("contact_cleansing", W(1), W(2), t["roadmap.task.contact_cleansing.title"], t["roadmap.task.contact_cleansing.owner"],
            t.Format("roadmap.task.contact_cleansing.exit", ("accounts", n.Count(toContact)), ("tracing", n.Count(tracing?.Accounts ?? 0))),
            tracing is null ? [] : [tracing.Id], toContact + (tracing?.Accounts ?? 0));
        if (disputes is { Accounts: > 0 })
        {
            Add("dispute_queue", W(1), W(2), t["roadmap.task.dispute_queue.title"], t["roadmap.task.dispute_queue.owner"],
                t.Format("roadmap.task.dispute_queue.exit", ("accounts", n.Count(disputes.Accounts))), [disputes.Id], disputes.Accounts);
        }

        for (var wave = 0; wave < Math.Min(contact.Count, MaxWaves); wave++)
        {
            var group = wave < MaxWaves - 1 || contact.Count == MaxWaves ? [contact[wave]] : contact.Skip(wave).ToList();
            var title = group.Count == 1
                ? t.Format("roadmap.task.contact_wave.title", ("segment", group[0].Title), ("priority", n.Count(group[0].Priority)))
                : t.Format("roadmap.task.contact_wave.rest", ("segments", string.Join(t.IsArabic ? "، " : ", ", group.Select(s => s.Title))));
            var waveChannels = group.SelectMany(s => s.ChannelMix.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Select(c => c.Key)).Distinct().ToList();
            Add("contact_wave", W(3 + wave), W(4 + wave), title, t["roadmap.task.contact_wave.owner"],
                t.Format("roadmap.task.contact_wave.exit", ("accounts", n.Count(group.Sum(s => s.Accounts))), ("balance", Money(group.Sum(s => s.Balance))), ("channels", ChannelList(waveChannels, t))),
                [.. group.Select(s => s.Id)], group.Sum(s => s.Accounts));
        }

        var reportDay = working.First(d => d >= asOf.PlusDays(7));
        Add("weekly_report", reportDay, reportDay, t["roadmap.task.weekly_report.title"], t["roadmap.task.weekly_report.owner"],
            t.Format("roadmap.task.weekly_report.exit", ("past_due", Money(baseline.PastDue))), [], null);
        Add("escalation_request", W(5), W(6), t["roadmap.task.escalation_request.title"], t["roadmap.task.escalation_request.owner"],
            escalation is { Accounts: > 0 }
                ? t.Format("roadmap.task.escalation_request.exit", ("accounts", n.Count(escalation.Accounts)), ("balance", Money(escalation.Balance)))
                : t["roadmap.task.escalation_request.none"],
            escalation is { Accounts: > 0 } ? [escalation.Id] : [], escalation?.Accounts);
        Add("review", W(9), W(9), t["roadmap.task.review.title"], t["roadmap.task.review.owner"], t["roadmap.task.review.exit"], [], null);

        return new RoadmapFigure(
            Iso(asOf.PlusDays(1)),
            Iso(asOf.PlusDays(14)),
            "sunday-thursday",
            [.. tasks.OrderBy(x => x.Task.Due, StringComparer.Ordinal).ThenBy(x => x.Order).Select(x => x.Task)]);
    }

    private static string ChannelList(IEnumerable<string> codes, ReportTexts t) =>
        string.Join(t.IsArabic ? "، " : ", ", codes.Select(c => Channel.TryFromCode(c, out var channel) ? channel.Title.In(t.Language) : c));

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
