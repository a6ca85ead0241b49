using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>Runs the library over a portfolio as of a date and collects the assessment's figures.</summary>
/// <remarks>
/// Snapshot portfolios are aged in the latest period that ends on or before the as-of date, and roll rates use only
/// periods up to it. Ledgers are aged on the as-of date itself, and their month-end history is rebuilt with what was
/// known on that date (a settlement after it leaves the item open).
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
        var (segments, _) = SegmentStep.Run(portfolio, input.AsOf, period, currency, input.HighBalance is { } h ? Money.Round(h, currency, MidpointRounding.AwayFromZero) : null, texts);

        step?.Invoke("roll rates");
        var transitions = new List<RollRateTransition>();
        LedgerHistory? ledger = null;
        if (portfolio.Snapshots.Length > 0 && period is { } asOfPeriod)
        {
            transitions.AddRange(SnapshotRollRates.Calculate(portfolio.Snapshots.Where(s => s.Period <= asOfPeriod), buckets));
        }
        else if (portfolio.Items.Length > 0)
        {
            ledger = LedgerHistory.Rebuild(portfolio.Items, input.AsOf, buckets);
            transitions.AddRange(ledger.ItemTransitions);
            transitions.AddRange(ledger.AccountTransitions);
        }

        var rollRates = transitions.Where(t => t.Currencies.Contains(currency)).Select(t => FigureMapping.RollRates(t, currency)).ToList();
        var cureRates = transitions.Where(t => t.Currencies.Contains(currency)).Select(t => FigureMapping.CureRates(t, currency)).ToList();
        var ledgerHistory = ledger?.MonthEnds.Where(m => m.Figures.Any(f => f.Currency == currency)).Select(m => FigureMapping.MonthEnd(m, currency)).ToList() ?? [];

        step?.Invoke("data quality");
        var findings = DataQualityFindings.Find(portfolio, input.AsOf, ledger, texts);

        return new AssessmentFigures
        {
            AsOf = FigureMapping.Date(input.AsOf),
            Language = texts.IsArabic ? "ar" : "en",
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
            ReceivablesBaseline = Baseline(main),
            RollRates = rollRates,
            CureRates = cureRates,
            LedgerHistory = ledgerHistory,
            Segments = segments,
            Kpis = KpiFramework.Build(portfolio, rollRates, cureRates, ledgerHistory, period, texts),
            DataQuality = new DataQualityFigure(
                input.Quality.RowsRead,
                input.Quality.RowsAccepted,
                input.Quality.RowsRejected,
                input.Quality.Warnings,
                input.Quality.Normalisations,
                [.. input.Quality.RejectedRows.Take(100)],
                findings),
        };
    }

    /// <summary>The currency holding the most debt (the first by code when there is none).</summary>
    private static Currency MainCurrency(Portfolio portfolio) =>
        portfolio.Currencies.Length == 0
            ? throw new InvalidOperationException("The portfolio has no accounts.")
            : portfolio.Currencies.Length == 1
                ? portfolio.Currencies[0]
                : portfolio.Currencies
                    .OrderByDescending(c => portfolio.Snapshots.Where(s => s.Balance.Currency == c && s.Balance.IsPositive).Sum(s => s.Balance.MinorUnits)
                        + portfolio.Items.Where(i => i.Amount.Currency == c && i.Amount.IsPositive).Sum(i => i.Amount.MinorUnits))
                    .First();

    private static (AgingReport Report, YearMonth? Period) AgeAsOf(Portfolio portfolio, LocalDate asOf, AgingBucketSet buckets)
    {
        if (portfolio.Snapshots.Length > 0)
        {
            var periods = portfolio.SnapshotPeriods.Where(p => p.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth) <= asOf).ToList();
            if (periods.Count == 0)
            {
                throw new AssessmentException(
                    $"--as-of {FigureMapping.Date(asOf)} is before the end of the first snapshot period ({FigureMapping.Period(portfolio.SnapshotPeriods[0])}); pick a date on or after {FigureMapping.Date(portfolio.SnapshotPeriods[0].OnDayOfMonth(1).With(DateAdjusters.EndOfMonth))}.");
            }

            return (PortfolioAging.AgeSnapshots(portfolio.Snapshots, periods[^1], buckets), periods[^1]);
        }

        var asOfDay = DayNumber.Of(asOf);
        return (PortfolioAging.AgeItems(portfolio.Items.Where(i => i.IssuedOn is not { } issued || DayNumber.Of(issued) <= asOfDay), asOf, buckets), null);
    }

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
