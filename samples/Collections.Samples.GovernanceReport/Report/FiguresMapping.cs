using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Collections.Core;
using Collections.Core.Audit;
using Collections.Kpi;
using Collections.Kpi.Governance;
using Collections.Samples.GovernanceReport.Data;
using Collections.Samples.GovernanceReport.Facts;
using Collections.Samples.GovernanceReport.Inputs;
using NodaTime.Text;

namespace Collections.Samples.GovernanceReport.Report;

#pragma warning disable IDE0065 // the alias must be inside the namespace: the sample\'s own namespace is named GovernanceReport
using GovernanceReport = Collections.Kpi.Governance.GovernanceReport;
#pragma warning restore IDE0065

/// <summary>Reads the library's governance report into the figures of governance-report.json (no arithmetic beyond
/// rounding values for display: every figure comes from the report).</summary>
internal static class FiguresMapping
{
    /// <summary>Decimals kept for values in the JSON (numerators and denominators are exact).</summary>
    public const int Decimals = 4;

    public static GovernanceFigures Map(
        GovernanceReport report, GovernanceReport previous, ImmutableArray<Recommendation> recommendations, CreditorFacts facts, GovernanceInputs inputs, AuditHead afterIssuance, string auditStore)
    {
        var data = facts.Data;
        var creditor = data.Creditors.First(c => c.Id == report.Creditor);
        var periods = report.Periods.Select(p => new PeriodFigure(Label(p.Period), Iso(p.Period.Start), Iso(p.Period.End))).ToList();
        return new GovernanceFigures(
            new Bilingual(Rendering.GovernanceTexts.In(Language.English)["report.title"], Rendering.GovernanceTexts.In(Language.Arabic)["report.title"]),
            new CreditorFigure(creditor.Id.Value, B(creditor.Name)),
            report.Kind.Code,
            Iso(report.Span.Start),
            Iso(report.Span.End),
            report.Currency.Code,
            report.FirstDayOfWeek.ToString(),
            report.CreditorZone,
            new ProvenanceFigure(report.Provenance.InputSha256, report.Provenance.CanonicalFormVersion, report.Provenance.AuditHead.Count, report.Provenance.AuditHead.Hash,
                afterIssuance.Count, afterIssuance.Hash, auditStore),
            new SourceFigure("QuarterGenerator (synthetic)", data.Seed, data.Accounts.Length, facts.Accounts.Count, facts.Attempts.Length, facts.Promises.Length, facts.Payments.Length, inputs.Source),
            report.Baseline is { } b ? new BaselineFigure(b.Label, b.Period is { } bp ? Iso(bp.Start) : null, b.Period is { } bq ? Iso(bq.End) : null) : null,
            new PreviousQuarterFigure(Iso(previous.Span.Start), Iso(previous.Span.End), previous.Provenance.InputSha256),
            periods,
            Kpis(report),
            [.. report.Periods.Where(p => p.Aging is not null).Select(p => new AgingPeriodFigure(Label(p.Period), Iso(p.Aging!.AsOf),
                [.. p.Aging.Lines.Select(l => new AgingLineFigure(l.Bucket.Label, l.Accounts, l.Balance.Amount))]))],
            new HeatMapFigure(
                [.. report.Pooled.RollRates.States.Select(s => s.Label)],
                [.. report.Pooled.RollRates.Cells.Select(c => new HeatCellFigure(c.From.Label, c.To.Label, c.Count, c.Balance.Amount, Round(c.Share.Percent), Round(c.BalanceShare.Percent)))]),
            [.. report.Pooled.Segments.Select(s => new SegmentRollFigure(
                s.Label,
                B(data.Segments.FirstOrDefault(x => x.Id.Value == s.Label)?.Name ?? new BilingualText(s.Label, s.Label)),
                [.. report.Periods.Select(p => Roll(Label(p.Period), p.Segments.FirstOrDefault(x => x.Label == s.Label)))],
                Roll("quarter", s),
                Roll("previous_quarter", previous.Pooled.Segments.FirstOrDefault(x => x.Label == s.Label))))],
            [.. report.Pooled.Channels.Select(c => new ChannelFigure(
                c.Channel.Code, B(c.Channel.Title), c.Attempts, c.RightPartyContacts, Round(c.RightPartyContactRate.Value), c.ProductiveContacts, Round(c.ChannelContactRate.Value),
                c.UnitCost?.Amount, c.Cost?.Amount, c.CostPerProductiveContact?.Amount))],
            new PromiseKeptFigure(
                new PromiseKeptLineFigure("all", new Bilingual("All", "الكل"), (long)report.Pooled.PromiseKept.Rate.Denominator, (long)report.Pooled.PromiseKept.Rate.Numerator,
                    Round(report.Pooled.PromiseKept.Value), report.Pooled.PromiseKeptAmount.Rate.Denominator, report.Pooled.PromiseKeptAmount.Rate.Numerator, Round(report.Pooled.PromiseKeptAmount.Value)),
                [.. report.Pooled.PromiseKeptByAgent.Where(l => l.PromisesDue > 0).Select(l => Promise(l, data.Agents.FirstOrDefault(a => a.Code == l.Label)?.Name))],
                [.. report.Pooled.PromiseKeptByTemplate.Where(l => l.PromisesDue > 0).Select(l => Promise(l, data.Templates.FirstOrDefault(a => a.Code == l.Label)?.Name))]),
            [.. recommendations.Select(r => Recommendation(r, data))]);
    }

