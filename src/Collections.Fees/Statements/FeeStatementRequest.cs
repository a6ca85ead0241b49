using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>What a fee statement is calculated from: the schedule, the period, the placements, and the account histories up to the period's end.</summary>
/// <remarks>
/// <para>Give every payment, reversal and adjustment of the placed accounts up to the end of the period, not only
/// the period's: the earlier ones decide how much of each placed balance was left (the most a payment can earn on).
/// A payment belongs to the statement of the period in which it was <b>posted</b> (its posting instant's date in
/// <see cref="CreditorZone"/>), so an issued statement never changes when a payment is back-dated; its <b>value date</b>
/// decides whether it falls within the placement. Reversals belong to the period they were posted in; adjustments to
/// the period of their effective date; stages to the period of the date reached.</para>
/// <para><see cref="EarlierStatements"/> are the statements already issued under this schedule: a reversal claws back
/// what its payment earned there, and nothing is clawed back or charged twice.</para>
/// </remarks>
public sealed record FeeStatementRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="id">The statement's identifier.</param>
    /// <param name="schedule">The schedule to apply.</param>
    /// <param name="period">The period, both days included (for example a calendar month).</param>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public FeeStatementRequest(FeeStatementId id, FeeSchedule schedule, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(period);
        if (id.Value is null)
        {
            throw new ArgumentException("A fee statement needs an identifier (not the default value).", nameof(id));
        }

        Id = id;
        Schedule = schedule;
        Period = period;
    }

    /// <summary>Riyadh, the default creditor time zone (docs/kpi-definitions.md: day boundaries are the creditor's local day).</summary>
    public static DateTimeZone Riyadh { get; } = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    /// <summary>The statement's identifier.</summary>
    public FeeStatementId Id { get; }

    /// <summary>The schedule to apply.</summary>
    public FeeSchedule Schedule { get; }

    /// <summary>The period, both days included.</summary>
    public DateInterval Period { get; }

    /// <summary>The zone whose local days decide which period a posting instant falls in (Asia/Riyadh by default).</summary>
    public DateTimeZone CreditorZone { get; init; } = Riyadh;

    /// <summary>The placements of the creditor's accounts (placements on other tracks are ignored).</summary>
    public IReadOnlyList<AccountPlacement> Placements { get; init; } = [];

    /// <summary>Every payment of the placed accounts posted up to the period's end.</summary>
    public IReadOnlyList<Payment> Payments { get; init; } = [];

    /// <summary>Every reversal of those payments posted up to the period's end.</summary>
    public IReadOnlyList<PaymentReversal> Reversals { get; init; } = [];

    /// <summary>Every credit note, write-off and waiver of the placed accounts effective up to the period's end.</summary>
    public IReadOnlyList<AccountAdjustment> Adjustments { get; init; } = [];

    /// <summary>Legal stages the accounts reached (legal track).</summary>
    public IReadOnlyList<LegalStageReached> Stages { get; init; } = [];

    /// <summary>The statements already issued under this schedule, in any order.</summary>
    public IReadOnlyList<FeeStatement> EarlierStatements { get; init; } = [];
}
