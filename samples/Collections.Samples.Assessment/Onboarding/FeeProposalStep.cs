using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Collections.Aging;
using Collections.Core;
using Collections.Fees;
using Collections.Samples.Assessment.Assessment;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Onboarding;

/// <summary>The fee proposal for the phone and legal tracks: Collections.Fees' <see cref="FeeProposal"/> over the assessed segments, with every assumption stated.</summary>
/// <remarks>
/// <para>Schedules: the creditor's own (<c>--phone-fees</c>, <c>--legal-fees</c>) or the sample's defaults
/// (Onboarding/*.default.json, in SAR; for another currency the same figures are read in that currency and the
/// assumptions say so). The creditor in the default schedules is the portfolio's.</para>
/// <para>Segments: each segment's accounts that owe in the main currency, split by the tier their days past due and
/// balance fall in (one line per segment and tier), are assumed placed the day after the as-of date. Escalation review
/// goes to the legal track (assuming the creditor's written authorization), the others to the phone track; nothing is
/// owed in <c>no-debt</c>, and disputes are not priced while contact is frozen. Expected recovery rates per segment are
/// the sample's stated starting points (<see cref="RecoveryPercent"/>).</para>
/// </remarks>
internal static class FeeProposalStep
{
    /// <summary>The sample's stated expected recovery, in percent of the balance, per standard segment (others: 20%).</summary>
    public static IReadOnlyDictionary<string, decimal> RecoveryPercent { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["early-stage"] = 50m,
        ["early-stage-high"] = 45m,
        ["mid-stage"] = 25m,
        ["mid-stage-high"] = 25m,
        ["intensive"] = 15m,
        ["hard-to-reach"] = 8m,
        ["late-stage"] = 10m,
        ["escalation-review"] = 15m,
        ["tracing"] = 5m,
        ["general"] = 20m,
    };

    /// <summary>The share of escalation-review accounts assumed to reach each legal stage.</summary>
    public static IReadOnlyList<(string Stage, decimal Percent)> LegalStages { get; } = [("filed", 60m), ("judgment", 40m), ("enforcement", 20m)];

    private const decimal OtherRecoveryPercent = 20m;

    public static FeeProposalFigure Run(
        LocalDate asOf, string creditor, Currency currency, IReadOnlyList<SegmentStep.SegmentAccounts> segments, OnboardingOptions options, ReportTexts t)
    {
        var stated = new List<BilingualText>();
        var phone = Schedule(options.PhoneFees, "--phone-fees", "phone-fees.default.json", creditor, currency, stated);
        var legal = Schedule(options.LegalFees, "--legal-fees", "legal-fees.default.json", creditor, currency, stated);
        if (phone.Track != CollectionTrack.Amicable || legal.Track != CollectionTrack.Legal)
        {
            throw new AssessmentException($"--phone-fees must be an amicable schedule and --legal-fees a legal one (got {phone.Track.Code} and {legal.Track.Code}).");
        }

        if (phone.Creditor != legal.Creditor)
        {
            throw new AssessmentException($"--phone-fees and --legal-fees are for different creditors ({phone.Creditor} and {legal.Creditor}); a proposal is for one creditor.");
        }

        var parts = new List<ProposalSegment>();
        var notPriced = new List<NotPricedFigure>();
        foreach (var segment in segments)
        {
            var id = segment.Segment.Id.Value;
            if (id == StandardSegments.NoDebt.Value || id == StandardSegments.Dispute.Value)
            {
                notPriced.Add(new NotPricedFigure(id, segment.Segment.Title.In(t.Language), segment.Accounts, segment.Positions.Sum(p => p.Debt.Amount), t[id == StandardSegments.NoDebt.Value ? "fee.not_priced.no_debt" : "fee.not_priced.dispute"]));
                continue;
            }

            var isLegal = id == StandardSegments.EscalationReview.Value;
            var schedule = isLegal ? legal : phone;
            var recovery = RecoveryPercent.TryGetValue(id, out var r) ? r : OtherRecoveryPercent;
            foreach (var tier in segment.Positions.GroupBy(p => schedule.TierFor(p.WorstDaysPastDue, p.Debt)).OrderBy(g => schedule.Tiers.IndexOf(g.Key)))
            {
                var balance = tier.Aggregate(Money.Zero(currency), (sum, p) => sum + p.Debt);
                var part = new ProposalSegment(segment.Segment.Id, segment.Segment.Title, schedule.Track, tier.Count(), balance, WeightedAge(tier), recovery);
                parts.Add(isLegal ? part with { ExpectedStages = [.. LegalStages.Where(s => schedule.TryGetStageFee(new LegalStageCode(s.Stage), out _)).Select(s => new ExpectedStage(new LegalStageCode(s.Stage), s.Percent))] } : part);
            }
        }

        stated.Insert(0, Texts.Format("fee.assumption.placement", ("date", asOf.PlusDays(1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))));
        stated.Add(Texts.Format("fee.assumption.recovery", ("rates", string.Join(", ", segments.Select(s => s.Segment.Id.Value).Where(RecoveryPercent.ContainsKey).Select(s => s + " " + RecoveryPercent[s].ToString(CultureInfo.InvariantCulture) + "%")))));
        stated.Add(Texts.Format("fee.assumption.legal", ("stages", string.Join(", ", LegalStages.Select(s => s.Stage + " " + s.Percent.ToString(CultureInfo.InvariantCulture) + "%")))));
        if (notPriced.Count > 0)
        {
            stated.Add(Texts.Format("fee.assumption.not_priced", ("segments", string.Join(", ", notPriced.Select(s => s.Segment)))));
        }

        FeeProposal proposal;
        try
        {
            proposal = FeeProposal.Project([phone, legal], parts, stated);
        }
        catch (ArgumentException e)
        {
            throw new AssessmentException("The fee proposal cannot be made with the schedules given: " + e.Message);
        }

        return new FeeProposalFigure(
            currency.Code,
            [.. proposal.Schedules.Select(Schedule)],
            [.. proposal.Lines.Select(l => new FeeProposalLineFigure(
                l.Segment.Value, l.Title.In(t.Language), l.Track.Code, l.Accounts, l.Balance.Amount, l.AgeAtPlacement.Value, l.ExpectedRecoveryPercent,
                l.ProjectedCollections.Amount, l.Tier.Code, l.Tier.Percent, l.PercentageFee.Amount, l.StageFees.Aggregate(0m, (sum, s) => sum + s.Fee.Amount), l.Fees.Amount))],
            [.. proposal.Tracks.Select(Total)],
            Total(proposal.Total),
            notPriced,
            [.. proposal.Assumptions.Select(a => a.In(t.Language))]);
    }

