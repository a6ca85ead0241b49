using System.Collections.Immutable;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Kpi.Governance;

/// <summary>Collects what a host has — a <see cref="KpiReport"/> per period, the aging at each period end, a baseline,
/// targets, channel costs, account activity and the audit head — and builds a <see cref="GovernanceReport"/>.</summary>
/// <remarks>
/// <para>Mutable by design (configure, then <see cref="Build"/>); every <c>Add…</c> checks its argument at once and
/// changes nothing when it refuses: a period that is not exactly one week (from <see cref="FirstDayOfWeek"/>) or calendar
/// month of the report's kind, that overlaps one already added, in another currency or bucket set, or whose creditor
/// breakdown names another creditor; an aging report not as of the period's last day or holding another currency; a
/// target for a KPI that is neutral or not computed from facts, or given twice; a channel cost in another currency, negative
/// or given twice; account activity of another creditor, in another currency or given twice. A batch (<see cref="AddTargets"/>,
/// <see cref="AddAccounts"/>) is checked whole first and added all or none: one refused item and nothing of the batch is
/// added, every refused item listed.</para>
/// <para>The accumulator's scope decides the breakdowns: promise-kept by agent and by template need
/// <see cref="KpiDimension.Agent"/> and <see cref="KpiDimension.Template"/> in <see cref="KpiScope.Breakdowns"/>, forward
/// roll by segment needs <see cref="KpiDimension.Segment"/>; without them those sections are empty.</para>
/// </remarks>
public sealed partial class GovernanceReportBuilder
{
    private readonly List<(GovernancePeriod Period, KpiReport Report, AgingReport? Aging, LedgerMonthFigures? Ledger)> _periods = [];
    private readonly Dictionary<KpiId, KpiTarget> _targets = [];
    private readonly Dictionary<Channel, Money> _costs = [];
    private readonly Dictionary<AccountId, GovernanceAccountActivity> _accounts = [];
    private IsoDayOfWeek _firstDayOfWeek = IsoDayOfWeek.Sunday;

    /// <summary>Starts a report for a creditor.</summary>
    /// <param name="creditor">The creditor.</param>
    /// <param name="kind">Weekly or monthly.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="codebook">The codebook the KPI facts were coded with (labels of segments, agents, templates, creditors).</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The creditor or the currency is not specified.</exception>
    public GovernanceReportBuilder(CreditorId creditor, GovernancePeriodKind kind, Currency currency, KpiCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(codebook);
        if (creditor.Value is null)
        {
            throw new ArgumentException("The creditor is not specified.", nameof(creditor));
        }

        if (!currency.IsSpecified)
        {
            throw new ArgumentException("The currency is not specified.", nameof(currency));
        }

        Creditor = creditor;
        Kind = kind;
        Currency = currency;
        Codebook = codebook;
    }

    /// <summary>The creditor.</summary>
    public CreditorId Creditor { get; }

