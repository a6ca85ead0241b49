using System.Globalization;
using Collections.Core;

namespace Collections.Aging;

/// <summary>The segment set's checks of Core's <see cref="DaysPastDueRange"/> and <see cref="MoneyRange"/>, worded for a segment.</summary>
internal static class RangeChecks
{
    public static void Validate(DaysPastDueRange range, string owner, List<string> violations)
    {
        if (range.IsEmpty)
        {
            violations.Add(string.Create(CultureInfo.InvariantCulture, $"{owner}: the age range ends ({range.Maximum}) before it starts ({range.Minimum})"));
        }
    }

    public static void Validate(MoneyRange range, string owner, List<string> violations)
    {
        var currency = range.Currency;
        if (!currency.IsSpecified)
        {
            violations.Add($"{owner}: an amount range has no currency");
            return;
        }

        if (range.Minimum is { } low && low.Currency != currency)
        {
            violations.Add($"{owner}: the {currency.Code} range's minimum is in {low.Currency}");
        }

        if (range.Below is { } high && high.Currency != currency)
        {
            violations.Add($"{owner}: the {currency.Code} range's upper limit is in {high.Currency}");
        }

        if (range.Minimum is { } min && range.Below is { } max && max.MinorUnits <= min.MinorUnits)
        {
            violations.Add($"{owner}: the {currency.Code} range is empty (from {min} to below {max})");
        }
    }
}