    private static FeeSchedule Schedule(string? path, string option, string resource, string creditor, Currency currency, List<BilingualText> stated)
    {
        if (path is not null)
        {
            try
            {
                var own = FeeScheduleJson.Load(path);
                return own.Currency == currency
                    ? own
                    : throw new AssessmentException($"{option}: the schedule is in {own.Currency}, but the portfolio is in {currency}; amounts are never converted.");
            }
            catch (FeeScheduleException e)
            {
                throw new AssessmentException($"{option}: {e.Message}");
            }
            catch (IOException e)
            {
                throw new AssessmentException($"{option}: cannot read '{path}': {e.Message}");
            }
        }

        using var stream = typeof(FeeProposalStep).Assembly.GetManifestResourceStream("Collections.Samples.Assessment." + resource)
            ?? throw new InvalidOperationException(resource + " is not embedded.");
        var json = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        json["creditor"] = CreditorId.TryCreate(creditor.Trim(), out var id) ? id.Value : "creditor";
        if (json["currency"]!.GetValue<string>() != currency.Code)
        {
            json["currency"] = currency.Code;
            if (!stated.Any(s => s.English.StartsWith("The default schedules' amounts", StringComparison.Ordinal)))
            {
                stated.Add(Texts.Format("fee.assumption.currency", ("currency", currency.Code)));
            }
        }

        if (!stated.Any(s => s.English.StartsWith("The schedules are this sample's defaults", StringComparison.Ordinal)))
        {
            stated.Add(Texts.Get("fee.assumption.default_schedules"));
        }

        return FeeScheduleJson.Parse(json.ToJsonString());
    }

    /// <summary>The balance-weighted days past due of a group (its accounts' ages, weighted by debt), rounded half away from zero.</summary>
    private static DaysPastDue WeightedAge(IEnumerable<AccountPosition> positions)
    {
        decimal weighted = 0, total = 0;
        foreach (var p in positions)
        {
            weighted += p.WorstDaysPastDue.Value * (decimal)p.Debt.MinorUnits;
            total += p.Debt.MinorUnits;
        }

        return new DaysPastDue(total == 0 ? 0 : (int)Math.Round(weighted / total, MidpointRounding.AwayFromZero));
    }

    private static FeeScheduleFigure Schedule(FeeSchedule s) => new(
        s.Id.Value,
        s.Track.Code,
        [.. s.Tiers.Select(tier => new FeeTierFigure(tier.Code, tier.Age.Minimum, tier.Age.Maximum, tier.PlacedBalance?.Minimum?.Amount, tier.PlacedBalance?.Below?.Amount, tier.Percent))],
        [.. s.StageFees.Select(f => new StageFeeFigure(f.Stage.Value, f.Fee.Amount))],
        s.MinimumPerPayment?.Amount,
        s.CapPerPayment?.Amount,
        s.MinimumPerStatement?.Amount,
        s.CapPerStatement?.Amount,
        s.VatPercent,
        s.DirectPaymentsEarn);

    private static FeeProposalTotalFigure Total(FeeProposalTotal total) => new(
        total.Track?.Code, total.Accounts, total.Balance.Amount, total.ProjectedCollections.Amount, total.Fees.Amount, total.Vat.Amount, total.Total.Amount, RateFigure.From(total.FeesShareOfCollections));

    /// <summary>The sample's own bilingual texts (assumptions it adds to the library's).</summary>
    private static class Texts
    {
        private static readonly Lazy<TextCatalog> Catalog =
            new(() => TextCatalog.FromEmbeddedResource(typeof(ReportTexts).Assembly, "Collections.Samples.Assessment.report-texts.json"));

        public static BilingualText Get(string key) => Catalog.Value[key];

        public static BilingualText Format(string key, params (string Name, string Value)[] values) =>
            Catalog.Value[key].Format(values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }
}