    /// <summary>Weekly or monthly.</summary>
    public GovernancePeriodKind Kind { get; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The codebook of the KPI facts.</summary>
    public KpiCodebook Codebook { get; }

    /// <summary>The day weeks start on: Sunday (Saudi Arabia) unless set. Set it before adding periods.</summary>
    /// <exception cref="ArgumentException">Not Monday to Sunday.</exception>
    /// <exception cref="InvalidOperationException">Periods were already added.</exception>
    public IsoDayOfWeek FirstDayOfWeek
    {
        get => _firstDayOfWeek;
        set
        {
            if (value is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentException($"The first day of the week must be Monday to Sunday (got {(int)value}).", nameof(value));
            }

            if (_periods.Count > 0 && value != _firstDayOfWeek)
            {
                throw new InvalidOperationException("Set the first day of the week before adding periods.");
            }

            _firstDayOfWeek = value;
        }
    }

    /// <summary>The creditor's time zone the periods' local dates are in: Asia/Riyadh unless set.</summary>
    public DateTimeZone CreditorZone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>The baseline the KPIs are compared with, if any.</summary>
    public KpiBaseline? Baseline { get; set; }

    /// <summary>The audit trail's head the report is computed at (<see cref="AuditHead.Empty"/> unless set).</summary>
    public AuditHead AuditHead { get; set; }

    /// <summary>Adds a period: the accumulator's report over exactly one period of the kind, and the aging at its last day.</summary>
    /// <param name="report">The KPI report; its scope's period must be one week or calendar month of the report's kind.</param>
    /// <param name="aging">The aging as of the period's last day, in the report's currency and bucket set; optional.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report or aging is refused (see remarks); every problem listed, the argument named.</exception>
    public GovernanceReportBuilder AddPeriod(KpiReport report, AgingReport? aging = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = report.Scope;
        var problems = new List<string>();
        if (!GovernancePeriod.TryFrom(Kind, scope.Period, FirstDayOfWeek, out var period))
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"its period {scope.Period.Start:uuuu-MM-dd}..{scope.Period.End:uuuu-MM-dd} is not one {(Kind == GovernancePeriodKind.Weekly ? "week starting on " + FirstDayOfWeek : "calendar month")}"));
        }
        else if (_periods.FirstOrDefault(p => p.Period.Start <= period.End && period.Start <= p.Period.End) is { Period: { } other })
        {
            problems.Add($"its period {period} overlaps the period {other} already added");
        }

        if (scope.Currency != Currency)
        {
            problems.Add($"its currency is {scope.Currency.Code}, the report's is {Currency.Code} (wrong currency)");
        }

        if (_periods.Count > 0 && !SameBuckets(_periods[0].Report.Scope.Buckets, scope.Buckets))
        {
            problems.Add("its aging bucket set differs from the first period's");
        }

        if (scope.Breakdowns.Contains(KpiDimension.Creditor))
        {
            var others = report.Codes(KpiDimension.Creditor).Where(c => c != 0)
                .Select(c => Codebook.Label(KpiBreakdownKey.For(KpiDimension.Creditor, c)))
                .Where(label => !string.Equals(label, Creditor.Value, StringComparison.Ordinal))
                .ToList();
            if (others.Count > 0)
            {
                problems.Add($"it holds facts of creditor {string.Join(", ", others)}, the report is for {Creditor.Value} (creditor mismatch)");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The KPI report cannot be a period of this governance report: " + string.Join("; ", problems) + ".", nameof(report));
        }

        if (aging is not null)
        {
            CheckAging(aging, period!, scope.Buckets);
        }

        _periods.Add((period!, report, aging, null));
        return this;
    }

    /// <summary>Adds a calendar month with the ledger's figures of that month, so that its KPI lines include the collection
    /// effectiveness index and DSO (<see cref="KpiSource.LedgerHistory"/>) beside the accumulator's KPIs.</summary>
    /// <param name="report">The KPI report; its scope's period must be the calendar month of the ledger figures.</param>
    /// <param name="aging">The aging as of the month's last day, or <see langword="null"/>.</param>
    /// <param name="ledger">The ledger's figures of the month (<see cref="LedgerMonthEnd.FiguresFor"/>), in the report's currency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="AddPeriod(KpiReport, AgingReport?)"/>; or the report is weekly, or
    /// the ledger figures are of another month or currency (the argument named).</exception>
    public GovernanceReportBuilder AddPeriod(KpiReport report, AgingReport? aging, LedgerMonthFigures ledger)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(ledger);
        var problems = new List<string>();
        if (Kind != GovernancePeriodKind.Monthly)
        {
            problems.Add("ledger figures are monthly and this report is weekly");
        }

        if (ledger.Month != report.Scope.Period.Start.ToYearMonth() || ledger.Month != report.Scope.Period.End.ToYearMonth())
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"they are of {ledger.Month:uuuu-MM}, the KPI report's period is {report.Scope.Period.Start:uuuu-MM-dd}..{report.Scope.Period.End:uuuu-MM-dd}"));
        }

        if (ledger.Currency != Currency)
        {
            problems.Add($"they are in {ledger.Currency.Code}, the report's currency is {Currency.Code} (wrong currency)");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The ledger figures cannot be the month's: " + string.Join("; ", problems) + ".", nameof(ledger));
        }

        AddPeriod(report, aging);
        _periods[^1] = _periods[^1] with { Ledger = ledger };
        return this;
    }

    /// <summary>Adds the unit cost of one attempt on a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="costPerAttempt">The cost of one attempt, zero or more, in the report's currency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Another currency, a negative cost, or the channel already has a cost.</exception>
    public GovernanceReportBuilder AddChannelCost(Channel channel, Money costPerAttempt)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (costPerAttempt.Currency != Currency)
        {
            throw new ArgumentException($"The cost of {channel.Code} is in {costPerAttempt.Currency.Code}, the report's currency is {Currency.Code} (wrong currency).", nameof(costPerAttempt));
        }

        if (costPerAttempt.IsNegative)
        {
            throw new ArgumentException($"The cost of {channel.Code} is negative ({costPerAttempt}).", nameof(costPerAttempt));
        }

        if (!_costs.TryAdd(channel, costPerAttempt))
        {
            throw new ArgumentException($"{channel.Code} already has a cost ({_costs[channel]}).", nameof(channel));
        }

        return this;
    }

    /// <summary>Builds the report: periods in date order, sections per period and pooled, and the provenance hash.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidOperationException">No period was added (an empty report).</exception>
    public GovernanceReport Build()
    {
        if (_periods.Count == 0)
        {
            throw new InvalidOperationException("A governance report needs at least one period: call AddPeriod(report, aging) first (empty report).");
        }

        var ordered = _periods.OrderBy(p => p.Period.Start).ToList();
        var buckets = ordered[0].Report.Scope.Buckets;
        ImmutableArray<KpiTarget> targets = [.. _targets.Values.OrderBy(t => t.Id.Value)];
        ImmutableArray<GovernanceChannelCost> costs = [.. _costs.OrderBy(c => c.Key.Value).Select(c => new GovernanceChannelCost(c.Key, c.Value))];
        ImmutableArray<GovernanceAccountActivity> accounts = [.. _accounts.Values.OrderBy(a => a.Account.Value, StringComparer.Ordinal)];

        var periods = ordered.Select(p => GovernanceSections.Period(p.Period, p.Report, p.Aging, p.Ledger, buckets, Baseline, _targets, _costs, Codebook, Currency)).ToImmutableArray();
        var pooled = GovernanceSections.Pool(periods, buckets, _costs, Currency);
        var canonical = GovernanceCanonicalInput.Write(Creditor, Kind, FirstDayOfWeek, CreditorZone.Id, Currency, buckets, Baseline, targets, costs, periods, accounts);
        var provenance = new GovernanceProvenance(GovernanceCanonicalInput.Sha256(canonical), AuditHead, GovernanceCanonicalInput.Version);
        return new GovernanceReport(Creditor, Kind, FirstDayOfWeek, CreditorZone.Id, Currency, buckets, Baseline, targets, costs, periods, pooled, accounts, provenance);
    }

    private static bool SameBuckets(AgingBucketSet left, AgingBucketSet right) =>
        ReferenceEquals(left, right) || left.Buckets.Select(b => b.Label).SequenceEqual(right.Buckets.Select(b => b.Label), StringComparer.Ordinal);

    private void CheckAging(AgingReport aging, GovernancePeriod period, AgingBucketSet buckets)
    {
        var problems = new List<string>();
        if (aging.AsOf != period.End)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"it is as of {aging.AsOf:uuuu-MM-dd}, the period {period} ends on {period.End:uuuu-MM-dd}"));
        }

        var others = aging.Currencies.Where(c => c != Currency).Select(c => c.Code).ToList();
        if (others.Count > 0)
        {
            problems.Add($"it holds {string.Join(", ", others)}, the report's currency is {Currency.Code} (wrong currency)");
        }

        if (!SameBuckets(aging.Buckets, buckets))
        {
            problems.Add("its bucket set differs from the KPI report's");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The aging report cannot be the period's aging: " + string.Join("; ", problems) + ".", nameof(aging));
        }
    }
}
