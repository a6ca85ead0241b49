using System.Collections.Immutable;
using System.Globalization;
using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Kpi;

/// <summary>What a <see cref="KpiAccumulator"/> measures: the period, the currency of every amount, the bucket set of roll
/// states and bucket codes, and the dimensions to break the KPIs down by.</summary>
/// <remarks>
/// <para>The period is any <see cref="DateInterval"/> of local dates in the creditor's time zone, both ends included
/// (docs/kpi-definitions.md: day boundaries are the creditor's local day). A fact counts when its day falls in it: an
/// attempt's or complaint's day, a promise's due date, a payment's value date, an agent-time fact's day.</para>
/// <para>Breakdowns cost memory and time in proportion to their number: each dimension listed gets its own counters per
/// code. The channel is always available for attempts, promises and complaints (their counters are kept per channel),
/// so listing <see cref="KpiDimension.Channel"/> is allowed and adds nothing.</para>
/// <para>Accumulators merge only when their scopes are equal (<see cref="Describe"/> names the differences).</para>
/// </remarks>
public sealed class KpiScope
{
    private KpiScope(DateInterval period, Currency currency, AgingBucketSet buckets, ImmutableArray<KpiDimension> breakdowns)
    {
        Period = period;
        Currency = currency;
        Buckets = buckets;
        Breakdowns = breakdowns;
        StartDay = DayNumber.Of(period.Start);
        EndDay = DayNumber.Of(period.End);
        TallyDimensions = [.. breakdowns.Where(d => d != KpiDimension.Channel)];
    }

    /// <summary>The period, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>The currency of every amount in the facts and figures.</summary>
    public Currency Currency { get; }

    /// <summary>The bucket set of roll states and aging-bucket codes.</summary>
    public AgingBucketSet Buckets { get; }

    /// <summary>The dimensions to break down by, in value order without repeats.</summary>
    public ImmutableArray<KpiDimension> Breakdowns { get; }

    internal int StartDay { get; }

    internal int EndDay { get; }

    /// <summary>The breakdown dimensions that need counters of their own (all but the channel).</summary>
    internal ImmutableArray<KpiDimension> TallyDimensions { get; }

    /// <summary>Creates a scope.</summary>
    /// <param name="period">The period (ISO calendar), both ends included.</param>
    /// <param name="currency">The currency of every amount.</param>
    /// <param name="buckets">The bucket set; <see cref="AgingBucketSet.Default"/> when omitted.</param>
    /// <param name="breakdowns">Dimensions to break down by (repeats ignored); none when omitted.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null, or a breakdown is null.</exception>
    /// <exception cref="ArgumentException">The currency is unspecified, the period is not in the ISO calendar, or the bucket
    /// set has more than 254 buckets (a bucket code is one byte); every violation listed.</exception>
    public static KpiScope Create(DateInterval period, Currency currency, AgingBucketSet? buckets = null, IEnumerable<KpiDimension>? breakdowns = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var set = buckets ?? AgingBucketSet.Default;
        var dimensions = (breakdowns ?? []).ToList();
        var violations = new List<string>();
        if (!currency.IsSpecified)
        {
            violations.Add("the currency is unspecified (default)");
        }

        if (period.Start.Calendar != CalendarSystem.Iso)
        {
            violations.Add($"the period is in the {period.Start.Calendar.Id} calendar; give it in the ISO calendar");
        }

        if (set.Count > byte.MaxValue - 1)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"the bucket set has {set.Count} buckets; a KPI fact's bucket code is one byte (at most 254 buckets)"));
        }

        if (dimensions.Any(d => d is null))
        {
            throw new ArgumentNullException(nameof(breakdowns), "A breakdown dimension is null.");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("The KPI scope is not valid: " + string.Join("; ", violations) + ".", nameof(period));
        }

        return new KpiScope(period, currency, set, [.. dimensions.Distinct().OrderBy(d => d.Value)]);
    }

    /// <summary>The differences between two scopes, in words (empty when they are equal).</summary>
    /// <param name="other">The other scope.</param>
    /// <returns>One line per difference.</returns>
    public IReadOnlyList<string> Describe(KpiScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var differences = new List<string>();
        if (!Period.Equals(other.Period))
        {
            differences.Add($"the periods differ ({Period} and {other.Period})");
        }

        if (Currency != other.Currency)
        {
            differences.Add($"the currencies differ ({Currency} and {other.Currency})");
        }

        if (!RollRateAccumulator.SameBuckets(Buckets, other.Buckets))
        {
            differences.Add("the bucket sets differ");
        }

        if (!Breakdowns.SequenceEqual(other.Breakdowns))
        {
            differences.Add($"the breakdowns differ ({Names(Breakdowns)} and {Names(other.Breakdowns)})");
        }

        return differences;
    }

    /// <summary>Whether a day number falls in the period.</summary>
    internal bool Contains(int dayNumber) => unchecked((uint)(dayNumber - StartDay) <= (uint)(EndDay - StartDay));

    private static string Names(ImmutableArray<KpiDimension> dimensions) =>
        dimensions.IsEmpty ? "none" : string.Join(", ", dimensions.Select(d => d.Code));
}
