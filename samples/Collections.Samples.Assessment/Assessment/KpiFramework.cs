using Collections.Core;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>The KPI framework of the pack: every KPI of the brief, with the baseline the file allows or why there is none.</summary>
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
        ReportTexts t)
    {
        var noAttempts = t["kpi.note.no_attempts"];
        var accountRolls = rollRates.Where(r => r.Unit == "account").ToList();
        var lastRoll = accountRolls.LastOrDefault();
        var lastCure = cureRates.LastOrDefault(c => c.Unit == "account");
        var periodNote = lastRoll is null ? t["kpi.note.no_history"] : t.Format("kpi.note.period", ("from", lastRoll.From), ("to", lastRoll.To));
        var lastMonth = ledgerHistory.Count == 0 ? null : ledgerHistory[^1];
        var monthNote = lastMonth is null ? t["kpi.note.no_sales"] : t.Format("kpi.note.month", ("month", lastMonth.MonthEnd));

        return
        [
            Kpi("rpc_rate", null, noAttempts, t),
            Kpi("contact_rate", null, noAttempts, t),
            Kpi("penetration", null, noAttempts, t),
            Kpi("paying_accounts_rate", PayingAccounts(portfolio, snapshotPeriod, lastMonth), PayingNote(portfolio, snapshotPeriod, lastRoll, monthNote, t), t),
            Kpi("ptp_rate", null, t["kpi.note.no_promises"], t),
            Kpi("ptp_kept_rate", null, t["kpi.note.no_promises"], t),
            Kpi("resolution_rate", lastRoll is null ? null : Resolution(lastRoll), lastRoll is null ? periodNote : t.Format("kpi.note.paid_in_full_only", ("from", lastRoll.From), ("to", lastRoll.To)), t),
            Kpi("cure_rate", lastCure?.Overall, lastCure is null ? periodNote : t.Format("kpi.note.period", ("from", lastCure.From), ("to", lastCure.To)), t),
            Kpi("forward_roll_rate", lastRoll is null ? null : PooledForward(lastRoll), periodNote, t),
            Kpi("liquidation_rate", Liquidation(portfolio, snapshotPeriod, lastMonth), PayingNote(portfolio, snapshotPeriod, lastRoll, monthNote, t), t),
            Kpi("cei", lastMonth?.CollectionEffectivenessIndex is { } cei ? new RateFigure(cei, 100, cei / 100) : null, monthNote, t),
            Kpi("dso", lastMonth?.DaysSalesOutstanding is { } dso ? new RateFigure(dso, 1, dso) : null, monthNote, t, unit: "days"),
            Kpi("attempts_per_rpc", null, noAttempts, t, unit: "count"),
            Kpi("complaint_rate", null, noAttempts, t),
        ];
    }

    private static KpiFigure Kpi(string id, RateFigure? baseline, string? note, ReportTexts t, string unit = "ratio") =>
        new(id, t[$"kpi.{id}.title"], t[$"kpi.{id}.definition"], unit, baseline, note, t[$"kpi.{id}.target"]);

    private static RateFigure Resolution(RollRateFigure roll)
    {
        // Owing at the start = every row but "paid"; resolved = those now in "paid".
        var owing = roll.Accounts.Where(r => r.Key != "paid").ToList();
        var start = owing.Sum(r => r.Value.Values.Sum());
        var paid = owing.Sum(r => r.Value.TryGetValue("paid", out var v) ? v : 0);
        return RateFigure.From(new Rate(paid, start));
    }

    private static RateFigure PooledForward(RollRateFigure roll) =>
        RateFigure.From(new Rate(roll.ForwardRoll.Values.Sum(r => r.Numerator), roll.ForwardRoll.Values.Sum(r => r.Denominator)));

    private static RateFigure? PayingAccounts(Portfolio portfolio, YearMonth? period, MonthEndFigure? lastMonth)
    {
        if (period is { } p && portfolio.SnapshotPeriods.IndexOf(p) is > 0 and var i)
        {
            var previous = portfolio.SnapshotPeriods[i - 1];
            var owing = portfolio.Snapshots.Where(s => s.Period == previous && s.Balance.IsPositive).Select(s => s.AccountId).ToHashSet();
            var paying = portfolio.Snapshots.Count(s => s.Period == p && owing.Contains(s.AccountId) && s.Payment is { IsPositive: true });
            return portfolio.Snapshots.Any(s => s.Payment is not null) ? RateFigure.From(new Rate(paying, owing.Count)) : null;
        }

        if (lastMonth is not null && portfolio.Items.Length > 0)
        {
            var monthEnd = NodaTime.Text.LocalDatePattern.Iso.Parse(lastMonth.MonthEnd).Value;
            var start = monthEnd.With(DateAdjusters.StartOfMonth).PlusDays(-1);
            var owing = portfolio.Items.Where(i => i.OpenAmountOn(start).IsPositive).Select(i => i.AccountId).ToHashSet();
            var paying = portfolio.Items.Where(i => owing.Contains(i.AccountId) && i.SettledOn is { } s && s > start && s <= monthEnd).Select(i => i.AccountId).Distinct().Count();
            return RateFigure.From(new Rate(paying, owing.Count));
        }

        return null;
    }

    private static RateFigure? Liquidation(Portfolio portfolio, YearMonth? period, MonthEndFigure? lastMonth)
    {
        if (period is { } p && portfolio.SnapshotPeriods.IndexOf(p) is > 0 and var i)
        {
            var previous = portfolio.SnapshotPeriods[i - 1];
            var owed = portfolio.Snapshots.Where(s => s.Period == previous && s.Balance.IsPositive).Sum(s => s.Balance.Amount);
            var collected = portfolio.Snapshots.Where(s => s.Period == p && s.Payment is { IsPositive: true }).Sum(s => s.Payment!.Value.Amount);
            return portfolio.Snapshots.Any(s => s.Payment is not null) ? RateFigure.From(new Rate(collected, owed)) : null;
        }

        if (lastMonth is not null)
        {
            // Collected in the month = opening + credit sales − closing (what CEI's numerator counts); a ledger keeps
            // billing during the month, so the balance to collect from is the opening receivables plus the month's sales.
            var collected = lastMonth.OpeningReceivables + lastMonth.CreditSales - lastMonth.ClosingReceivables;
            return RateFigure.From(new Rate(collected, lastMonth.OpeningReceivables + lastMonth.CreditSales));
        }

        return null;
    }

    private static string PayingNote(Portfolio portfolio, YearMonth? period, RollRateFigure? lastRoll, string monthNote, ReportTexts t) =>
        period is not null
            ? portfolio.Snapshots.Any(s => s.Payment is not null)
                ? lastRoll is null ? t["kpi.note.no_history"] : t.Format("kpi.note.period", ("from", lastRoll.From), ("to", lastRoll.To))
                : t["kpi.note.no_payments"]
            : monthNote;
}
