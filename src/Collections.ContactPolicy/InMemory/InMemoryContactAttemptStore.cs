using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="IContactAttemptStore"/> held in memory, for tests, samples and small hosts; safe for concurrent callers.</summary>
/// <remarks>It may start with attempts made before (imported history, which later decisions count); every attempt added
/// afterwards comes from the gate with its permit (<see cref="PermittedAttempt"/>).</remarks>
public sealed class InMemoryContactAttemptStore : IContactAttemptStore
{
    private readonly List<PriorAttempt> _attempts = [];
    private readonly List<PermittedAttempt> _permitted = [];
    private readonly Lock _lock = new();

    /// <summary>Creates an empty store.</summary>
    public InMemoryContactAttemptStore()
    {
    }

    /// <summary>Creates a store holding attempts made before (imported history).</summary>
    /// <param name="history">The attempts.</param>
    /// <exception cref="ArgumentException">An attempt has no channel, outcome or id (a default value), or an outcome its
    /// channel cannot have (<see cref="Collections.Core.AttemptOutcome.AppliesTo"/>); the message lists the positions. Nothing is held then.</exception>
    public InMemoryContactAttemptStore(IEnumerable<PriorAttempt> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var list = history.ToList();
        ContactHistory.Check(list, nameof(history));
        _attempts.AddRange(list);
    }

    /// <summary>The number of attempts held (history and permitted).</summary>
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

    /// <summary>The attempts recorded under permits, in the order recorded.</summary>
    public IReadOnlyList<PermittedAttempt> Permitted
    {
        get
        {
            lock (_lock)
            {
                return _permitted.ToImmutableArray();
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
    /// <exception cref="ArgumentNullException">The attempt is null.</exception>
    public Task AppendAsync(PermittedAttempt attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _attempts.Add(attempt.Attempt);
            _permitted.Add(attempt);
        }

        return Task.CompletedTask;
    }
}
