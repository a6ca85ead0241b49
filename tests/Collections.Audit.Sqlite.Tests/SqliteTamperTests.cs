using Collections.TestKit;
using NodaTime.Testing;

namespace Collections.Audit.Sqlite.Tests;

/// <summary>The acceptance's tamper tests against SQLite: change a field, delete, swap, insert — with SQL on the file.</summary>
public sealed class SqliteTamperTests
{
    [Theory]
    [InlineData("payload", 3L)]
    [InlineData("actor", 1L)]
    [InlineData("action", 6L)]
    [InlineData("subject", 2L)]
    [InlineData("recorded_at", 4L)]
    [InlineData("hash", 4L)]
    [InlineData("previous_hash", 5L)]
    public async Task Verify_ColumnUpdatedWithSql_EditedAtThatEntry(string column, long sequence)
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await WriteThroughTrailAsync(database);

        SqlTampering.Update(database, sequence, column);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Edited, broken.Kind);
        Assert.Equal(sequence, broken.Position);
    }

    [Fact]
    public async Task Verify_RowDeletedWithSql_DeletedAtTheNextEntry()
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await WriteThroughTrailAsync(database);

        SqlTampering.Delete(database, 3);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Deleted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal(4, broken.Entry!.Sequence);
        Assert.Equal("حُذف القيد رقم 3: القيد التالي الموجود يحمل الرقم التسلسلي 4.", broken.Reason.Arabic);
    }

    [Fact]
    public async Task Verify_LastRowDeletedWithSql_TruncatedAgainstTheKeptHead()
    {
        using var database = new TemporaryDatabase();
        var (store, kept) = await WriteThroughTrailAsync(database);

        SqlTampering.Delete(database, 6);
        var verification = await AuditVerifier.VerifyAsync(store, kept, TestContext.Current.CancellationToken);

        Assert.True((await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).IsIntact);
        Assert.Equal(AuditBreakKind.Truncated, verification.FirstBreak!.Kind);
        Assert.Equal(6, verification.FirstBreak.Position);
    }

    [Theory]
    [InlineData(2L, 5L)]
    [InlineData(3L, 4L)]
    [InlineData(1L, 6L)]
    public async Task Verify_TwoRowsSwappedWithSql_ReorderedAtTheFirst(long first, long second)
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await WriteThroughTrailAsync(database);

        SqlTampering.Swap(database, first, second);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Reordered, broken.Kind);
        Assert.Equal(first, broken.Position);
    }

    [Fact]
    public async Task Verify_ForgedRowInsertedWithSqlAndTheRestRenumbered_InsertedAtIt()
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await WriteThroughTrailAsync(database);
        var entries = await TemporaryDatabase.ReadAllAsync(store);

        // A forger who knows the format: sequence 3, entry 2's hash as predecessor, a correct hash of its own.
        var forged = AuditGenerators.Entry(3, entries[2].RecordedAt, new AuditEvent(
            new AuditActor("user:forger"), AuditAction.ContactPolicyAllowed, new AuditSubject("account:0000611363"), AuditPayload.Empty), entries[1].Hash);
        SqlTampering.InsertWithRenumbering(database, forged);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(3, broken.Position);
        Assert.Equal(forged, broken.Entry);
        Assert.Equal("Entry 3 was inserted: entry 4 was written right after the entry before it.", broken.Reason.English);
    }

    [Fact]
    public async Task Verify_JunkRowInsertedWithSql_InsertedAtIt()
    {
        using var database = new TemporaryDatabase();
        var (store, _) = await WriteThroughTrailAsync(database);
        var junk = new AuditEntry(4, AuditGenerators.Start, "user:forger", "acme.forged", "account:1", "{}", new string('a', 64), new string('b', 64));

        SqlTampering.InsertWithRenumbering(database, junk);
        var broken = (await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).FirstBreak!;

        Assert.Equal(AuditBreakKind.Inserted, broken.Kind);
        Assert.Equal(4, broken.Position);
        Assert.Equal(junk, broken.Entry);
    }

    [Fact]
    public async Task Verify_RowsRewrittenWithSqlAndHashesRecomputed_RewrittenAgainstTheKeptHead()
    {
        using var database = new TemporaryDatabase();
        var (store, kept) = await WriteThroughTrailAsync(database);
        var entries = await TemporaryDatabase.ReadAllAsync(store);

        var previous = entries[0].Hash;
        foreach (var entry in entries.Skip(1))
        {
            var changed = entry with { PreviousHash = previous, Payload = entry.Sequence == 2 ? """{"channel":"letter"}""" : entry.Payload };
            var hash = changed.ComputeHash();
            database.Execute("UPDATE audit_entries SET payload = $p, previous_hash = $v, hash = $h WHERE sequence = $s;", ("$p", changed.Payload), ("$v", previous), ("$h", hash), ("$s", entry.Sequence));
            previous = hash;
        }

        Assert.True((await AuditVerifier.VerifyAsync(store, null, TestContext.Current.CancellationToken)).IsIntact);
        var verification = await AuditVerifier.VerifyAsync(store, kept, TestContext.Current.CancellationToken);
        Assert.Equal(AuditBreakKind.Rewritten, verification.FirstBreak!.Kind);
        Assert.Equal(6, verification.FirstBreak.Position);
    }

    [Fact]
    public async Task Verify_WellFormedRowAppendedWithSql_NotDetectableWithoutSignedHeads()
    {
        // The documented limit (docs/decisions/0004): a forged entry after the newest one chains correctly.
        using var database = new TemporaryDatabase();
        var (store, kept) = await WriteThroughTrailAsync(database);

        database.InsertRow(AuditGenerators.Entry(7, AuditGenerators.Start, new AuditEvent(
            new AuditActor("user:forger"), AuditAction.ContactPolicyAllowed, new AuditSubject("account:1"), AuditPayload.Empty), kept.Hash));

        Assert.True((await AuditVerifier.VerifyAsync(store, kept, TestContext.Current.CancellationToken)).IsIntact);
    }

    /// <summary>Six entries written through an <see cref="AuditTrail"/> on the SQLite store; returns the head kept at the end.</summary>
    private static async Task<(SqliteAuditStore Store, AuditHead Kept)> WriteThroughTrailAsync(TemporaryDatabase database)
    {
        var store = new SqliteAuditStore(database.ConnectionString);
        var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start, Duration.FromSeconds(30)));
        foreach (var entry in TemporaryDatabase.Log(6))
        {
            await trail.AppendAsync(new AuditActor(entry.Actor), new AuditAction(entry.Action), new AuditSubject(entry.Subject), AuditPayload.Parse(entry.Payload), TestContext.Current.CancellationToken);
        }

        var kept = await trail.ReadHeadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, kept.Count);
        Assert.True((await trail.VerifyAsync(kept, TestContext.Current.CancellationToken)).IsIntact);
        return (store, kept);
    }
}
