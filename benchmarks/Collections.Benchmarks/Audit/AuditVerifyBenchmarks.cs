using BenchmarkDotNet.Attributes;
using Collections.Audit.Sqlite;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Microsoft.Data.Sqlite;

namespace Collections.Benchmarks.Audit;

/// <summary>Verifying an intact audit log: the plain way (LINQ encoding, a loop), <see cref="AuditVerifier"/> over a list, the in-memory store and a SQLite file.</summary>
[MemoryDiagnoser]
public class AuditVerifyBenchmarks
{
    private AuditEntry[] _entries = [];
    private InMemoryAuditStore _memory = new();
    private SqliteAuditStore _sqlite = null!;
    private string _path = string.Empty;

    /// <summary>Entries in the log.</summary>
    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    /// <summary>Builds the log once, in memory and in a SQLite file, and checks that every verifier finds it intact.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _entries = AuditBenchmarkData.Chain(AuditBenchmarkData.Events(Entries));
        _memory = new InMemoryAuditStore();
        foreach (var entry in _entries)
        {
            _memory.TryAppendAsync(entry).GetAwaiter().GetResult();
        }

        _path = Path.Combine(Path.GetTempPath(), $"collections-audit-verify-{Entries}-{Environment.ProcessId}.db");
        File.Delete(_path);
        using (var connection = new SqliteConnection("Data Source=" + _path))
        {
            // Filled in one transaction: the setup is not what is measured.
            _sqlite = new SqliteAuditStore("Data Source=" + _path);
            _sqlite.EnsureCreatedAsync().GetAwaiter().GetResult();
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO audit_entries VALUES ($s, $t, $a, $c, $u, $p, $v, $h);";
            foreach (var name in new[] { "$s", "$t", "$a", "$c", "$u", "$p", "$v", "$h" })
            {
                insert.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            foreach (var e in _entries)
            {
                object[] values = [e.Sequence, AuditEntryHash.FormatInstant(e.RecordedAt), e.Actor, e.Action, e.Subject, e.Payload, e.PreviousHash, e.Hash];
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = values[i];
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        if (PlainLinqLoop() != Entries || !Verifier().IsIntact || !InMemoryStore().GetAwaiter().GetResult().IsIntact || !SqliteStore().GetAwaiter().GetResult().IsIntact)
        {
            throw new InvalidOperationException("A verifier does not find the generated log intact.");
        }
    }

    /// <summary>Removes the database file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        File.Delete(_path + "-wal");
        File.Delete(_path + "-shm");
    }

    /// <summary>Plain: recompute each hash with the LINQ encoding, compare it and the link to the previous entry (counts intact entries; no classification).</summary>
    /// <returns>Entries that check out before the first that does not.</returns>
    [Benchmark(Baseline = true)]
    public int PlainLinqLoop()
    {
        var previous = AuditEntryHash.Genesis;
        var count = 0;
        foreach (var e in _entries)
        {
            if (e.Sequence != count + 1 || e.PreviousHash != previous
                || AuditBenchmarkData.NaiveHash(e.Sequence, e.RecordedAt, e.Actor, e.Action, e.Subject, e.Payload, e.PreviousHash) != e.Hash)
            {
                break;
            }

            previous = e.Hash;
            count++;
        }

        return count;
    }

    /// <summary><see cref="AuditVerifier.Verify(IEnumerable{AuditEntry}, AuditHead?)"/> over the entries in an array.</summary>
    /// <returns>The verification.</returns>
    [Benchmark]
    public AuditVerification Verifier() => AuditVerifier.Verify(_entries);

    /// <summary><see cref="AuditVerifier.VerifyAsync(IAuditStore, AuditHead?, CancellationToken)"/> streaming the in-memory store.</summary>
    /// <returns>The verification.</returns>
    [Benchmark]
    public Task<AuditVerification> InMemoryStore() => AuditVerifier.VerifyAsync(_memory);

    /// <summary><see cref="AuditVerifier.VerifyAsync(IAuditStore, AuditHead?, CancellationToken)"/> streaming the SQLite file (read from the OS cache after the first run).</summary>
    /// <returns>The verification.</returns>
    [Benchmark]
    public Task<AuditVerification> SqliteStore() => AuditVerifier.VerifyAsync(_sqlite);
}
