using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.TestKit;

namespace Collections.Core.Tests.Audit;

public sealed class InMemoryAuditStoreTests
{
    private static readonly AuditEntry[] Log = AuditGenerators.Chain(
        [.. Enumerable.Range(1, 2500).Select(i => AuditTrailTests.Event("user:" + i))], [.. Enumerable.Repeat(1_000L, 2500)]);

    [Fact]
    public async Task TryAppendAsync_EntriesContinuingTheHead_AppendedAndHeadMoves()
    {
        var store = new InMemoryAuditStore();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(AuditHead.Empty, await store.ReadHeadAsync(ct));
        Assert.True(await store.TryAppendAsync(Log[0], ct));
        Assert.True(await store.TryAppendAsync(Log[1], ct));

        Assert.Equal(new AuditHead(2, Log[1].Hash), await store.ReadHeadAsync(ct));
    }

    [Fact]
    public async Task TryAppendAsync_WrongSequenceOrPreviousHash_RefusedAndNothingWritten()
    {
        var store = new InMemoryAuditStore();
        var ct = TestContext.Current.CancellationToken;
        await store.TryAppendAsync(Log[0], ct);

        Assert.False(await store.TryAppendAsync(Log[0], ct));                                   // sequence 1 again
        Assert.False(await store.TryAppendAsync(Log[2], ct));                                   // skips 2
        Assert.False(await store.TryAppendAsync(Log[1] with { PreviousHash = Log[1].Hash }, ct)); // right number, wrong predecessor: a fork

        Assert.Equal(1, store.Count);
        Assert.Equal(new AuditHead(1, Log[0].Hash), await store.ReadHeadAsync(ct));
    }

    [Fact]
    public async Task TryAppendAsync_HashNotHex_RefusedAsACallerBug()
    {
        var store = new InMemoryAuditStore();

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => store.TryAppendAsync(Log[0] with { Hash = "not-a-hash" }, TestContext.Current.CancellationToken));

        Assert.Contains("64 lower-case hex digits", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RangesAcrossReadBatches_ExactlyTheRequestedEntriesInOrder()
    {
        var store = await Filled();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(Log, await Read(store.ReadAsync(cancellationToken: ct)));
        Assert.Equal(Log[1000..2049], await Read(store.ReadAsync(1001, 2049, ct)));
        Assert.Equal(Log[2499..], await Read(store.ReadAsync(2500, long.MaxValue, ct)));
        Assert.Empty(await Read(store.ReadAsync(2501, long.MaxValue, ct)));
        Assert.Empty(await Read(store.ReadAsync(10, 9, ct)));
        Assert.Equal(Log[..3], await Read(store.ReadAsync(-5, 3, ct)));
    }

    private static async Task<InMemoryAuditStore> Filled()
    {
        var store = new InMemoryAuditStore();
        foreach (var entry in Log)
        {
            Assert.True(await store.TryAppendAsync(entry, TestContext.Current.CancellationToken));
        }

        return store;
    }

    private static async Task<List<AuditEntry>> Read(IAsyncEnumerable<AuditEntry> entries)
    {
        var list = new List<AuditEntry>();
        await foreach (var entry in entries)
        {
            list.Add(entry);
        }

        return list;
    }
}
