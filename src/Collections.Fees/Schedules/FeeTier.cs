using System.Globalization;
using Collections.Core;

namespace Collections.Fees;

/// <summary>One tier of a fee schedule: the percentage of amounts collected that accounts of an age at placement (and optionally a placed balance) earn.</summary>
/// <remarks>
/// <para>A payment's tier is chosen once, from its account's placement: the days past due on the day it was placed and
/// the balance placed — never from the age or balance on the day of the payment, so an account does not change tier
/// while it is being worked.</para>
/// <para>Unchecked on its own; <see cref="FeeSchedule.Create"/> checks the tiers together: together they must cover
/// every age exactly once (no gap, no overlap), and tiers with the same ages either all give a balance range or it is
/// the only tier for those ages, the ranges covering every balance from zero exactly once.</para>
/// </remarks>
/// <param name="Code">The tier's code as statements print it, for example <c>A</c> or <c>91-180</c>.</param>
/// <param name="Age">The days past due at placement this tier applies to (both ends included).</param>
/// <param name="PlacedBalance">The placed balances this tier applies to (from the minimum, to below the upper limit), or <see langword="null"/> for every balance.</param>
/// <param name="Percent">The fee as a percentage of the amount collected, from 0 to 100 (12.5 is 12.5%).</param>
public sealed record FeeTier(string Code, DaysPastDueRange Age, MoneyRange? PlacedBalance, decimal Percent)
{
    /// <summary>A tier for every placed balance of the given ages.</summary>
    /// <param name="code">The tier's code.</param>
    /// <param name="age">The days past due at placement.</param>
    /// <param name="percent">The percentage of amounts collected.</param>
    /// <returns>The tier.</returns>
    public static FeeTier ForAge(string code, DaysPastDueRange age, decimal percent) => new(code, age, null, percent);

    /// <summary>Whether an account placed at this age with this balance is in the tier.</summary>
    /// <param name="ageAtPlacement">Days past due on the placement date.</param>
    /// <param name="placedBalance">The balance placed.</param>
    /// <returns><see langword="true"/> when inside both ranges.</returns>
    public bool Contains(DaysPastDue ageAtPlacement, Money placedBalance) =>
        Age.Contains(ageAtPlacement) && (PlacedBalance is not { } range || range.Contains(placedBalance));

    /// <summary>The tier as <c>code: ages … balances … percent%</c> in the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code}: DPD {Age}{(PlacedBalance is { } b ? " balance " + b : string.Empty)} {Percent}%");
}
