using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Onboarding;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>Runs the library over a portfolio as of a date and collects the assessment's figures.</summary>
/// <remarks>
/// Snapshot portfolios are aged in the latest period that ends on or before the as-of date, and roll rates use only
/// periods up to it. Ledgers are aged on the as-of date itself; their month-end history (DSO, CEI, roll rates) is
/// rebuilt only when items carry issue and settlement dates, with what was known on the as-of date.
/// </remarks>
public static class Assessor
{
    public static AssessmentFigures Assess(AssessmentInput input, ReportTexts texts, Action<string>? step = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(texts);
        var portfolio = input.Portfolio;
        var buckets = AgingBucketSet.Default;
        var currency = MainCurrency(portfolio);

        step?.Invoke("aging");
        var (aging, period) = AgeAsOf(portfolio, input.AsOf, buckets);
        var agingByCurrency = aging.Currencies.Select(c => FigureMapping.Aging(aging, c)).ToList();
        var main = agingByCurrency.FirstOrDefault(a => a.Currency == currency.Code) ?? FigureMapping.Aging(aging, currency);

        step?.Invoke("segments");
        var highBalance = input.HighBalance is { } h ? Money.Round(h, currency, MidpointRounding.AwayFromZero) : (Money?)null;
        var segments = SegmentStep.Run(portfolio, input.AsOf, period, currency, highBalance, texts);

        step?.Invoke("roll rates");
        var transitions = new List<RollRateTransition>();
        LedgerHistory? ledger = null;
        if (period is { } agedPeriod)
        {
            transitions.AddRange(SnapshotRollRates.Calculate(portfolio.Snapshots.Where(s => s.Period <= agedPeriod), buckets));
        }
        else if (HasSettlementHistory(portfolio))
        {
            ledger = LedgerHistory.Rebuild(portfolio.Items, input.AsOf, buckets);
            transitions.AddRange(ledger.ItemTransitions);
            transitions.AddRange(ledger.AccountTransitions);
        }

        var withCurrency = transitions.Where(t => t.Currencies.Contains(currency)).ToList();
        var rollRates = withCurrency.Select(t => FigureMapping.RollRates(t, currency)).ToList();
        var cureRates = withCurrency.Select(t => FigureMapping.CureRates(t, currency)).ToList();
        var ledgerHistory = ledger?.MonthEnds.Where(m => m.Figures.Any(f => f.Currency == currency)).Select(m => FigureMapping.MonthEnd(m, currency)).ToList() ?? [];

        step?.Invoke("data quality");
        var findings = DataQualityFindings.Find(portfolio, input.AsOf, period, ledger, texts);

        step?.Invoke("onboarding documents");
        var options = input.Onboarding ?? OnboardingOptions.None;
        var baseline = Baseline(main);
        var roadmap = RoadmapPlan.Build(input.AsOf, segments.Figures, portfolio.Accounts.Length, baseline, input.Quality.RowsRejected, input.Input.Sha256, texts);
        var feeProposal = FeeProposalStep.Run(input.AsOf, input.Creditor, currency, segments.Accounts, options, texts);
        var nda = NdaTemplate.Build(input.AsOf, input.Creditor, options);

        return new AssessmentFigures
        {
            AsOf = FigureMapping.Date(input.AsOf),
            Language = texts.IsArabic ? "ar" : "en",
            AgedPeriod = period is { } p ? FigureMapping.Period(p) : null,
            Input = input.Input,
            Portfolio = new PortfolioFigure(
                input.Creditor,
                portfolio.Accounts.Length,
                portfolio.Debtors.Length,
                portfolio.Items.Length,
                portfolio.Snapshots.Length,
                [.. portfolio.SnapshotPeriods.Select(FigureMapping.Period)],
                [.. portfolio.Currencies.Select(c => c.Code)]),
            Aging = main.Buckets,
            AgingByCurrency = agingByCurrency,
            CreditBalances = main.CreditBalances,
            ReceivablesBaseline = baseline,
            RollRates = rollRates,
            CureRates = cureRates,
            LedgerHistory = ledgerHistory,
            Segments = segments.Figures,
            Kpis = KpiFramework.Build(portfolio, rollRates, cureRates, ledgerHistory, period, portfolio.Items.Length > 0 && ledger is null, texts),
            DataQuality = new DataQualityFigure(
                input.Quality.RowsRead,
                input.Quality.RowsAccepted,
                input.Quality.RowsRejected,
                input.Quality.Warnings,
                input.Quality.Normalisations,
                [.. input.Quality.RejectedRows.Take(100)],
                [.. input.Quality.WarningRows.Take(100)],
                findings),
            Roadmap = roadmap,
            FeeProposal = feeProposal,
            Nda = nda,
        };
    }

