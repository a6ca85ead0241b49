using Collections.Core;

namespace Collections.Fees;

/// <summary>A fee schedule's terms besides its tiers: stage fees, minimums and caps, VAT and direct payments; checked by <see cref="FeeSchedule.Create"/>.</summary>
/// <remarks>
/// <para><b>Per payment</b>: a fee line below <see cref="MinimumPerPayment"/> is raised to it, one above
/// <see cref="CapPerPayment"/> lowered to it, each by an adjustment line beside the fee line (so the line itself
/// stays amount × percentage).</para>
/// <para><b>Per statement</b>: the fees a statement's period earned (percentage fees, their per-payment adjustments and
/// stage fees — clawbacks of earlier periods not included) are raised to <see cref="MinimumPerStatement"/> or lowered
/// to <see cref="CapPerStatement"/> by one adjustment line. The minimum applies only to a statement that earned
/// something (it is a minimum charge, not a retainer). Clawbacks come after: they reverse what a payment earned at
/// line level, and an earlier statement's adjustment is not reopened.</para>
/// </remarks>
public sealed record FeeScheduleTerms
{
    /// <summary>Saudi Arabia's standard VAT rate, 15%: the default.</summary>
    public const decimal SaudiVatPercent = 15m;

    /// <summary>The default terms: no stage fees, no minimum or cap, VAT 15%, direct payments earn.</summary>
    public static FeeScheduleTerms Default { get; } = new();

    /// <summary>Fixed fees per legal stage (legal track only).</summary>
    public IReadOnlyList<StageFee> StageFees { get; init; } = [];

    /// <summary>The smallest fee one earning payment yields, or <see langword="null"/> for none.</summary>
    public Money? MinimumPerPayment { get; init; }

    /// <summary>The largest fee one earning payment yields, or <see langword="null"/> for none.</summary>
    public Money? CapPerPayment { get; init; }

    /// <summary>The smallest fee a statement that earned anything charges, or <see langword="null"/> for none.</summary>
    public Money? MinimumPerStatement { get; init; }

    /// <summary>The largest fee a statement's period earns, or <see langword="null"/> for none.</summary>
    public Money? CapPerStatement { get; init; }

    /// <summary>VAT in percent of the fees, added as its own line (15 in Saudi Arabia; 0 where none applies).</summary>
    public decimal VatPercent { get; init; } = SaudiVatPercent;

    /// <summary>Whether payments the debtor made directly to the creditor during the placement earn a fee (default: yes).</summary>
    public bool DirectPaymentsEarn { get; init; } = true;
}
