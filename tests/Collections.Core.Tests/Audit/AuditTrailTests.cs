using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.TestKit;
using NodaTime.Testing;

namespace Collections.Core.Tests.Audit;

public sealed class AuditTrailTests
{
    [CulturedFact(["ar-SA", "", "en-US"])]
    public async Task AppendAsync_WorkedExample_EntriesAndHashesAsDocumented()
    {
        var clock = new FakeClock(WorkedExample.FirstAt);
        var trail = new AuditTrail(new InMemoryAuditStore(), clock);

        var first = await trail.AppendAsync(WorkedExample.FirstEvent, TestContext.Current.CancellationToken);
        clock.Advance(Duration.FromMilliseconds(125));
        var second = await trail.AppendAsync(WorkedExample.SecondEvent, TestContext.Current.CancellationToken);

        Assert.Equal(new AuditEntry(1, WorkedExample.FirstAt, WorkedExample.FirstActor, WorkedExample.FirstAction, WorkedExample.FirstSubject, WorkedExample.FirstPayload, AuditEntryHash.Genesis, WorkedExample.FirstHash), first);
        Assert.Equal(new AuditEntry(2, WorkedExample.SecondAt, WorkedExample.SecondActor, WorkedExample.SecondAction, WorkedExample.SecondSubject, WorkedExample.SecondPayload, WorkedExample.FirstHash, WorkedExample.SecondHash), second);
        Assert.Equal(new AuditHead(2, WorkedExample.SecondHash), await trail.ReadHeadAsync(TestContext.Current.CancellationToken));
        Assert.True((await trail.VerifyAsync(null, TestContext.Current.CancellationToken)).IsIntact);
    }

    [Fact]
    public async Task Next_PreparedOnTheHead_IsTheEntryTheTrailWouldStore_AndTheStoreRefusesItOnceTheHeadMoved()
    {
        var store = new InMemoryAuditStore();
        var trail = new AuditTrail(store, new FakeClock(WorkedExample.FirstAt));
        await trail.AppendAsync(WorkedExample.FirstEvent, TestContext.Current.CancellationToken);
        var head = await trail.ReadHeadAsync(TestContext.Current.CancellationToken);

        var prepared = AuditEntry.Next(head, WorkedExample.SecondAt, WorkedExample.SecondEvent);

        Assert.Equal(new AuditEntry(2, WorkedExample.SecondAt, WorkedExample.SecondActor, WorkedExample.SecondAction, WorkedExample.SecondSubject, WorkedExample.SecondPayload, WorkedExample.FirstHash, WorkedExample.SecondHash), prepared);
        await trail.AppendAsync(WorkedExample.FirstEvent, TestContext.Current.CancellationToken); // another writer moves the head
        Assert.False(await store.TryAppendAsync(prepared, TestContext.Current.CancellationToken));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task AppendAsync_EmptyStore_FirstEntryHasSequenceOneAndTheGenesisHash()
    {
        var store = new InMemoryAuditStore();
        var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start));

