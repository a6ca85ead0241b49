using System.Collections.Immutable;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi.Governance;

/// <summary>A creditor's weekly or monthly governance report: per period the KPIs against baseline and target, aging,
/// roll-rate heat map, channel comparison and promise-kept by agent and template; the same sections pooled over all
/// periods; the host's account activity for the escalation rule; and the provenance (input SHA-256, audit head).</summary>
/// <remarks>
/// <para>Built by <see cref="GovernanceReportBuilder"/> from what hosts have (a <see cref="KpiReport"/> per period, an aging
/// report per period end, a baseline, targets, channel costs). Immutable. Pooled sections sum numerators and denominators
/// over the periods (docs/kpi-definitions.md: pooled rates are never averages of rates).</para>
/// <para>Next-quarter recommendations are evaluated over a report by <see cref="NextQuarterRecommendations"/>.</para>
/// </remarks>
public sealed record GovernanceReport
{
    internal GovernanceReport(
        CreditorId creditor,
        GovernancePeriodKind kind,
        IsoDayOfWeek firstDayOfWeek,
        string creditorZone,
        Currency currency,
        AgingBucketSet buckets,
        KpiBaseline? baseline,
        ImmutableArray<KpiTarget> targets,
        ImmutableArray<GovernanceChannelCost> channelCosts,
        ImmutableArray<GovernancePeriodReport> periods,
        GovernancePooled pooled,
        ImmutableArray<GovernanceAccountActivity> accounts,
        GovernanceProvenance provenance)
    {
        Creditor = creditor;
        Kind = kind;
        FirstDayOfWeek = firstDayOfWeek;
        CreditorZone = creditorZone;
        Currency = currency;
        Buckets = buckets;
        Baseline = baseline;
        Targets = targets;
        ChannelCosts = channelCosts;
        Periods = periods;
        Pooled = pooled;
        Accounts = accounts;
        Provenance = provenance;
    }

    /// <summary>The creditor the report is for.</summary>
    public CreditorId Creditor { get; }

    /// <summary>Weekly or monthly.</summary>
    public GovernancePeriodKind Kind { get; }

    /// <summary>The day weeks start on (Sunday in Saudi Arabia); kept for monthly reports too.</summary>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>The creditor's time zone (tzdb id) the periods' local dates are in.</summary>
    public string CreditorZone { get; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The aging bucket set of the aging and roll-rate sections.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The baseline the KPIs are compared with, or <see langword="null"/> when none was given.</summary>
    public KpiBaseline? Baseline { get; }

    /// <summary>The targets, in catalog order.</summary>
    public ImmutableArray<KpiTarget> Targets { get; }

    /// <summary>The unit costs per channel, in channel order.</summary>
    public ImmutableArray<GovernanceChannelCost> ChannelCosts { get; }

    /// <summary>The periods, in date order, without overlap.</summary>
    public ImmutableArray<GovernancePeriodReport> Periods { get; }

    /// <summary>The channel, promise-kept, segment and roll-rate sections pooled over every period.</summary>
    public GovernancePooled Pooled { get; }

    /// <summary>The host's account activity at the end of the span, ordered by account id (ordinal).</summary>
    public ImmutableArray<GovernanceAccountActivity> Accounts { get; }

    /// <summary>The input SHA-256 and the audit head the report was computed at.</summary>
    public GovernanceProvenance Provenance { get; }

    /// <summary>From the first period's first day to the last period's last day.</summary>
    public DateInterval Span => new(Periods[0].Period.Start, Periods[^1].Period.End);
}
