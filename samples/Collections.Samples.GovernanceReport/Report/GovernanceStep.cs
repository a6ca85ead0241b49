using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using Collections.Core.Audit;
using Collections.Kpi;
using Collections.Kpi.Governance;
using Collections.Samples.GovernanceReport.Data;
using Collections.Samples.GovernanceReport.Facts;
using Collections.Samples.GovernanceReport.Inputs;
using NodaTime;

namespace Collections.Samples.GovernanceReport.Report;

#pragma warning disable IDE0065 // the alias must be inside the namespace: the sample\'s own namespace is named GovernanceReport
using GovernanceReport = Collections.Kpi.Governance.GovernanceReport;
#pragma warning restore IDE0065

/// <summary>Builds the governance report with the library: one <see cref="KpiAccumulator"/> per period, the aging at each
/// period end (<see cref="PortfolioAging.AgeItems"/>), the baseline, targets, channel costs and account activity into a
/// <see cref="GovernanceReportBuilder"/>; then <see cref="NextQuarterRecommendations"/>.</summary>
internal static class GovernanceStep
{
    /// <summary>The KPI breakdowns the report needs (segments for forward roll, agents and templates for promises kept).</summary>
    public static readonly ImmutableArray<KpiDimension> Breakdowns = [KpiDimension.Segment, KpiDimension.AgingBucket, KpiDimension.Agent, KpiDimension.Template];

    /// <summary>The periods of the kind that lie wholly inside the quarter (a week that straddles its start or end is left out).</summary>
    public static IReadOnlyList<GovernancePeriod> Periods(GovernancePeriodKind kind, DateInterval quarter) =>
        [.. GovernancePeriod.Cut(kind, quarter, IsoDayOfWeek.Sunday).Where(p => p.Start >= quarter.Start && p.End <= quarter.End)];

    /// <summary>Builds the quarter's report and the previous quarter's (the roll-rate rule compares each segment with it),
    /// then the recommendations.</summary>
    public static (GovernanceReport Report, GovernanceReport Previous, ImmutableArray<Recommendation> Recommendations) Build(
        CreditorFacts facts, GovernanceInputs inputs, GovernancePeriodKind kind, AuditHead head, IProgress<double>? progress = null)
    {
        var current = Periods(kind, facts.Data.Quarter);
        var earlier = Periods(kind, facts.Data.PreviousQuarter);
        var done = 0;
        void Counted() => progress?.Report(++done / (double)(current.Count + earlier.Count));
        var previous = Report(facts, inputs, kind, head, facts.Data.PreviousQuarter, earlier, Counted);
        var report = Report(facts, inputs, kind, head, facts.Data.Quarter, current, Counted);
        return (report, previous, NextQuarterRecommendations.Evaluate(report, previous: previous));
    }

    private static GovernanceReport Report(
        CreditorFacts facts, GovernanceInputs inputs, GovernancePeriodKind kind, AuditHead head, DateInterval quarter, IReadOnlyList<GovernancePeriod> periods, Action counted)
    {
        var builder = new GovernanceReportBuilder(facts.Creditor, kind, inputs.Currency, facts.Codebook)
        {
            FirstDayOfWeek = IsoDayOfWeek.Sunday,
            Baseline = inputs.Baseline,
            AuditHead = head,
        };
        foreach (var period in periods)
        {
            var scope = KpiScope.Create(period.Interval, inputs.Currency, facts.Buckets, Breakdowns);
            builder.AddPeriod(facts.Accumulate(scope).ToReport(), Aging(facts, period.End));
            counted();
        }

        builder.AddTargets(inputs.Targets);
        foreach (var cost in inputs.ChannelCosts)
        {
            builder.AddChannelCost(cost.Channel, cost.PerAttempt);
        }

        builder.AddAccounts(Activity(facts, new DateInterval(quarter.Start, periods[^1].End)));
        return builder.Build();
    }

    /// <summary>The aging on a snapshot day: each account owing something as one item due its days past due before the day.</summary>
    public static AgingReport Aging(CreditorFacts facts, LocalDate day) =>
        PortfolioAging.AgeItems(
            facts.Accounts
                .Select(a => facts.Snapshot(a.Id, day))
                .OfType<SnapshotRecord>()
                .Where(s => s.Balance.MinorUnits > 0)
                .Select(s => new ReceivableItem(new ItemId(s.Account.Value + "/" + day.ToString("uuuuMMdd", System.Globalization.CultureInfo.InvariantCulture)), s.Account, null, day.PlusDays(-s.DaysPastDue), s.Balance)),
            day,
            facts.Buckets);

    /// <summary>Account-level facts for the escalation rule: days past due and balance at the end, attempts in the quarter,
    /// promises falling due in it that were kept (evaluated by the library), whether a dispute was recorded in it.</summary>
    public static IEnumerable<GovernanceAccountActivity> Activity(CreditorFacts facts, DateInterval quarter)
    {
        var end = quarter.End;
        var attempts = facts.Attempts.Where(a => quarter.Contains(a.Day)).GroupBy(a => a.Account).ToDictionary(g => g.Key, g => (Count: g.Count(), Dispute: g.Any(a => a.Dispute)));
        var kept = facts.Evaluations.Where(e => e.Status == PromiseStatus.Kept && quarter.Contains(e.DueOn)).GroupBy(e => e.Promise.AccountId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var account in facts.Accounts)
        {
            if (facts.Snapshot(account.Id, end) is not { } snapshot || snapshot.Balance.MinorUnits == 0)
            {
                continue;
            }

            var (count, dispute) = attempts.GetValueOrDefault(account.Id);
            yield return new GovernanceAccountActivity(account.Id, account.Creditor, new DaysPastDue(snapshot.DaysPastDue), snapshot.Balance, count, kept.GetValueOrDefault(account.Id))
            {
                HasOpenDispute = dispute,
            };
        }
    }
}
