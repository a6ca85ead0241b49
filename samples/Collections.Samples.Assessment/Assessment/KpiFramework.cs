using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>The KPI framework of the pack: every KPI of the catalogue, with the baseline the file allows or why there is none.</summary>
/// <remarks>Baselines come from figures already computed by the library (roll and cure rates, month ends); the few computed
/// here (paying accounts, liquidation) are plain sums over the portfolio, stated in the note. Zero denominators are n/a.</remarks>
internal static class KpiFramework
{
    public static IReadOnlyList<KpiFigure> Build(
        Portfolio portfolio,
        IReadOnlyList<RollRateFigure> rollRates,
        IReadOnlyList<CureRateFigure> cureRates,
        IReadOnlyList<MonthEndFigure> ledgerHistory,
        YearMonth? snapshotPeriod,
        bool ledgerWithoutHistory,
        ReportTexts t)
    {
        var noAttempts = t["kpi.note.no_attempts"];
        var accountRolls = rollRates.Where(r => r.Unit == "account").ToList();
        var lastRoll = accountRolls.Count == 0 ? null : accountRolls[^1];
        var lastCure = cureRates.LastOrDefault(c => c.Unit == "account");
        var noHistory = ledgerWithoutHistory ? t["kpi.note.no_settlements"] : t["kpi.note.no_history"];
        var periodNote = lastRoll is null ? noHistory : Period(lastRoll.From, lastRoll.To, t);
        var lastMonth = ledgerHistory.Count == 0 ? null : ledgerHistory[^1];
        var monthNote = lastMonth is not null
            ? t.Format("kpi.note.month", ("month", lastMonth.MonthEnd))
            : ledgerWithoutHistory ? t["kpi.note.no_settlements"] : t["kpi.note.no_sales"];
        var paymentsNote = snapshotPeriod is not null
            ? portfolio.Snapshots.Any(s => s.Payment is not null) ? periodNote : t["kpi.note.no_payments"]
            : monthNote;

        return
        [
            Kpi("rpc_rate", null, noAttempts, t),
            Kpi("contact_rate", null, noAttempts, t),
            Kpi("penetration", null, noAttempts, t),
            Kpi("paying_accounts_rate", PayingAccounts(portfolio, snapshotPeriod, lastMonth), paymentsNote, t),
            Kpi("ptp_rate", null, t["kpi.note.no_promises"], t),
            Kpi("ptp_kept_rate", null, t["kpi.note.no_promises"], t),
            Kpi("resolution_rate", lastRoll is null ? null : Resolution(lastRoll), lastRoll is null ? periodNote : t.Format("kpi.note.paid_in_full_only", ("period", $"{lastRoll.From} → {lastRoll.To}")), t),
            Kpi("cure_rate", lastCure?.Overall, lastCure is null ? periodNote : Period(lastCure.From, lastCure.To, t), t),
            Kpi("forward_roll_rate", lastRoll is null ? null : PooledForward(lastRoll), periodNote, t),
            Kpi("liquidation_rate", Liquidation(portfolio, snapshotPeriod, lastMonth), paymentsNote, t),
            Kpi("cei", lastMonth is null ? null : CollectionEffectiveness(lastMonth), monthNote, t),
            Kpi("dso", lastMonth is null ? null : DaysSalesOutstanding(lastMonth), monthNote, t, unit: "days"),
            Kpi("attempts_per_rpc", null, noAttempts, t, unit: "count"),
            Kpi("complaint_rate", null, noAttempts, t, unit: "per_1000"),
        ];
    }

    private static KpiFigure Kpi(string id, RateFigure? baseline, string? note, ReportTexts t, string unit = "ratio") =>
        new(id, t[$"kpi.{id}.title"], t[$"kpi.{id}.definition"], unit, baseline, note, t[$"kpi.{id}.target"]);

    private static string Period(string from, string to, ReportTexts t) => t.Format("kpi.note.period", ("period", $"{from} → {to}"));

    /// <summary>Accounts owing at the start (every state but paid) that are paid at the end.</summary>
    private static RateFigure Resolution(RollRateFigure roll)
    {
        var owing = roll.Accounts.Where(r => r.Key != "paid").ToList();
        var start = owing.Sum(r => r.Value.Values.Sum());
        var paid = owing.Sum(r => r.Value.TryGetValue("paid", out var v) ? v : 0);
        return RateFigure.From(new Rate(paid, start));
    }

