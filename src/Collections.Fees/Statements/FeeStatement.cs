using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Fees;

/// <summary>A creditor's fee statement for a period, which the creditor can recompute line by line from the payments listed.</summary>
/// <remarks>
/// <para><b>Lines</b>, in order: one <see cref="FeeLineKind.Fee"/> line per earning payment (payment, account, value date,
/// amount received, amount applied, tier, percentage, fee), each followed by its per-payment minimum or cap line if one
/// applies; one <see cref="FeeLineKind.StageFee"/> line per legal stage reached; the statement minimum or cap line;
/// one <see cref="FeeLineKind.Clawback"/> line per payment reversed since an earlier statement charged it; the
/// <see cref="FeeLineKind.Vat"/> line. <see cref="Total"/> is the sum of every line, <see cref="Fees"/> of every line
/// but VAT.</para>
/// <para><b>Rounding</b>: each fee is applied amount × percentage / 100 rounded to the minor unit, half away from zero,
/// once per line (SAR 100.10 at 12.5% is 12.5125 → 12.51; SAR 0.05 at 10% is 0.005 → 0.01); VAT is the fees ×
/// VAT / 100, rounded the same way, once. Nothing else is rounded, so the lines add up exactly.</para>
/// <para><b>What earns</b> (docs/kpi-definitions.md: fees are earned on money received and applied to the debt): a
/// payment posted in the period whose value date falls in the account's placement on the schedule's track (on or
/// after the placement day, before the recall day); paid to the collector, or directly to the creditor when the
/// schedule says so; not reversed within the period; and only as far as it is applied to what is left of the placed
/// balance (after earlier payments and credit notes, write-offs and waivers, in posting order) — the rest is an
/// unapplied overpayment. Credit notes, write-offs and waivers never earn. A payment reversed after its statement
/// was issued is clawed back in the statement of the period the reversal is posted in (the next one), by exactly what
/// it earned there. Everything in the period that earned nothing is listed in <see cref="Exclusions"/> with its
/// reason.</para>
/// <para><b>Line hash</b> (<see cref="LinesSha256"/>): the SHA-256, in lower-case hex, of the UTF-8 bytes of the RFC 8785
/// canonical JSON of <c>{"currency": code, "lines": [line…]}</c>, each line an object with the members
/// <c>number</c>, <c>kind</c> (code), <c>fee</c>, <c>received</c>, <c>base</c>, <c>limit</c> (minor units),
/// <c>payment</c>, <c>account</c>, <c>placement</c>, <c>tier</c>, <c>stage</c>, <c>refers_to_statement</c> (text),
/// <c>refers_to_line</c> (number), <c>date</c> (<c>yyyy-MM-dd</c>) and <c>percent</c> (text, no trailing zeros), a
/// missing value being <c>null</c>; descriptions are not hashed. The statement is appended to the audit trail with this
/// hash and its total by <see cref="FeeStatementIssuer"/>.</para>
/// </remarks>
public sealed record FeeStatement
{
    private FeeStatement(
        FeeStatementId id,
        FeeScheduleId scheduleId,
        CreditorId creditor,
        CollectionTrack track,
        Currency currency,
        DateInterval period,
        ImmutableArray<FeeStatementLine> lines,
        ImmutableArray<FeeExclusion> exclusions)
    {
        Id = id;
        ScheduleId = scheduleId;
        Creditor = creditor;
        Track = track;
        Currency = currency;
        Period = period;
        Lines = lines;
        Exclusions = exclusions;
        var zero = Money.Zero(currency);
        Total = lines.Aggregate(zero, (sum, line) => sum + line.Fee);
        Vat = lines.Where(l => l.Kind == FeeLineKind.Vat).Aggregate(zero, (sum, line) => sum + line.Fee);
        Fees = Total - Vat;
        LinesSha256 = FeeStatementHash.Of(currency, lines);
    }

    /// <summary>The statement's identifier.</summary>
    public FeeStatementId Id { get; }

    /// <summary>The schedule applied.</summary>
    public FeeScheduleId ScheduleId { get; }

    /// <summary>The track priced.</summary>
    public CollectionTrack Track { get; }

    /// <summary>The creditor billed.</summary>
    public CreditorId Creditor { get; }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>The period, both days included.</summary>
    public DateInterval Period { get; }

