using Collections.Core;

namespace Collections.Fees;

/// <summary>Something in a statement's period that earned no fee (or no more fee), with the reason in words: the decisions beside the lines.</summary>
/// <remarks>A refusal is an answer: every payment posted in the period that is not a fee line, every unapplied part of a payment, every adjustment, every reversal with nothing to claw back and every stage not charged is listed here, so the creditor sees why.</remarks>
/// <param name="Reason">Why.</param>
/// <param name="AccountId">The account.</param>
/// <param name="PaymentId">The payment, when it is about one.</param>
/// <param name="AdjustmentId">The adjustment, when it is about one.</param>
/// <param name="Stage">The legal stage, when it is about one.</param>
/// <param name="Amount">The amount that earned nothing (a payment, its unapplied part, an adjustment), when there is one.</param>
/// <param name="Explanation">The reason in English and Arabic, with the figures.</param>
public sealed record FeeExclusion(
    FeeExclusionReason Reason,
    AccountId AccountId,
    PaymentId? PaymentId,
    AdjustmentId? AdjustmentId,
    LegalStageCode? Stage,
    Money? Amount,
    BilingualText Explanation);
