using System.Collections.Immutable;
using System.Globalization;

namespace Collections.Aging;

/// <summary>Segment criteria on behaviour; every part left null (or empty) matches any account.</summary>
/// <remarks>A criterion on a signal the data does not carry (unknown payments, unknown trend, unknown promises) does not match.</remarks>
public sealed record BehaviourCriteria
{
    /// <summary>Requires a payment in the recent periods (<see langword="true"/>) or none (<see langword="false"/>).</summary>
    public bool? PaidRecently { get; init; }

    /// <summary>Requires one of these trends; empty for any.</summary>
    public ImmutableArray<DelinquencyTrend> Trends { get; init; } = [];

    /// <summary>Requires an open dispute (<see langword="true"/>) or none (<see langword="false"/>).</summary>
    public bool? OpenDispute { get; init; }

    /// <summary>Requires at least this many broken promises (when promises are known).</summary>
    public int? MinimumBrokenPromises { get; init; }

    /// <summary>Requires settled items to have been paid at least this many days late on average.</summary>
    public decimal? MinimumAverageDaysLate { get; init; }

    /// <summary>Whether the criteria hold for the signals.</summary>
    /// <param name="signals">An account's behaviour.</param>
    /// <returns><see langword="true"/> when every criterion given holds.</returns>
    public bool Matches(BehaviourSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return (PaidRecently is not { } paid || signals.PaidRecently == paid)
            && (Trends.IsDefaultOrEmpty || (signals.Trend != DelinquencyTrend.Unknown && Trends.Contains(signals.Trend)))
            && (OpenDispute is not { } dispute || signals.HasOpenDispute == dispute)
            && (MinimumBrokenPromises is not { } promises || signals.BrokenPromises >= promises)
            && (MinimumAverageDaysLate is not { } late || signals.AverageDaysLate >= late);
    }

    internal bool IsEmpty =>
        PaidRecently is null && Trends.IsDefaultOrEmpty && OpenDispute is null && MinimumBrokenPromises is null && MinimumAverageDaysLate is null;

    internal void Validate(string owner, List<string> violations)
    {
        if (MinimumBrokenPromises is < 0)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the minimum of broken promises is negative ({MinimumBrokenPromises})"));
        }

        if (MinimumAverageDaysLate is < 0)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the minimum average days late is negative ({MinimumAverageDaysLate})"));
        }

        if (!Trends.IsDefaultOrEmpty && Trends.Contains(DelinquencyTrend.Unknown))
        {
            violations.Add($"{owner}: a trend criterion cannot ask for an unknown trend");
        }
    }
}
