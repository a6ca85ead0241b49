using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using Collections.Core;

namespace Collections.Fees;

/// <summary>Why something in a statement's period earned no fee (or no more fee): the reasons a statement lists beside its lines.</summary>
public sealed class FeeExclusionReason : SmartEnum<FeeExclusionReason>
{
    /// <summary>The account is not placed with the collector on the schedule's track (code <c>not_placed</c>).</summary>
    public static readonly FeeExclusionReason NotPlaced = new("not_placed", 1);

    /// <summary>The payment's value date is before the placement (code <c>before_placement</c>).</summary>
    public static readonly FeeExclusionReason BeforePlacement = new("before_placement", 2);

    /// <summary>The payment's value date is on or after the recall (code <c>after_recall</c>).</summary>
    public static readonly FeeExclusionReason AfterRecall = new("after_recall", 3);

    /// <summary>Paid directly to the creditor, and the schedule gives no fee on direct payments (code <c>direct_to_creditor</c>).</summary>
    public static readonly FeeExclusionReason DirectToCreditor = new("direct_to_creditor", 4);

    /// <summary>Reversed within the same period (code <c>reversed_in_period</c>).</summary>
    public static readonly FeeExclusionReason ReversedInPeriod = new("reversed_in_period", 5);

    /// <summary>The part of a payment beyond what was left of the placed debt (code <c>unapplied_overpayment</c>).</summary>
    public static readonly FeeExclusionReason UnappliedOverpayment = new("unapplied_overpayment", 6);

    /// <summary>A credit note, write-off or waiver: it lowers the debt but is not money received (code <c>adjustment</c>).</summary>
    public static readonly FeeExclusionReason Adjustment = new("adjustment", 7);

    /// <summary>A reversal of a payment that no earlier statement charged a fee on (code <c>reversal_without_fee</c>).</summary>
    public static readonly FeeExclusionReason ReversalWithoutFee = new("reversal_without_fee", 8);

    /// <summary>A reversal whose fee an earlier statement already clawed back (code <c>already_clawed_back</c>).</summary>
    public static readonly FeeExclusionReason AlreadyClawedBack = new("already_clawed_back", 9);

    /// <summary>A legal stage whose fee was already charged for the placement (code <c>stage_already_charged</c>).</summary>
    public static readonly FeeExclusionReason StageAlreadyCharged = new("stage_already_charged", 10);

    /// <summary>A legal stage the schedule has no fee for (code <c>stage_without_fee</c>).</summary>
    public static readonly FeeExclusionReason StageWithoutFee = new("stage_without_fee", 11);

    /// <summary>A legal stage reached outside the account's placement on the track (code <c>stage_outside_placement</c>).</summary>
    public static readonly FeeExclusionReason StageOutsidePlacement = new("stage_outside_placement", 12);

    /// <summary>A payment whose fee an earlier statement already charged (a period calculated twice charges nothing twice) (code <c>already_charged</c>).</summary>
    public static readonly FeeExclusionReason AlreadyCharged = new("already_charged", 13);

    private FeeExclusionReason(string code, int value)
        : base(code, value)
    {
    }

    /// <summary>The persisted code, for example <c>not_placed</c>.</summary>
    public string Code => Name;

    /// <summary>The title in English and Arabic.</summary>
    public BilingualText Title => FeesTexts.Get("reason." + Code + ".title");

    /// <summary>Every member, ordered by value.</summary>
    public static IReadOnlyList<FeeExclusionReason> All { get; } = [NotPlaced, BeforePlacement, AfterRecall, DirectToCreditor, ReversedInPeriod, UnappliedOverpayment, Adjustment, ReversalWithoutFee, AlreadyClawedBack, StageAlreadyCharged, StageWithoutFee, StageOutsidePlacement, AlreadyCharged];

    /// <summary>Looks up a member by its persisted code (case-insensitive).</summary>
    /// <param name="code">The code, for example <c>not_placed</c>.</param>
    /// <param name="value">The member when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out FeeExclusionReason? value)
    {
        value = All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
        return value is not null;
    }
}