    private static RateFigure PooledForward(RollRateFigure roll) =>
        RateFigure.From(new Rate(roll.ForwardRoll.Values.Sum(r => r.Numerator), roll.ForwardRoll.Values.Sum(r => r.Denominator)));

    /// <summary>CEI as a rate of amounts, so its value is the fraction (0.90 for a CEI of 90).</summary>
    private static RateFigure CollectionEffectiveness(MonthEndFigure m)
    {
        var available = m.OpeningReceivables + m.CreditSales;
        var denominator = available - m.ClosingCurrent;
        return denominator <= 0 ? RateFigure.From(new Rate(0, 0)) : RateFigure.From(new Rate(available - m.ClosingReceivables, denominator));
    }

    /// <summary>DSO as closing receivables × days over credit sales, so its value is in days.</summary>
    private static RateFigure DaysSalesOutstanding(MonthEndFigure m)
    {
        var days = NodaTime.Text.LocalDatePattern.Iso.Parse(m.MonthEnd).Value.Day;
        return RateFigure.From(new Rate(m.ClosingReceivables * days, m.CreditSales));
    }

    private static RateFigure? PayingAccounts(Portfolio portfolio, YearMonth? period, MonthEndFigure? lastMonth)
    {
        if (period is { } p)
        {
            return OwingAtStart(portfolio, p) is { } owing && portfolio.Snapshots.Any(s => s.Payment is not null)
                ? RateFigure.From(new Rate(portfolio.Snapshots.Count(s => s.Period == p && owing.Contains(s.AccountId) && s.Payment is { IsPositive: true }), owing.Count))
                : null;
        }

        if (lastMonth is not null)
        {
            var (start, end) = MonthBounds(lastMonth);
            var owing = portfolio.Items.Where(i => i.OpenAmountOn(start).IsPositive).Select(i => i.AccountId).ToHashSet();
            var paying = portfolio.Items.Where(i => owing.Contains(i.AccountId) && i.SettledOn is { } s && s > start && s <= end).Select(i => i.AccountId).Distinct().Count();
            return RateFigure.From(new Rate(paying, owing.Count));
        }

        return null;
    }

    private static RateFigure? Liquidation(Portfolio portfolio, YearMonth? period, MonthEndFigure? lastMonth)
    {
        if (period is { } p)
        {
            if (OwingAtStart(portfolio, p) is not { } owing || !portfolio.Snapshots.Any(s => s.Payment is not null))
            {
                return null;
            }

            // Both sides over the same accounts: those owing at the start of the period.
            var previous = portfolio.SnapshotPeriods[portfolio.SnapshotPeriods.IndexOf(p) - 1];
            var owed = portfolio.Snapshots.Where(s => s.Period == previous && owing.Contains(s.AccountId)).Sum(s => s.Balance.Amount);
            var collected = portfolio.Snapshots.Where(s => s.Period == p && owing.Contains(s.AccountId) && s.Payment is { IsPositive: true }).Sum(s => s.Payment!.Value.Amount);
            return RateFigure.From(new Rate(collected, owed));
        }

        if (lastMonth is not null)
        {
            // Collected in the month = opening + credit sales − closing; a ledger keeps billing during the month, so the
            // balance to collect from is the opening receivables plus the month's sales.
            var collected = lastMonth.OpeningReceivables + lastMonth.CreditSales - lastMonth.ClosingReceivables;
            return RateFigure.From(new Rate(collected, lastMonth.OpeningReceivables + lastMonth.CreditSales));
        }

        return null;
    }

    /// <summary>The accounts with a positive balance in the period before <paramref name="period"/>, or null without one.</summary>
    private static HashSet<AccountId>? OwingAtStart(Portfolio portfolio, YearMonth period)
    {
        var index = portfolio.SnapshotPeriods.IndexOf(period);
        if (index < 1)
        {
            return null;
        }

        var previous = portfolio.SnapshotPeriods[index - 1];
        return [.. portfolio.Snapshots.Where(s => s.Period == previous && s.Balance.IsPositive).Select(s => s.AccountId)];
    }

    private static (LocalDate Start, LocalDate End) MonthBounds(MonthEndFigure month)
    {
        var end = NodaTime.Text.LocalDatePattern.Iso.Parse(month.MonthEnd).Value;
        return (end.With(DateAdjusters.StartOfMonth).PlusDays(-1), end);
    }
}
