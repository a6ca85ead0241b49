using System.Globalization;
using System.Text.Json.Nodes;
using Collections.Core;
using Collections.Core.Audit;
using NodaTime;

namespace Collections.Fees;

/// <summary>Issues fee statements: appends each to the audit trail (<see cref="AuditAction.FeeStatementIssued"/>) with its totals and the hash of its lines.</summary>
/// <remarks>
/// <para>The entry's subject is the creditor (<c>creditor:&lt;id&gt;</c>); its payload (docs/decisions/0004) holds
/// <c>statement</c>, <c>schedule</c>, <c>track</c>, <c>period_start</c>, <c>period_end</c>, <c>currency</c>,
/// <c>lines</c> (the count), <c>fee_minor_units</c> (before VAT), <c>vat_minor_units</c>, <c>total_minor_units</c>,
/// <c>sha256</c> (<see cref="FeeStatement.LinesSha256"/>) and <c>log_head</c>, the log's head (<c>count:hash</c>) just
/// before the append — what the creditor can keep with the statement to check the log later.</para>
/// <para>Issuing is not idempotent by itself: the host issues a statement once (keep its id), and passes it back as an
/// earlier statement to the next one.</para>
/// </remarks>
public sealed class FeeStatementIssuer
{
    private readonly AuditTrail _trail;

    /// <summary>Creates the issuer.</summary>
    /// <param name="trail">The audit trail to append to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="trail"/> is null.</exception>
    public FeeStatementIssuer(AuditTrail trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        _trail = trail;
    }

    /// <summary>The audit event for a statement, as <see cref="IssueAsync"/> appends it.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="actor">Who issues it (a person or a job, for example <c>system:fees</c>).</param>
    /// <param name="head">The log's head before the append.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static AuditEvent EventFor(FeeStatement statement, AuditActor actor, AuditHead head)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var payload = new JsonObject
        {
            ["statement"] = statement.Id.Value,
            ["schedule"] = statement.ScheduleId.Value,
            ["track"] = statement.Track.Code,
            ["period_start"] = Date(statement.Period.Start),
            ["period_end"] = Date(statement.Period.End),
            ["currency"] = statement.Currency.Code,
            ["lines"] = statement.Lines.Length,
            ["fee_minor_units"] = statement.Fees.MinorUnits,
            ["vat_minor_units"] = statement.Vat.MinorUnits,
            ["total_minor_units"] = statement.Total.MinorUnits,
            ["sha256"] = statement.LinesSha256,
            ["log_head"] = head.ToString(),
        };
        return new AuditEvent(actor, AuditAction.FeeStatementIssued, AuditSubject.ForCreditor(statement.Creditor), AuditPayload.From(payload));
    }

    /// <summary>Appends the statement to the audit trail.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="actor">Who issues it.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The audit entry written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    /// <exception cref="ArgumentException">The actor is the default value.</exception>
    public async Task<AuditEntry> IssueAsync(FeeStatement statement, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var head = await _trail.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        return await _trail.AppendAsync(EventFor(statement, actor, head), cancellationToken).ConfigureAwait(false);
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
