using System.Globalization;
using Collections.Core;
using Collections.Kpi;
using Collections.Samples.Assessment.Figures;
using Collections.Samples.Assessment.Rendering;
using NodaTime;

namespace Collections.Samples.Assessment.Assessment;

/// <summary>Looks for patterns in a portfolio that a collector should question before relying on the figures.</summary>
/// <remarks>Findings are observations with counts and an example, not corrections: nothing is changed or dropped.</remarks>
public static class DataQualityFindings
{
    public static IReadOnlyList<FindingFigure> Find(Portfolio portfolio, LocalDate asOf, YearMonth? agedPeriod, LedgerHistory? ledger, ReportTexts texts)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(texts);
        var findings = new List<FindingFigure>();
        if (agedPeriod is { } period)
        {
            SnapshotFindings(portfolio, period, findings, texts);
            var periodEnd = period.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth);
            var gap = DayNumber.Of(asOf) - DayNumber.Of(periodEnd);
            Add(findings, "as_of_after_data", "warning", gap > 31 ? gap : 0, texts.Format("finding.as_of_after_data", ("days", gap.ToString("N0", CultureInfo.InvariantCulture)), ("last", Date(periodEnd))), null);
        }

        if (portfolio.Items.Length > 0)
        {
            ItemFindings(portfolio, asOf, ledger, findings, texts);
        }

        return findings;
    }

    private static void SnapshotFindings(Portfolio portfolio, YearMonth last, List<FindingFigure> findings, ReportTexts t)
    {
        // Only what was known in the aged period: later snapshots are after the as-of date.
        var known = portfolio.Snapshots.Where(s => s.Period <= last).ToList();
        var byAccount = known.GroupBy(s => s.AccountId).ToList();
        var periods = portfolio.SnapshotPeriods.Where(p => p <= last).ToList();

        var delinquentWithoutDebt = known.Where(s => s.Period == last && !s.DaysPastDue.IsCurrent && !s.Balance.IsPositive).ToList();
        Add(findings, "delinquent_without_debt", "warning", delinquentWithoutDebt.Count, t.Format("finding.delinquent_without_debt", ("period", Period(last))),
            delinquentWithoutDebt.FirstOrDefault() is { } d ? $"{d.AccountId}: {d.ReportedStatus ?? d.DaysPastDue.ToString()} / {d.Balance}" : null);

        // Delinquency can grow by at most one month per month: a jump of more than 30 days between consecutive
        // monthly snapshots (e.g. current → 61-90) cannot happen unless the status is reported inconsistently.
        var jumps = new List<string>();
        var jumpCount = 0;
        foreach (var account in byAccount)
        {
            var ordered = account.OrderBy(s => s.Period).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var months = MonthsBetween(ordered[i - 1].Period, ordered[i].Period);
                if (ordered[i].DaysPastDue.Value - Math.Max(0, ordered[i - 1].DaysPastDue.Value) > 30 * months)
                {
                    jumpCount++;
                    if (jumps.Count < 1)
                    {
                        jumps.Add($"{account.Key}: {Period(ordered[i - 1].Period)} {ordered[i - 1].ReportedStatus ?? ordered[i - 1].DaysPastDue.ToString()} → {Period(ordered[i].Period)} {ordered[i].ReportedStatus ?? ordered[i].DaysPastDue.ToString()}");
                    }
                }
            }
        }

        Add(findings, "impossible_jump", "warning", jumpCount, t["finding.impossible_jump"], jumps.FirstOrDefault());

        var credit = known.Where(s => s.Period == last && s.Balance.IsNegative).ToList();
        Add(findings, "credit_balances", "info", credit.Count, t.Format("finding.credit_balances", ("period", Period(last))),
            credit.FirstOrDefault() is { } c ? $"{c.AccountId}: {c.Balance}" : null);

        var missing = byAccount.Count(a => a.Count() < periods.Count);
        Add(findings, "missing_periods", "warning", missing, t.Format("finding.missing_periods", ("periods", periods.Count.ToString(CultureInfo.InvariantCulture))), null);

        var codes = known.Where(s => s.ReportedStatus is not null)
            .GroupBy(s => s.ReportedStatus!)
            .OrderBy(g => int.TryParse(g.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count().ToString("N0", CultureInfo.InvariantCulture)}")
            .ToList();
        if (codes.Count > 0)
        {
            Add(findings, "status_codes", "info", codes.Count, t["finding.status_codes"], string.Join(" · ", codes), always: true);
        }
    }

    private static void ItemFindings(Portfolio portfolio, LocalDate asOf, LedgerHistory? ledger, List<FindingFigure> findings, ReportTexts t)
    {
        var asOfDay = DayNumber.Of(asOf);
        var openAtAsOf = portfolio.Items.Where(i => i.OpenAmountOn(asOf).IsPositive).ToList();
        var lastActivity = portfolio.Items.SelectMany(i => new[] { i.IssuedOn, i.SettledOn, (LocalDate?)i.DueOn }).OfType<LocalDate>().Max(DayNumber.Of);
        var quiet = asOfDay - lastActivity;
        Add(findings, "as_of_after_data", "warning", quiet > 31 ? quiet : 0, t.Format("finding.as_of_after_data", ("days", quiet.ToString("N0", CultureInfo.InvariantCulture)), ("last", Date(DayNumber.ToDate(lastActivity)))), null);

        if (ledger is not null)
        {
            var settledLater = openAtAsOf.FirstOrDefault(i => i.SettledOn is { } s && DayNumber.Of(s) > asOfDay);
            Add(findings, "settled_after_as_of", "info", ledger.ItemsSettledAfterAsOf, t["finding.settled_after_as_of"],
                settledLater is null ? null : $"{settledLater.Id}: {(settledLater.IssuedOn is { } issued ? Date(issued) : "?")} → {Date(settledLater.SettledOn!.Value)}");
            Add(findings, "issued_after_as_of", "info", ledger.ItemsIssuedAfterAsOf, t["finding.issued_after_as_of"], null);
        }

        var disputedOpen = openAtAsOf.Where(i => i.IsDisputed).ToList();
        Add(findings, "disputed_open_items", "info", disputedOpen.Count, t["finding.disputed_open_items"], disputedOpen.FirstOrDefault()?.Id.ToString());

        var settledByAsOf = portfolio.Items.Where(i => i.SettledOn is { } s && DayNumber.Of(s) <= asOfDay).ToList();
        var late = settledByAsOf.Where(i => DayNumber.Of(i.SettledOn!.Value) > DayNumber.Of(i.DueOn)).ToList();
        if (settledByAsOf.Count > 0)
        {
            var averageLate = late.Count == 0 ? 0 : late.Average(i => DayNumber.Of(i.SettledOn!.Value) - DayNumber.Of(i.DueOn));
            Add(findings, "paid_late", "info", late.Count, t.Format("finding.paid_late",
                ("settled", settledByAsOf.Count.ToString("N0", CultureInfo.InvariantCulture)),
                ("average", averageLate.ToString("F1", CultureInfo.InvariantCulture))), null, always: true);
        }

        var terms = portfolio.Items.Where(i => i.IssuedOn is not null).GroupBy(i => DayNumber.Of(i.DueOn) - DayNumber.Of(i.IssuedOn!.Value)).OrderByDescending(g => g.Count()).ToList();
        if (terms.Count == 1 && terms[0].Count() == portfolio.Items.Length)
        {
            Add(findings, "uniform_terms", "info", portfolio.Items.Length, t.Format("finding.uniform_terms", ("days", terms[0].Key.ToString(CultureInfo.InvariantCulture))), null);
        }
    }

    private static void Add(List<FindingFigure> findings, string code, string severity, int count, string message, string? example, bool always = false)
    {
        if (count > 0 || always)
        {
            findings.Add(new FindingFigure(code, severity, count, message, example));
        }
    }

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    private static string Period(YearMonth period) => period.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
