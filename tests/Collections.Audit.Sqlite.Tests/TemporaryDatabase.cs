using Collections.TestKit;
using Microsoft.Data.Sqlite;

namespace Collections.Audit.Sqlite.Tests;

/// <summary>A SQLite database file in a fresh temporary folder, deleted afterwards; and raw SQL on it, to tamper as an intruder would.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "collections-audit-tests", Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "audit.db");
        ConnectionString = "Data Source=" + Path;
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Writes a log through a store (each entry must be accepted) and returns the store.</summary>
    public async Task<SqliteAuditStore> WriteAsync(IEnumerable<AuditEntry> entries)
    {
        var store = new SqliteAuditStore(ConnectionString);
        foreach (var entry in entries)
        {
            Assert.True(await store.TryAppendAsync(entry, TestContext.Current.CancellationToken));
        }

        return store;
    }

    /// <summary>Runs SQL straight on the file, bypassing the store.</summary>
    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Inserts a row as an intruder would, with any values.</summary>
    public void InsertRow(AuditEntry entry) =>
        Execute(
            "INSERT INTO audit_entries VALUES ($s, $t, $a, $c, $u, $p, $v, $h);",
            ("$s", entry.Sequence), ("$t", AuditEntryHash.FormatInstant(entry.RecordedAt)), ("$a", entry.Actor), ("$c", entry.Action),
            ("$u", entry.Subject), ("$p", entry.Payload), ("$v", entry.PreviousHash), ("$h", entry.Hash));

    public static async Task<List<AuditEntry>> ReadAllAsync(IAuditStore store, long first = 1, long last = long.MaxValue)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.ReadAsync(first, last, TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public static AuditEntry[] Log(int length) => AuditGenerators.Chain(
        [.. Enumerable.Range(1, length).Select(i => new AuditEvent(
            new AuditActor("user:" + i),
            i % 2 == 0 ? AuditAction.ContactPolicyRefused : AuditAction.ContactPolicyAllowed,
            AuditSubject.ForAccount(new Core.AccountId("000061136" + i)),
            AuditPayload.Parse("""{"channel":"call","note":"ساعات الاتصال المعتمدة"}""")))],
        [.. Enumerable.Range(0, length).Select(i => i * 1_234L)]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection of another test; the temp folder is cleaned by the OS.
        }
    }
}
