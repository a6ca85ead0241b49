using NodaTime;

namespace Collections.Core;

/// <summary>Port: reads accounts' history (periodic snapshots and contact attempts) from the host's storage.</summary>
public interface IAccountHistoryReader
{
    /// <summary>Reads the snapshots of every account for the periods from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <param name="first">The first period.</param>
    /// <param name="last">The last period.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshots.</returns>
    IAsyncEnumerable<AccountSnapshot> ReadSnapshotsAsync(YearMonth first, YearMonth last, CancellationToken cancellationToken = default);

    /// <summary>Reads the contact attempts made in an interval (start inclusive, end exclusive).</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The attempts.</returns>
    IAsyncEnumerable<ContactAttempt> ReadAttemptsAsync(Interval interval, CancellationToken cancellationToken = default);
}
