using System.Runtime.CompilerServices;
using Collections.Core.Audit;

namespace Collections.Core.InMemory;

/// <summary>An <see cref="IAuditStore"/> held in memory, for tests, samples and hosts that export the log elsewhere.</summary>
/// <remarks>Thread-safe: appends and reads take a lock; a read copies entries out in batches, so a long read never blocks appenders for long and never sees a half-written entry.</remarks>
public sealed class InMemoryAuditStore : IAuditStore
{
    private const int ReadBatch = 1024;

    private readonly List<AuditEntry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>The number of entries.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public Task<AuditHead> ReadHeadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Head());
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The entry is null.</exception>
    /// <exception cref="ArgumentException">The entry's hash is not 64 lower-case hex digits.</exception>
    public Task<bool> TryAppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AuditHead.ThrowIfNotAppendable(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var head = Head();
            if (entry.Sequence != head.Count + 1 || !string.Equals(entry.PreviousHash, head.Hash, StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            _entries.Add(entry);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<AuditEntry> ReadAsync(
        long firstSequence = 1, long lastSequence = long.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Entries are dense from 1, so the entry with sequence s is at index s − 1.
        var next = Math.Max(firstSequence, 1) - 1;
        var batch = new AuditEntry[ReadBatch];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count;
            lock (_gate)
            {
                var last = Math.Min(lastSequence, _entries.Count);
                count = (int)Math.Clamp(last - next, 0, ReadBatch);
                _entries.CopyTo((int)Math.Min(next, _entries.Count), batch, 0, count);
            }

            for (var i = 0; i < count; i++)
            {
                yield return batch[i];
            }

            if (count < ReadBatch)
            {
                break;
            }

            next += count;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private AuditHead Head()
    {
        lock (_gate)
        {
            return _entries.Count == 0 ? AuditHead.Empty : new AuditHead(_entries[^1].Sequence, _entries[^1].Hash);
        }
    }
}
