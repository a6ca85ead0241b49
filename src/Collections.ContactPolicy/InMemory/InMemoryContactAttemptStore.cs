using System.Runtime.CompilerServices;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="IContactAttemptStore"/> held in memory, for tests, samples and small hosts; safe for concurrent callers.</summary>
public sealed class InMemoryContactAttemptStore : IContactAttemptStore
{
    private readonly List<PriorAttempt> _attempts = [];
    private readonly Lock _lock = new();

    /// <summary>Creates an empty store.</summary>
    public InMemoryContactAttemptStore()
    {
    }

    /// <summary>Creates a store holding attempts.</summary>
    /// <param name="attempts">The attempts.</param>
    public InMemoryContactAttemptStore(IEnumerable<PriorAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        _attempts.AddRange(attempts);
    }

    /// <summary>The number of attempts held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _attempts.Count;
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<PriorAttempt> ReadAsync(
        DebtorId debtorId, ContactPointId contactPointId, Interval interval, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        PriorAttempt[] snapshot;
        lock (_lock)
        {
            snapshot = [.. _attempts.Where(a => (a.DebtorId == debtorId || a.ContactPointId == contactPointId) && interval.Contains(a.At))];
        }

        foreach (var attempt in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return attempt;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task AppendAsync(PriorAttempt attempt, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (attempt.Channel is null || attempt.Outcome is null)
        {
            throw new ArgumentException("An attempt needs a channel and an outcome.", nameof(attempt));
        }

        lock (_lock)
        {
            _attempts.Add(attempt);
        }

        return Task.CompletedTask;
    }
}