    /// <summary>The lines, numbered from 1, in the order described above.</summary>
    public ImmutableArray<FeeStatementLine> Lines { get; }

    /// <summary>What earned nothing in the period, and why.</summary>
    public ImmutableArray<FeeExclusion> Exclusions { get; }

    /// <summary>The fees before VAT: every line but the VAT line (clawbacks included).</summary>
    public Money Fees { get; }

    /// <summary>The VAT line's amount.</summary>
    public Money Vat { get; }

    /// <summary>The sum of every line: what the creditor owes for the period (negative when clawbacks exceed the fees).</summary>
    public Money Total { get; }

    /// <summary>The SHA-256 of the lines (see the remarks for the exact bytes).</summary>
    public string LinesSha256 { get; }

    /// <summary>Calculates the statement of a period.</summary>
    /// <param name="request">The schedule, period, placements and histories.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">Bad input, every problem named by list and position: an amount in another currency, a repeated payment id or reversal, overlapping placements of one account, an earlier statement of another creditor or track, or one with this statement's id.</exception>
    public static FeeStatement Calculate(FeeStatementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (lines, exclusions) = FeeStatementCalculator.Calculate(request);
        var schedule = request.Schedule;
        return new FeeStatement(request.Id, schedule.Id, schedule.Creditor, schedule.Track, schedule.Currency, request.Period, lines, exclusions);
    }

    /// <summary>Rebuilds an issued statement from stored lines (to pass as an earlier statement, or to check it against the audit trail's hash).</summary>
    /// <param name="id">The statement's identifier.</param>
    /// <param name="scheduleId">The schedule applied.</param>
    /// <param name="creditor">The creditor.</param>
    /// <param name="track">The track.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="period">The period.</param>
    /// <param name="lines">The lines as issued, numbered from 1 in order.</param>
    /// <param name="exclusions">The exclusions as issued, if kept.</param>
    /// <returns>The statement, with its totals and hash recomputed from the lines.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The lines are not numbered 1, 2, 3… in order, or a line is in another currency.</exception>
    public static FeeStatement Restore(
        FeeStatementId id,
        FeeScheduleId scheduleId,
        CreditorId creditor,
        CollectionTrack track,
        Currency currency,
        DateInterval period,
        IEnumerable<FeeStatementLine> lines,
        IEnumerable<FeeExclusion>? exclusions = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToImmutableArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null || list[i].Number != i + 1 || list[i].Fee.Currency != currency)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Statement {id}: line {i + 1} must be numbered {i + 1} and be in {currency} (got {(list[i] is null ? "null" : $"number {list[i].Number}, {list[i].Fee}")})."),
                    nameof(lines));
            }
        }

        return new FeeStatement(id, scheduleId, creditor, track, currency, period, list, exclusions?.ToImmutableArray() ?? []);
    }

    /// <summary>Whether two statements have the same header, lines and exclusions.</summary>
    /// <param name="other">The other statement.</param>
    /// <returns><see langword="true"/> when equal field by field and line by line.</returns>
    public bool Equals(FeeStatement? other) =>
        other is not null
        && Id == other.Id && ScheduleId == other.ScheduleId && Creditor == other.Creditor && Track == other.Track
        && Currency == other.Currency && Period == other.Period
        && Lines.SequenceEqual(other.Lines) && Exclusions.SequenceEqual(other.Exclusions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, LinesSha256);

    /// <summary>The lines about a payment: its fee line and per-payment adjustment, or its clawback.</summary>
    /// <param name="paymentId">The payment.</param>
    /// <returns>The lines, in order; empty when none.</returns>
    public IEnumerable<FeeStatementLine> LinesFor(PaymentId paymentId) => Lines.Where(l => l.PaymentId == paymentId);

    /// <summary>The fees earned by the period's payments and stages before statement limits and clawbacks: fee, stage fee and per-payment adjustment lines.</summary>
    public Money Earned => Lines
        .Where(l => l.Kind == FeeLineKind.Fee || l.Kind == FeeLineKind.StageFee || l.Kind == FeeLineKind.PaymentMinimum || l.Kind == FeeLineKind.PaymentCap)
        .Aggregate(Money.Zero(Currency), (sum, line) => sum + line.Fee);
}
