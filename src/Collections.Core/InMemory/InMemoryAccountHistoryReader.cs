using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core.InMemory;

/// <summary>An <see cref="IAccountHistoryReader"/> over snapshots and attempts held in memory.</summary>
public sealed class InMemoryAccountHistoryReader : IAccountHistoryReader
{
    private readonly ImmutableArray<AccountSnapshot> _snapshots;
    private readonly ImmutableArray<ContactAttempt> _attempts;

    /// <summary>Creates the reader.</summary>
    /// <param name="snapshots">The snapshots to serve.</param>
    /// <param name="attempts">The attempts to serve.</param>
    public InMemoryAccountHistoryReader(IEnumerable<AccountSnapshot> snapshots, IEnumerable<ContactAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(attempts);
        _snapshots = [.. snapshots];
        _attempts = [.. attempts];
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<AccountSnapshot> ReadSnapshotsAsync(YearMonth first, YearMonth last, CancellationToken cancellationToken = default) =>
        InMemoryStream.Of(_snapshots.Where(s => s.Period.CompareTo(first) >= 0 && s.Period.CompareTo(last) <= 0), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<ContactAttempt> ReadAttemptsAsync(Interval interval, CancellationToken cancellationToken = default) =>
        InMemoryStream.Of(_attempts.Where(a => interval.Contains(a.At)), cancellationToken);
}
