using System.Globalization;
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
/// (<c>--audit FILE</c>, appended to, never replaced). An existing file is checked and its chain verified when opened,
/// before anything is built; the issuance entry is built ahead, so the pages can name the head after it before it is
/// recorded, and recorded only once the pages are written.</summary>
internal sealed class Issuance : IDisposable
{
    /// <summary>The actor recorded for the issuance.</summary>
    public static readonly AuditActor Actor = new("system:governance-report-sample");

    /// <summary>The action recorded.</summary>
    public static readonly AuditAction Issued = new("governance_report.issued");

    private readonly string? _file;
    private readonly IAuditStore _store;

    private Issuance(string? file, IAuditStore store, AuditHead head)
    {
        _file = file;
        _store = store;
        Head = head;
    }

    /// <summary>The verified head the report is computed at.</summary>
    public AuditHead Head { get; }

    public string Description => _file is null ? "in-memory" : "sqlite:" + Path.GetFileName(_file);

    /// <summary>Opens the trail; an existing SQLite file must be an audit log whose chain verifies.</summary>
    /// <param name="file">The SQLite file, or null for an in-memory trail.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <exception cref="GovernanceRefusal">The file is not an audit log, cannot be read, or does not verify; nothing was changed.</exception>
    public static async Task<Issuance> OpenAsync(string? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return new Issuance(null, new InMemoryAuditStore(), AuditHead.Empty);
        }

        // The builder quotes the path, so a ';' or '=' in it stays part of the file name.
        var store = new SqliteAuditStore(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            // A new log: created when the issuance is recorded, so a run refused later leaves no file behind.
            return new Issuance(file, store, AuditHead.Empty);
        }

        await AuditLogFile.CheckAsync(file, cancellationToken).ConfigureAwait(false);
        AuditVerification verification;
        try
        {
            verification = await AuditVerifier.VerifyAsync(store, keptHead: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or InvalidOperationException or InvalidCastException or ArgumentException)
        {
            // A row the store cannot even read (a text where a hash belongs, a malformed instant): edited outside the store.
            throw new GovernanceRefusal($"--audit: '{file}' cannot be read as an audit log ({AuditLogFile.Reason(e)}); nothing was appended.", e);
        }

        if (verification.FirstBreak is { } broken)
        {
            throw new GovernanceRefusal(string.Create(CultureInfo.InvariantCulture,
                $"--audit: '{file}' does not verify at entry {broken.Position} ({broken.Kind.Code}): {broken.Reason.English} Nothing was appended; keep the file as evidence and start a new log."));
        }

        return new Issuance(file, store, verification.VerifiedHead);
    }

    /// <summary>The issuance entry on <see cref="Head"/> (<see cref="AuditEntry.Next"/>: what <see cref="AuditTrail"/> would append), prepared so that its
    /// hash is known before the pages are written (they show the head after issuance).</summary>
    /// <param name="report">The report issued.</param>
    /// <param name="recommendations">How many recommendations it makes.</param>
    /// <param name="issuedAt">The report's issue instant (a fixed clock), so the same seed gives the same audit hash; a host
    /// records the issuance with its real clock.</param>
    public AuditEntry Prepare(GovernanceReport report, int recommendations, Instant issuedAt)
    {
        var payload = AuditPayload.From(new JsonObject
        {
            ["input_sha256"] = report.Provenance.InputSha256,
            ["canonical_form_version"] = report.Provenance.CanonicalFormVersion,
            ["audit_head_count"] = report.Provenance.AuditHead.Count,
            ["audit_head_hash"] = report.Provenance.AuditHead.Hash,
            ["kind"] = report.Kind.Code,
            ["start"] = report.Span.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            ["end"] = report.Span.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            ["recommendations"] = recommendations,
        });
        return AuditEntry.Next(Head, issuedAt, new AuditEvent(Actor, Issued, new AuditSubject("governance-report:" + report.Creditor.Value), payload));
    }

    /// <summary>Appends the prepared entry; it must still continue the head the report was computed at.</summary>
    /// <exception cref="GovernanceRefusal">Another writer appended since the log was verified, or the file cannot be written.</exception>
    public async Task<AuditHead> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        bool appended;
        try
        {
            appended = await _store.TryAppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or InvalidOperationException)
        {
            throw new GovernanceRefusal($"--audit: '{_file}' cannot be written ({AuditLogFile.Reason(e)}); nothing was appended or written.", e);
        }

        return appended
            ? new AuditHead(entry.Sequence, entry.Hash)
            : throw new GovernanceRefusal($"--audit: '{_file}' was appended to by another writer while the report was built; nothing was appended or written. Run again.");
    }

    public void Dispose()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
