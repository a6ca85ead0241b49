using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Port: the host's record of attempts made, read before each decision and appended after each attempt.</summary>
public interface IContactAttemptStore
{
    /// <summary>Reads the attempts made in an interval (start inclusive, end exclusive) about any debt of a debtor or to a contact point.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="contactPointId">The contact point.</param>
    /// <param name="interval">The interval.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The attempts, in any order.</returns>
    IAsyncEnumerable<PriorAttempt> ReadAsync(DebtorId debtorId, ContactPointId contactPointId, Interval interval, CancellationToken cancellationToken = default);

    /// <summary>Records an attempt that was made.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the attempt is stored.</returns>
    Task AppendAsync(PriorAttempt attempt, CancellationToken cancellationToken = default);
}
