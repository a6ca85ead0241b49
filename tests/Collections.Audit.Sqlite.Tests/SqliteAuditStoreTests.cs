using Collections.Core.InMemory;
using Collections.TestKit;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Collections.Audit.Sqlite.Tests;

public sealed class SqliteAuditStoreTests
{
    [Fact]
    public async Task ReadHeadAsync_NewFile_TableCreatedInWalModeAndTheLogEmpty()
    {
        using var database = new TemporaryDatabase();
        var store = new SqliteAuditStore(database.ConnectionString);

        var head = await store.ReadHeadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(AuditHead.Empty, head);
        Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_entries';"));
        Assert.Contains("STRICT", (string)database.Scalar("SELECT sql FROM sqlite_schema WHERE name = 'audit_entries';")!, StringComparison.Ordinal);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task ReadAsync_EntriesWithArabicEmojiAndNanoseconds_ComeBackExactly()
    {
        using var database = new TemporaryDatabase();
        var log = TemporaryDatabase.Log(3);
        log[1] = AuditGenerators.Entry(2, log[1].RecordedAt + Duration.FromNanoseconds(123_456_789), new AuditEvent(
            new AuditActor("user:مدير-التحصيل"), AuditAction.FeeStatementIssued, AuditSubject.ForDebtor(new Core.DebtorId("محمد")),
            AuditPayload.Parse("""{"emoji":"😀","quote":"\"","vat_rate":15.5}""")), log[0].Hash);
        log[2] = AuditGenerators.Entry(3, log[2].RecordedAt + Duration.FromSeconds(1), new AuditEvent(
            new AuditActor("user:3"), AuditAction.EscalationStep, AuditSubject.ForAccount(new Core.AccountId("A")), AuditPayload.Empty), log[1].Hash);
        var store = await database.WriteAsync(log);

        var read = await TemporaryDatabase.ReadAllAsync(store);

        Assert.Equal(log, read);
        Assert.True(AuditVerifier.Verify(read).IsIntact);
        Assert.Equal(AuditEntryHash.FormatInstant(log[1].RecordedAt), database.Scalar("SELECT recorded_at FROM audit_entries WHERE sequence = 2;"));
    }

    [Fact]
    public async Task TryAppendAsync_EntryNotContinuingTheHead_RefusedAndNothingWritten()
    {
        using var database = new TemporaryDatabase();
        var log = TemporaryDatabase.Log(3);
        var store = await database.WriteAsync(log[..1]);
        var ct = TestContext.Current.CancellationToken;

        Assert.False(await store.TryAppendAsync(log[0], ct));
        Assert.False(await store.TryAppendAsync(log[2], ct));
        Assert.False(await store.TryAppendAsync(log[1] with { PreviousHash = log[2].Hash }, ct));

        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM audit_entries;"));
        Assert.Equal(new AuditHead(1, log[0].Hash), await store.ReadHeadAsync(ct));
        await Assert.ThrowsAsync<ArgumentException>(() => store.TryAppendAsync(log[1] with { Hash = "X" }, ct));
    }

    [Fact]
    public async Task ReadAsync_Ranges_ExactlyTheRequestedEntriesInOrder()
    {
        using var database = new TemporaryDatabase();
        var log = TemporaryDatabase.Log(10);
        var store = await database.WriteAsync(log);

        Assert.Equal(log[3..7], await TemporaryDatabase.ReadAllAsync(store, 4, 7));
        Assert.Equal(log[9..], await TemporaryDatabase.ReadAllAsync(store, 10));
        Assert.Empty(await TemporaryDatabase.ReadAllAsync(store, 11));
    }

    [Fact]
    public async Task ReadHeadAsync_NewStoreOnAnExistingFile_TheLogIsStillThere()
    {
        using var database = new TemporaryDatabase();
        var log = TemporaryDatabase.Log(4);
        await database.WriteAsync(log);

        var reopened = new SqliteAuditStore(database.ConnectionString);

        Assert.Equal(new AuditHead(4, log[3].Hash), await reopened.ReadHeadAsync(TestContext.Current.CancellationToken));
        Assert.True((await AuditVerifier.VerifyAsync(reopened, new AuditHead(4, log[3].Hash), TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_TwoStoresOnOneFileAppendingInParallel_OneUnbrokenChain()
    {
        // Two stores and two trails on one file stand for two processes: only SQLite's transaction keeps them in line.
        using var database = new TemporaryDatabase();
        const int perWriter = 40;
        var trails = Enumerable.Range(0, 2)
            .Select(_ => new AuditTrail(new SqliteAuditStore(database.ConnectionString), new FakeClock(AuditGenerators.Start, Duration.FromMilliseconds(1))))
            .ToArray();
        await trails[0].Store.ReadHeadAsync(TestContext.Current.CancellationToken); // create the table before the race

        await Task.WhenAll(trails.SelectMany((trail, w) => Enumerable.Range(0, perWriter).Select(i => Task.Run(
            () => trail.AppendAsync(new AuditActor($"writer:{w}-{i}"), AuditAction.ContactPolicyAllowed, new AuditSubject("account:1"), AuditPayload.Empty, TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken))));

        var entries = await TemporaryDatabase.ReadAllAsync(trails[1].Store);
        var verification = AuditVerifier.Verify(entries);
        Assert.True(verification.IsIntact, verification.FirstBreak?.Reason.English);
        Assert.Equal(2 * perWriter, entries.Count);
        Assert.Equal(2 * perWriter, entries.Select(e => e.Actor).Distinct().Count());
    }

    [Fact]
    public async Task ReadAsync_RowWithAnUnreadableInstant_ErrorNamesTheRow()
    {
        using var database = new TemporaryDatabase();
        var store = await database.WriteAsync(TemporaryDatabase.Log(3));
        database.Execute("UPDATE audit_entries SET recorded_at = 'yesterday' WHERE sequence = 2;");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => TemporaryDatabase.ReadAllAsync(store));

        Assert.Contains("Audit entry 2 in table 'audit_entries': recorded_at 'yesterday' is not an ISO 8601 UTC instant", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadHeadAsync_LastRowsHashAltered_ErrorSaysToVerify()
    {
        using var database = new TemporaryDatabase();
        var store = await database.WriteAsync(TemporaryDatabase.Log(2));
        database.Execute("UPDATE audit_entries SET hash = 'oops' WHERE sequence = 2;");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReadHeadAsync(TestContext.Current.CancellationToken));

        Assert.Contains("(sequence 2, hash 'oops') is not a valid head", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_OwnTableName_TwoLogsInOneFile()
    {
        using var database = new TemporaryDatabase();
        var first = new SqliteAuditStore(new SqliteAuditStoreOptions(database.ConnectionString) { TableName = "audit_creditor_1" });
        var second = new SqliteAuditStore(new SqliteAuditStoreOptions(database.ConnectionString) { TableName = "audit_creditor_2", UseWriteAheadLog = false });
        var log = TemporaryDatabase.Log(2);
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await first.TryAppendAsync(log[0], ct));
        Assert.True(await first.TryAppendAsync(log[1], ct));
        Assert.True(await second.TryAppendAsync(log[0], ct));

        Assert.Equal(2, (await first.ReadHeadAsync(ct)).Count);
        Assert.Equal(1, (await second.ReadHeadAsync(ct)).Count);
    }

    [Theory]
    [InlineData("Data Source=:memory:", "must name a database file")]
    [InlineData("Data Source=audit.db;Mode=Memory", "must name a database file")]
    [InlineData("", "must name a database file")]
    [InlineData("Data Source=audit.db;Mode=ReadOnly", "read-only")]
    [InlineData("Colour=blue", "not valid")]
    public void Constructor_ConnectionStringNotForAnAuditLog_Refused(string connectionString, string expected)
    {
        var exception = Assert.Throws<ArgumentException>(() => new SqliteAuditStore(connectionString));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InMemoryAndBadTableName_EveryViolationListed()
    {
        var options = new SqliteAuditStoreOptions("Data Source=:memory:") { TableName = "audit; DROP TABLE x" };

        var exception = Assert.Throws<ArgumentException>(() => new SqliteAuditStore(options));

        Assert.Contains("must name a database file", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the table name must be ASCII letters, digits and underscores", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", new SqliteAuditStoreOptions("Data Source=a.db;Password=secret").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCollectionsSqliteAuditStore_AfterTheInMemoryDefault_SqliteReplacesItAndTheTrailUsesIt()
    {
        using var database = new TemporaryDatabase();
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(AuditGenerators.Start));

        services.AddCollectionsAudit().AddCollectionsSqliteAuditStore(database.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        var trail = provider.GetRequiredService<AuditTrail>();
        Assert.IsType<SqliteAuditStore>(trail.Store);
        await trail.AppendAsync(new AuditActor("user:1"), AuditAction.EscalationStep, new AuditSubject("account:1"), AuditPayload.Empty, TestContext.Current.CancellationToken);
        Assert.Equal(1L, database.Scalar("SELECT count(*) FROM audit_entries;"));
        Assert.Single(services, d => d.ServiceType == typeof(IAuditStore));
    }

    [Fact]
    public void AddCollectionsSqliteAuditStore_BeforeAddCollectionsAudit_SqliteStaysAndBadOptionsFailAtRegistration()
    {
        using var database = new TemporaryDatabase();
        var services = new ServiceCollection().AddCollectionsSqliteAuditStore(database.ConnectionString).AddCollectionsAudit();

        using var provider = services.BuildServiceProvider();

        Assert.IsType<SqliteAuditStore>(provider.GetRequiredService<IAuditStore>());
        Assert.IsNotType<InMemoryAuditStore>(provider.GetRequiredService<AuditTrail>().Store);
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCollectionsSqliteAuditStore("Data Source=:memory:"));
    }
}
