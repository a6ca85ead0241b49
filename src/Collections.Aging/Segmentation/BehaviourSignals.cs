using System.Globalization;

namespace Collections.Aging;

/// <summary>What an account's history says about how it pays: payments in recent periods, the delinquency trend, disputes, broken promises, lateness.</summary>
/// <remarks>
/// Every signal that the data may not carry is nullable or has an Unknown value: a segment criterion on an unknown
/// signal does not match (an account is never put in "no payment" because the file had no payment column).
/// Built by <see cref="AccountProfiles"/>; hosts with promise data set <see cref="BrokenPromises"/> with <c>with</c>.
/// </remarks>
public sealed record BehaviourSignals
{
    /// <summary>Creates signals.</summary>
    /// <param name="recentPeriods">How many recent periods <paramref name="periodsWithPayment"/> looked at (at least 1).</param>
    /// <param name="periodsWithPayment">In how many of them a payment was seen; <see langword="null"/> when payments are not known.</param>
    /// <param name="trend">The delinquency trend.</param>
    /// <param name="trendPeriods">How many periods the trend spans.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, <paramref name="recentPeriods"/> is below 1, or <paramref name="periodsWithPayment"/> exceeds it.</exception>
    public BehaviourSignals(int recentPeriods, int? periodsWithPayment, DelinquencyTrend trend, int trendPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recentPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trendPeriods, 1);
        if (periodsWithPayment is { } paid)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(paid, nameof(periodsWithPayment));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(paid, recentPeriods, nameof(periodsWithPayment));
        }

        RecentPeriods = recentPeriods;
        PeriodsWithPayment = periodsWithPayment;
        Trend = trend;
        TrendPeriods = trendPeriods;
    }

    /// <summary>Signals that say nothing: payments unknown, trend unknown, no dispute known.</summary>
    public static BehaviourSignals Unknown { get; } = new(1, null, DelinquencyTrend.Unknown, 1);

    /// <summary>How many recent periods the payment count looked at.</summary>
    public int RecentPeriods { get; }

    /// <summary>In how many recent periods a payment was seen; <see langword="null"/> when the data has no payments.</summary>
    public int? PeriodsWithPayment { get; }

    /// <summary>Whether any payment was seen in the recent periods; <see langword="null"/> when unknown.</summary>
    public bool? PaidRecently => PeriodsWithPayment is { } paid ? paid > 0 : null;

    /// <summary>The delinquency trend over <see cref="TrendPeriods"/> periods.</summary>
    public DelinquencyTrend Trend { get; }

    /// <summary>How many periods the trend spans.</summary>
    public int TrendPeriods { get; }

    /// <summary>Whether the account has an open dispute (the account is flagged, or an open item is disputed).</summary>
    public bool HasOpenDispute { get; init; }

    /// <summary>How many of its open items are disputed.</summary>
    public int DisputedOpenItems { get; init; }

    /// <summary>Broken promises to pay, when the host knows them; <see langword="null"/> otherwise.</summary>
    public int? BrokenPromises { get; init; }

    /// <summary>The mean days late (settlement − due date, at least 0) of items settled on or before the as-of date; <see langword="null"/> when none were.</summary>
    public decimal? AverageDaysLate { get; init; }

    /// <summary>How many settled items <see cref="AverageDaysLate"/> averages.</summary>
    public int SettledItems { get; init; }

    /// <summary>The signals in words, English, for logs.</summary>
    /// <returns>For example <c>paid 1/3, worsening, dispute</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"paid {(PeriodsWithPayment is { } p ? p.ToString(CultureInfo.InvariantCulture) : "?")}/{RecentPeriods}, {Trend}{(HasOpenDispute ? ", dispute" : string.Empty)}");
}