    public static string Label(GovernancePeriod period) => period.Kind == GovernancePeriodKind.Monthly
        ? period.Start.ToString("uuuu-MM", CultureInfo.InvariantCulture)
        : Iso(period.Start);

    private static List<KpiRowFigure> Kpis(GovernanceReport report)
    {
        var ids = report.Periods.SelectMany(p => p.Kpis.Select(k => k.Id)).Distinct().OrderBy(id => id.Value).ToList();
        var rows = new List<KpiRowFigure>();
        foreach (var id in ids)
        {
            var definition = KpiCatalog.Default[id];
            var cells = new List<KpiCellFigure>();
            GovernanceKpiLine? any = null;
            foreach (var period in report.Periods)
            {
                if (period.Kpi(id) is not { } line)
                {
                    continue;
                }

                any ??= line;
                cells.Add(new KpiCellFigure(Label(period.Period), Round(line.Value), line.Figure.Rate.Numerator, line.Figure.Rate.Denominator,
                    Round(line.Delta?.Change), Trend(line.Delta?.Trend ?? KpiTrend.NotComparable), line.Status.Code));
            }

            rows.Add(new KpiRowFigure(id.Code, B(definition.Title), definition.Unit.Code, B(definition.Unit.Title),
                definition.Direction switch { KpiDirection.HigherIsBetter => "higher", KpiDirection.LowerIsBetter => "lower", _ => "neutral" },
                any?.Baseline, any?.Target, cells));
        }

        return rows;
    }

    private static string Trend(KpiTrend trend) => trend switch
    {
        KpiTrend.Better => "better",
        KpiTrend.Worse => "worse",
        KpiTrend.Unchanged => "unchanged",
        KpiTrend.Changed => "changed",
        _ => "not_comparable",
    };

    private static RollValueFigure Roll(string period, GovernanceSegmentRoll? roll) => roll is null
        ? new RollValueFigure(period, 0, 0, null, 0, 0)
        : new RollValueFigure(period, roll.AccountsAtRisk, roll.AccountsRolled, Round(roll.ForwardRoll.Value), roll.BalanceAtRisk, roll.BalanceRolled);

    private static PromiseKeptLineFigure Promise(GovernancePromiseKeptLine line, BilingualText? name) =>
        new(line.Label, B(name ?? new BilingualText(line.Label, line.Label)), line.PromisesDue, line.PromisesKept, Round(line.KeptRate.Value),
            line.AmountPromised, line.AmountKept, Round(line.KeptAmountRate.Value));

    private static RecommendationFigure Recommendation(Recommendation r, GovernanceData data)
    {
        var label = r.Subject.Label;
        var name = r.Subject.Kind.Code switch
        {
            "segment" => data.Segments.FirstOrDefault(s => s.Id.Value == label)?.Name,
            "agent" => data.Agents.FirstOrDefault(a => a.Code == label)?.Name,
            "template" => data.Templates.FirstOrDefault(t => t.Code == label)?.Name,
            "channel" => Channel.TryFromCode(label, out var channel) ? channel.Title : null,
            _ => r.Subject.Kind.Title,
        } ?? new BilingualText(label, label);
        return new RecommendationFigure(
            r.RuleId, r.Kind.Code, B(r.Kind.Title), r.Subject.Kind.Code, label, B(name), r.Subject.Accounts.Length, [.. r.Subject.Accounts.Select(a => a.Value)],
            [.. r.Evidence.Select(e => new EvidenceFigure(e.Code, B(e.Title), e.Kpi?.Code, Round(e.Value), e.Rate?.Numerator, e.Rate?.Denominator))],
            new EffectFigure(r.Effect.Code, B(r.Effect.Title), Round(r.Effect.Count) ?? 0, r.Effect.Amount?.Amount),
            B(Named(r.Text, r, name)), B(Named(r.Estimate, r, name)));
    }

    /// <summary>The library writes a subject by its code (<c>agent-05</c>); the figures, and so the JSON and both pages,
    /// carry its name in each language instead, so that no Latin code sits inside an Arabic sentence.</summary>
    private static BilingualText Named(BilingualText text, Recommendation r, BilingualText name)
    {
        if (r.Subject.Kind == RecommendationSubjectKind.Accounts || string.IsNullOrEmpty(r.Subject.Label))
        {
            return text;
        }

        var code = new Regex(@"(?<![\w-])" + Regex.Escape(r.Subject.Label) + @"(?![\w-])", RegexOptions.CultureInvariant);
        return new BilingualText(Replace(text.English, name.English), Replace(text.Arabic, name.Arabic));

        // A sentence that already names the subject (a channel's title: "Field visit" holds the code "visit") is kept.
        string Replace(string sentence, string subjectName) => sentence.Contains(subjectName, StringComparison.Ordinal)
            ? sentence
            : code.Replace(sentence, subjectName.Replace("$", "$$", StringComparison.Ordinal));
    }

    private static Bilingual B(BilingualText text) => new(text.English, text.Arabic);

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;
}
