using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>One line of a fee statement, with what a creditor needs to recompute it: the payment, its amounts, the tier and percentage, and the fee.</summary>
/// <remarks>
/// <para>By kind (<see cref="Kind"/>): a <b>fee</b> line is <see cref="Base"/> × <see cref="Percent"/> / 100 rounded to the
/// minor unit, half away from zero; a <b>stage fee</b> is the schedule's fixed fee; a <b>minimum</b> or <b>cap</b> line
/// is the difference between the limit (in <see cref="Base"/>'s place: what it adjusts) and the limit itself; a
/// <b>clawback</b> is minus what the reversed payment earned on the earlier statement (<see cref="RefersToStatement"/>,
/// <see cref="RefersToLine"/>); the <b>VAT</b> line is <see cref="Base"/> (the fees) × <see cref="Percent"/> / 100, rounded
/// the same way. <see cref="Fee"/> is signed: the lines sum to the statement's total.</para>
/// </remarks>
public sealed record FeeStatementLine
{
    /// <summary>The line's number on the statement, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>What the line is.</summary>
    public required FeeLineKind Kind { get; init; }

    /// <summary>The line's amount: positive for fees and minimums, negative for caps and clawbacks, either sign for VAT.</summary>
    public required Money Fee { get; init; }

    /// <summary>The line in English and Arabic, with its figures.</summary>
    public required BilingualText Description { get; init; }

    /// <summary>The payment (fee, per-payment adjustment and clawback lines).</summary>
    public PaymentId? PaymentId { get; init; }

    /// <summary>The account (fee, adjustment, stage fee and clawback lines).</summary>
    public AccountId? AccountId { get; init; }

    /// <summary>The placement the payment or stage fell in.</summary>
    public PlacementId? PlacementId { get; init; }

    /// <summary>The payment's value date, or the day a stage was reached.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The payment's amount as received (fee and clawback lines).</summary>
    public Money? Received { get; init; }

    /// <summary>What the line is calculated on: the part of the payment applied to the placed debt (fee, clawback), the fee adjusted (per-payment limits), the fees earned in the period (statement limits), the fees before VAT (VAT).</summary>
    public Money? Base { get; init; }

    /// <summary>The tier's code (fee and clawback lines).</summary>
    public string? Tier { get; init; }

    /// <summary>The percentage applied (fee, clawback and VAT lines), 12.5 meaning 12.5%.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The legal stage (stage fee lines).</summary>
    public LegalStageCode? Stage { get; init; }

    /// <summary>The minimum or cap applied (adjustment lines).</summary>
    public Money? Limit { get; init; }

    /// <summary>The earlier statement a clawback refers to.</summary>
    public FeeStatementId? RefersToStatement { get; init; }

    /// <summary>The fee line on <see cref="RefersToStatement"/> that a clawback takes back.</summary>
    public int? RefersToLine { get; init; }
}
