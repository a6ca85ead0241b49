using Collections.Aging;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.Assessment.Figures;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>Turns the library's results into figures.json records (no computation beyond formatting and shares).</summary>
internal static class FigureMapping
{
    public static CurrencyAgingFigure Aging(AgingReport report, Currency currency)
    {
        var total = report.TotalDebt(currency);
        var buckets = report.Buckets.Buckets
            .Select(b => report.LineFor(b, currency))
            .Select(l => new AgingBucketFigure(l.Bucket.Label, l.Accounts, l.Items, l.Balance.Amount, RateFigure.From(new Rate(l.Balance.Amount, total.Amount))))
            .ToList();
        var credit = report.CreditBalances.FirstOrDefault(c => c.Currency == currency);
        return new CurrencyAgingFigure(
            currency.Code,
            total.Amount,
            buckets,
            new CreditBalancesFigure(currency.Code, credit?.Accounts ?? 0, credit?.Items ?? 0, credit?.Amount.Amount ?? 0m, report.ZeroBalanceAccounts));
    }

    public static RollRateFigure RollRates(RollRateTransition transition, Currency currency)
    {
        var matrix = transition.MatrixFor(currency);
        var accounts = new Dictionary<string, IReadOnlyDictionary<string, int>>();
        var balances = new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
        foreach (var from in matrix.FromStates)
        {
            accounts[from.Label] = matrix.States.ToDictionary(to => to.Label, to => checked((int)matrix.Cell(from, to).Count));
            balances[from.Label] = matrix.States.ToDictionary(to => to.Label, to => matrix.Cell(from, to).Balance.Amount);
        }

        var forward = matrix.Buckets.Buckets
            .Take(matrix.Buckets.Count - 1)
            .Where(b => matrix.RowTotal(RollState.InBucket(b)).Count > 0)
            .ToDictionary(b => b.Label, b => RateFigure.From(matrix.ForwardRollRate(b)));
        return new RollRateFigure(
            Period(transition.FromPeriod),
            Period(transition.ToPeriod),
            Unit(transition.Unit),
            accounts,
            balances,
            forward,
            checked((int)matrix.TotalEntered.Count),
            checked((int)matrix.TotalLeft.Count));
    }

    public static CureRateFigure CureRates(RollRateTransition transition, Currency currency)
    {
        var matrix = transition.MatrixFor(currency);
        var byBucket = matrix.Buckets.Buckets
            .Where(b => !b.IsCurrent)
            .ToDictionary(b => b.Label, b => RateFigure.From(matrix.CureRate(b)));
        return new CureRateFigure(Period(transition.FromPeriod), Period(transition.ToPeriod), Unit(transition.Unit), RateFigure.From(matrix.CureRate()), byBucket);
    }

    public static MonthEndFigure MonthEnd(LedgerMonthEnd monthEnd, Currency currency)
    {
        var f = monthEnd.FiguresFor(currency);
        var openItems = monthEnd.Aging.Lines.Where(l => l.Currency == currency).Sum(l => l.Items);
        return new MonthEndFigure(
            Date(monthEnd.Date),
            currency.Code,
            openItems,
            f.OpeningReceivables.Amount,
            f.CreditSales.Amount,
            f.ClosingReceivables.Amount,
            f.ClosingCurrentReceivables.Amount,
            Aging(monthEnd.Aging, currency).Buckets,
            f.DaysSalesOutstanding.Days is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null,
            f.CollectionEffectivenessIndex.Percent is { } p ? Math.Round(p, 2, MidpointRounding.AwayFromZero) : null);
    }

    public static string Unit(RollRateUnit unit) => unit == RollRateUnit.Item ? "item" : "account";

    public static string Period(YearMonth period) => period.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
