using System.Globalization;
using System.Collections.Immutable;
using Collections.Core;

namespace Collections.Aging;

/// <summary>A segment criterion on an account's debt: one <see cref="MoneyRange"/> per currency.</summary>
/// <remarks>
/// Amounts are never converted between currencies: an account whose currency has no range in the band does not
/// match it. A segment set meant for several currencies gives a range for each (see <see cref="StandardSegments"/>).
/// </remarks>
public sealed record AmountBand
{
    private AmountBand(ImmutableArray<MoneyRange> ranges) => Ranges = ranges;

    /// <summary>The ranges, one per currency.</summary>
    public ImmutableArray<MoneyRange> Ranges { get; }

    /// <summary>A band from explicit ranges (checked when the segment set is created).</summary>
    /// <param name="ranges">One range per currency.</param>
    /// <returns>The band.</returns>
    public static AmountBand Of(params IEnumerable<MoneyRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return new AmountBand([.. ranges]);
    }

    /// <summary>Debt of at least the given amounts, one per currency.</summary>
    /// <param name="minimums">The thresholds.</param>
    /// <returns>The band.</returns>
    public static AmountBand AtLeast(params IEnumerable<Money> minimums)
    {
        ArgumentNullException.ThrowIfNull(minimums);
        return new AmountBand([.. minimums.Select(MoneyRange.AtLeast)]);
    }

    /// <summary>Debt below the given amounts, one per currency.</summary>
    /// <param name="limits">The first amounts excluded.</param>
    /// <returns>The band.</returns>
    public static AmountBand LessThan(params IEnumerable<Money> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new AmountBand([.. limits.Select(MoneyRange.LessThan)]);
    }

    /// <summary>Whether an amount falls in the band's range for its currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="false"/> when the band has no range in that currency.</returns>
    public bool Contains(Money amount)
    {
        foreach (var range in Ranges)
        {
            if (range.Currency == amount.Currency)
            {
                return range.Contains(amount);
            }
        }

        return false;
    }

    internal void Validate(string owner, List<string> violations)
    {
        if (Ranges.IsDefaultOrEmpty)
        {
            violations.Add($"{owner}: the amount band has no range");
            return;
        }

        foreach (var range in Ranges)
        {
            RangeChecks.Validate(range, owner, violations);
        }

        foreach (var repeated in Ranges.GroupBy(r => r.Currency).Where(g => g.Count() > 1))
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the amount band has {repeated.Count()} ranges in {repeated.Key}"));
        }
    }
}