        var entry = await trail.AppendAsync(new AuditActor("user:1"), AuditAction.EscalationStep, AuditSubject.ForAccount(new AccountId("A-1")), AuditPayload.Empty, TestContext.Current.CancellationToken);

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(new string('0', 64), entry.PreviousHash);
        Assert.Equal(AuditGenerators.Start, entry.RecordedAt);
        Assert.Equal("escalation.step", entry.Action);
        Assert.Equal("account:A-1", entry.Subject);
        Assert.True(entry.HasValidHash());
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task AppendAsync_SecondWriterOnTheSameStore_RebuildsOnTheNewHeadInsteadOfForking()
    {
        // Two trails on one store stand for two processes: each caches the head it last wrote.
        var store = new InMemoryAuditStore();
        var clock = new FakeClock(AuditGenerators.Start, Duration.FromSeconds(1));
        var first = new AuditTrail(store, clock);
        var second = new AuditTrail(store, clock);
        var ct = TestContext.Current.CancellationToken;

        await first.AppendAsync(Event("user:1"), ct);
        await second.AppendAsync(Event("user:2"), ct);   // second reads head 1
        await first.AppendAsync(Event("user:1"), ct);    // first's cached head (1) is stale: refused, re-read, appended as 3
        await second.AppendAsync(Event("user:2"), ct);   // likewise: appended as 4

        var entries = await ReadAll(store);
        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Sequence));
        Assert.Equal(["user:1", "user:2", "user:1", "user:2"], entries.Select(e => e.Actor));
        Assert.True(AuditVerifier.Verify(entries).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_ManyParallelCallersOnOneTrail_OneUnbrokenChainWithEveryEvent()
    {
        const int callers = 200;
        var store = new InMemoryAuditStore();
        var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start, Duration.FromMilliseconds(1)));

        var appended = await Task.WhenAll(Enumerable.Range(1, callers).Select(i =>
            Task.Run(() => trail.AppendAsync(Event("user:" + i), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        var entries = await ReadAll(store);
        var verification = AuditVerifier.Verify(entries);
        Assert.True(verification.IsIntact, verification.FirstBreak?.Reason.English);
        Assert.Equal(callers, entries.Count);
        Assert.Equal(Enumerable.Range(1, callers).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, callers).Select(i => "user:" + i).Order(), entries.Select(e => e.Actor).Order());
        Assert.Equal(entries.OrderBy(e => e.Sequence), appended.OrderBy(e => e.Sequence));
        Assert.Equal(new AuditHead(callers, entries[^1].Hash), verification.VerifiedHead);
    }

    [Fact]
    public async Task AppendAsync_ParallelCallersOnFourTrailsSharingAStore_OneUnbrokenChain()
    {
        // Four trails = four writers that only meet at the store's optimistic check.
        const int perTrail = 50;
        var store = new InMemoryAuditStore();
        var trails = Enumerable.Range(0, 4).Select(_ => new AuditTrail(store, new FakeClock(AuditGenerators.Start, Duration.FromMilliseconds(1)))).ToArray();

        await Task.WhenAll(trails.SelectMany((trail, t) => Enumerable.Range(0, perTrail).Select(i =>
            Task.Run(() => trail.AppendAsync(Event($"user:{t}-{i}"), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken))));

        var entries = await ReadAll(store);
        Assert.True(AuditVerifier.Verify(entries).IsIntact);
        Assert.Equal(4 * perTrail, entries.Count);
        Assert.Equal(4 * perTrail, entries.Select(e => e.Actor).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_StoreThatNeverAccepts_FailsAfterOneHundredAttempts()
    {
        var store = new RefusingStore();
        var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => trail.AppendAsync(Event("user:1"), TestContext.Current.CancellationToken));

        Assert.Equal(100, store.Attempts);
        Assert.Contains("refused 100 appends in a row", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppendAsync_Cancelled_NothingAppended()
    {
        var store = new InMemoryAuditStore();
        var trail = new AuditTrail(store, new FakeClock(AuditGenerators.Start));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trail.AppendAsync(Event("user:1"), cancelled.Token));

        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Constructor_NullArguments_Refused()
    {
        Assert.Throws<ArgumentNullException>(() => new AuditTrail(null!, new FakeClock(AuditGenerators.Start)));
        Assert.Throws<ArgumentNullException>(() => new AuditTrail(new InMemoryAuditStore(), null!));
    }

    [Fact]
    public void AuditEvent_DefaultValues_EveryViolationListed()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AuditEvent(default, default, default, null!));

        Assert.Contains("the actor is the default value", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the action is the default value", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the subject is the default value", exception.Message, StringComparison.Ordinal);
        Assert.Contains("the payload is null", exception.Message, StringComparison.Ordinal);
    }

    internal static AuditEvent Event(string actor) =>
        new(new AuditActor(actor), AuditAction.ContactPolicyAllowed, AuditSubject.ForAccount(new AccountId("0000611365")), AuditPayload.Parse("""{"channel":"sms"}"""));

    internal static async Task<List<AuditEntry>> ReadAll(IAuditStore store)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.ReadAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            entries.Add(entry);
        }

        return entries;
    }

    private sealed class RefusingStore : IAuditStore
    {
        public int Attempts { get; private set; }

        public Task<AuditHead> ReadHeadAsync(CancellationToken cancellationToken = default) => Task.FromResult(AuditHead.Empty);

        public Task<bool> TryAppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            Attempts++;
            return Task.FromResult(false);
        }

        public IAsyncEnumerable<AuditEntry> ReadAsync(long firstSequence = 1, long lastSequence = long.MaxValue, CancellationToken cancellationToken = default) =>
            AsyncEnumerable.Empty<AuditEntry>();
    }
}
