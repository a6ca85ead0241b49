using BenchmarkDotNet.Attributes;
using Collections.Audit.Sqlite;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Microsoft.Data.Sqlite;

namespace Collections.Benchmarks.Audit;

/// <summary>Appending events to the audit log: the plain way (LINQ encoding, a list), <see cref="AuditTrail"/> on the in-memory store, and on SQLite.</summary>
[MemoryDiagnoser]
public class AuditAppendBenchmarks
{
    private AuditEvent[] _events = [];
    private string _folder = string.Empty;

    /// <summary>Events appended per operation.</summary>
    [Params(1_000, 10_000)]
    public int Events { get; set; }

    /// <summary>Generates the events and checks that the plain hash equals the library's.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _events = AuditBenchmarkData.Events(Events);
        _folder = Path.Combine(Path.GetTempPath(), "collections-audit-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var chained = AuditBenchmarkData.Chain(_events[..100]);
        if (chained.Any(e => AuditBenchmarkData.NaiveHash(e.Sequence, e.RecordedAt, e.Actor, e.Action, e.Subject, e.Payload, e.PreviousHash) != e.Hash))
        {
            throw new InvalidOperationException("The plain hash and the library's disagree.");
        }
    }

    /// <summary>Removes the database files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Plain: hash each entry with the LINQ encoding and add it to a list (no store, no lock, no head check).</summary>
    /// <returns>The last hash.</returns>
    [Benchmark(Baseline = true)]
    public string PlainLinqChainToList()
    {
        var list = new List<(long Sequence, string Hash)>(_events.Length);
        var previous = AuditEntryHash.Genesis;
        var at = AuditBenchmarkData.Start;
        foreach (var e in _events)
        {
            at += NodaTime.Duration.FromMilliseconds(1);
            previous = AuditBenchmarkData.NaiveHash(list.Count + 1, at, e.Actor.Value, e.Action.Code, e.Subject.Value, e.Payload.Json, previous);
            list.Add((list.Count + 1, previous));
        }

        return previous;
    }

    /// <summary><see cref="AuditTrail.AppendAsync(AuditEvent, CancellationToken)"/> on <see cref="InMemoryAuditStore"/>, one event at a time.</summary>
    /// <returns>The last entry.</returns>
    [Benchmark]
    public async Task<AuditEntry> TrailOnInMemoryStore()
    {
        var trail = new AuditTrail(new InMemoryAuditStore(), new AuditBenchmarkData.SteppingClock());
        AuditEntry last = null!;
        foreach (var e in _events)
        {
            last = await trail.AppendAsync(e);
        }

        return last;
    }

    /// <summary><see cref="AuditTrail.AppendAsync(AuditEvent, CancellationToken)"/> on <see cref="SqliteAuditStore"/> in a new database file (WAL, synchronous=FULL: one committed transaction per event).</summary>
    /// <returns>The last entry.</returns>
    [Benchmark]
    public async Task<AuditEntry> TrailOnSqliteStore()
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
        var trail = new AuditTrail(new SqliteAuditStore("Data Source=" + path), new AuditBenchmarkData.SteppingClock());
        AuditEntry last = null!;
        foreach (var e in _events)
        {
            last = await trail.AppendAsync(e);
        }

        return last;
    }
}
