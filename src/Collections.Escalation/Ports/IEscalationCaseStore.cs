using Collections.Core;

namespace Collections.Escalation;

/// <summary>Port: where escalation cases are kept (the host's database; <see cref="InMemory.InMemoryEscalationCaseStore"/> for tests and samples).</summary>
/// <remarks>Saves are optimistic: a case is saved only over the version it was read at, so two workers moving one case
/// cannot both succeed; and an account has at most one open case.</remarks>
public interface IEscalationCaseStore
{
    /// <summary>Finds a case.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case, or null.</returns>
    Task<EscalationCase?> FindAsync(EscalationCaseId id, CancellationToken cancellationToken = default);

    /// <summary>Finds an account's open case (one not closed, withdrawn or recalled), if it has one.</summary>
    /// <param name="accountId">The account.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The open case, or null.</returns>
    Task<EscalationCase?> FindOpenAsync(AccountId accountId, CancellationToken cancellationToken = default);

    /// <summary>Reads the cases authorized under an authorization (<see cref="EscalationCase.AuthorizationId"/>), whatever their stage.</summary>
    /// <param name="authorization">The authorization.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The cases.</returns>
    IAsyncEnumerable<EscalationCase> ReadByAuthorizationAsync(AuthorizationId authorization, CancellationToken cancellationToken = default);

    /// <summary>Saves a case if nobody saved it since it was read: a new case (version 1) when its identifier is unused and its account has no open case; a moved case when the stored one has the version before.</summary>
    /// <param name="escalationCase">The case.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns><see langword="true"/> when saved; <see langword="false"/> when the stored case moved on (or the account already has an open case).</returns>
    Task<bool> TrySaveAsync(EscalationCase escalationCase, CancellationToken cancellationToken = default);
}
