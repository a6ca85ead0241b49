using System.Text.Json.Nodes;
using Collections.Audit.Sqlite;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.Kpi.Governance;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Collections.Samples.GovernanceReport.Report;

#pragma warning disable IDE0065 // the alias must be inside the namespace: the sample\'s own namespace is named GovernanceReport
using GovernanceReport = Collections.Kpi.Governance.GovernanceReport;
#pragma warning restore IDE0065

/// <summary>The audit trail the report is computed against and its issuance appended to: in memory, or a SQLite file
/// (<c>--audit FILE</c>, appended to, never replaced).</summary>
internal sealed class Issuance : IDisposable
{
    /// <summary>The actor recorded for the issuance.</summary>
    public static readonly AuditActor Actor = new("system:governance-report-sample");

    /// <summary>The action recorded.</summary>
    public static readonly AuditAction Issued = new("governance_report.issued");

    private readonly string? _file;

    public Issuance(string? file, Instant issuedAt)
    {
        _file = file;
        Store = file is null ? new InMemoryAuditStore() : new SqliteAuditStore("Data Source=" + file);
        // The issuance is recorded at the report's issue instant (a fixed clock), so the same seed gives the same audit
        // hash; a host records it with its real clock.
        Trail = new AuditTrail(Store, new FixedClock(issuedAt));
    }

    public IAuditStore Store { get; }

    public AuditTrail Trail { get; }

    public string Description => _file is null ? "in-memory" : "sqlite:" + Path.GetFileName(_file);

    public async Task<AuditHead> AppendAsync(GovernanceReport report, int recommendations, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["input_sha256"] = report.Provenance.InputSha256,
            ["canonical_form_version"] = report.Provenance.CanonicalFormVersion,
            ["audit_head_count"] = report.Provenance.AuditHead.Count,
            ["audit_head_hash"] = report.Provenance.AuditHead.Hash,
            ["kind"] = report.Kind.Code,
            ["start"] = report.Span.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["end"] = report.Span.End.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["recommendations"] = recommendations,
        };
        await Trail.AppendAsync(Actor, Issued, new AuditSubject("governance-report:" + report.Creditor.Value), AuditPayload.From(payload), cancellationToken).ConfigureAwait(false);
        var head = await Trail.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        var verification = await Trail.VerifyAsync(head, cancellationToken).ConfigureAwait(false);
        return verification.IsIntact ? head : throw new InvalidOperationException("The audit trail does not verify after the issuance: " + verification.FirstBreak?.Reason.English);
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private sealed class FixedClock(Instant instant) : IClock
    {
        public Instant GetCurrentInstant() => instant;
    }
}