    /// <summary>A ledger's month ends can be rebuilt when its items say when they arose and when they were paid.</summary>
    private static bool HasSettlementHistory(Portfolio portfolio) =>
        portfolio.Items.Any(i => i.SettledOn is not null) && portfolio.Items.All(i => i.IssuedOn is not null);

    /// <summary>The currency holding the most debt (the first by code when there is none).</summary>
    private static Currency MainCurrency(Portfolio portfolio) =>
        portfolio.Currencies.Length == 1
            ? portfolio.Currencies[0]
            : portfolio.Currencies
                .OrderByDescending(c => portfolio.Snapshots.Where(s => s.Balance.Currency == c && s.Balance.IsPositive).Sum(s => s.Balance.MinorUnits)
                    + portfolio.Items.Where(i => i.Amount.Currency == c && i.Amount.IsPositive).Sum(i => i.Amount.MinorUnits))
                .First();

    private static (AgingReport Report, YearMonth? Period) AgeAsOf(Portfolio portfolio, LocalDate asOf, AgingBucketSet buckets)
    {
        if (portfolio.Snapshots.Length > 0)
        {
            var periods = portfolio.SnapshotPeriods.Where(p => EndOf(p) <= asOf).ToList();
            if (periods.Count == 0)
            {
                throw new AssessmentException(
                    $"--as-of {FigureMapping.Date(asOf)} is before the end of the first snapshot period ({FigureMapping.Period(portfolio.SnapshotPeriods[0])}); pick a date on or after {FigureMapping.Date(EndOf(portfolio.SnapshotPeriods[0]))}.");
            }

            return (PortfolioAging.AgeSnapshots(portfolio.Snapshots, periods[^1], buckets), periods[^1]);
        }

        var asOfDay = DayNumber.Of(asOf);
        var issued = portfolio.Items.Where(i => i.IssuedOn is not { } day || DayNumber.Of(day) <= asOfDay).ToList();
        if (issued.Count == 0)
        {
            var first = portfolio.Items.Min(i => DayNumber.Of(i.IssuedOn!.Value));
            throw new AssessmentException(
                $"--as-of {FigureMapping.Date(asOf)} is before the first item was issued ({FigureMapping.Date(DayNumber.ToDate(first))}); nothing was owed then.");
        }

        return (PortfolioAging.AgeItems(issued, asOf, buckets), null);
    }

    private static LocalDate EndOf(YearMonth period) => period.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth);

    private static ReceivablesBaselineFigure Baseline(CurrencyAgingFigure aging)
    {
        // The default buckets have edges at 1, 31, 61 and 91 days, so "more than N days" is a sum of whole buckets.
        decimal Over(int days) => aging.Buckets.Where(b => LowerBound(b.Bucket) > days).Sum(b => b.Balance);
        var total = aging.TotalDebt;
        return new ReceivablesBaselineFigure(
            aging.Currency, total, Over(0), Over(30), Over(60), Over(90),
            RateFigure.From(new Rate(Over(0), total)), RateFigure.From(new Rate(Over(90), total)));
    }

    private static int LowerBound(string label) =>
        AgingBucketSet.Default.TryGetBucket(label, out var bucket) ? bucket.LowerBound ?? int.MinValue : int.MinValue;
}
