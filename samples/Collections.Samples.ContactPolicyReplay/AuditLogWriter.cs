using Collections.Audit.Sqlite;
using Collections.ContactPolicy;
using Collections.Core.Audit;
using Microsoft.Data.Sqlite;
using NodaTime;
using PolicyType = Collections.ContactPolicy.ContactPolicy;

namespace Collections.Samples.PolicyReplay;

/// <summary>What was written to the audit log: the file, its head (count and last hash) and the verifier's answer.</summary>
public sealed record AuditSummary(string File, AuditHead Head, AuditVerification Verification);

/// <summary>Appends every replayed decision of both versions to a hash-chained audit log in a SQLite file, then verifies it.</summary>
public static class AuditLogWriter
{
    /// <summary>The actor recorded for the replay's decisions.</summary>
    public static readonly AuditActor Actor = new("system:contact-policy-replay");

    public static async Task<AuditSummary> WriteAsync(
        string path, IReadOnlyList<PolicyType> policies, IReadOnlyList<HistoricalAttempt> history, IClock clock, ProgressLine progress, CancellationToken cancellationToken)
    {
        // A replay's log is its own: a new file each run (the log of the gate in production is never replaced).
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        // The builder quotes the path, so a ';' in the output folder stays part of the file name.
        var store = new SqliteAuditStore(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        var trail = new AuditTrail(store, clock);
        var sink = new AuditTrailContactDecisionSink(trail, Actor);
        var total = (long)policies.Count * history.Count;
        var done = 0L;
        foreach (var policy in policies)
        {
            foreach (var record in ContactPolicyReplay.DecisionRecords(policy, history))
            {
                await sink.RecordAsync(record, cancellationToken).ConfigureAwait(false);
                progress.Report(++done, total);
            }
        }

        var head = await trail.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
        var verification = await trail.VerifyAsync(head, cancellationToken).ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        return new AuditSummary(path, head, verification);
    }
}
