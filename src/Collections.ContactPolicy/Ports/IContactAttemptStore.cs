using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>Port: the host's record of attempts made, read before each decision and appended after each attempt made under a permit.</summary>
/// <remarks>Appending takes a <see cref="PermittedAttempt"/>, which only the <see cref="ContactGate"/> creates from a
/// permit: the library offers no way to record an attempt that no policy allowed. Attempts made before the library was
/// adopted (a dialler's log) are the host's own data: a store returns them from <see cref="ReadAsync"/> like any other,
/// so they count towards caps and waiting times.</remarks>
public interface IContactAttemptStore
{
    /// <summary>Reads the attempts made in an interval (start inclusive, end exclusive) about any debt of a debtor or to a contact point.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="contactPointId">The contact point.</param>
    /// <param name="interval">The interval.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The attempts, in any order.</returns>
    IAsyncEnumerable<PriorAttempt> ReadAsync(DebtorId debtorId, ContactPointId contactPointId, Interval interval, CancellationToken cancellationToken = default);

    /// <summary>Records an attempt made under a permit.</summary>
    /// <param name="attempt">The attempt, with its permit's attempt id and the allowing policy version.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the attempt is stored.</returns>
    Task AppendAsync(PermittedAttempt attempt, CancellationToken cancellationToken = default);
}
