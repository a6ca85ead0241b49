using System.Globalization;
using NodaTime;

namespace Collections.Aging;

/// <summary>How <see cref="AccountProfiles"/> reads behaviour and reachability from a portfolio.</summary>
public sealed record AccountProfileOptions
{
    /// <summary>The defaults: 3 recent periods for payments, 3 for the trend, days in Asia/Riyadh, contact data detected.</summary>
    public static AccountProfileOptions Default { get; } = new();

    /// <summary>How many periods (months), ending with the as-of period, count as "recent" for payments (default 3).</summary>
    public int RecentPeriods { get; init; } = 3;

    /// <summary>How many periods (months), ending with the as-of period, the delinquency trend spans (default 3: compares the as-of period with two periods earlier).</summary>
    public int TrendPeriods { get; init; } = 3;

    /// <summary>The creditor's time zone: an attempt counts when it was made before the end of the as-of day there (docs/kpi-definitions.md: Asia/Riyadh by default).</summary>
    public DateTimeZone CreditorTimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>Whether the portfolio carries contact points; <see langword="null"/> (default) decides it from the data: provided when at least one debtor has a contact point.</summary>
    /// <remarks>When contact points are not provided, availability is Unknown (never "unreachable"); when they are, a debtor without a valid one is NoneUsable.</remarks>
    public bool? ContactPointsProvided { get; init; }

    /// <summary>Lists what is wrong with the options.</summary>
    /// <returns>Every violation, in words; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var violations = new List<string>();
        if (RecentPeriods is < 1 or > 120)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"RecentPeriods is {RecentPeriods}; it must be 1..120"));
        }

        if (TrendPeriods is < 1 or > 120)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"TrendPeriods is {TrendPeriods}; it must be 1..120"));
        }

        if (CreditorTimeZone is null)
        {
            violations.Add("CreditorTimeZone is null");
        }

        return violations;
    }
}
