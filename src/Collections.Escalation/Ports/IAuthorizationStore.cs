namespace Collections.Escalation;

/// <summary>Port: where the creditors' written authorizations are kept, as values (<see cref="InMemory.InMemoryAuthorizationStore"/> for tests and samples).</summary>
public interface IAuthorizationStore
{
    /// <summary>Finds an authorization.</summary>
    /// <param name="id">Its reference.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The authorization, or null.</returns>
    Task<WrittenAuthorization?> FindAsync(AuthorizationId id, CancellationToken cancellationToken = default);

    /// <summary>Adds an authorization, or replaces the one with its reference (a revocation replaces it).</summary>
    /// <param name="authorization">The authorization.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is saved.</returns>
    Task SaveAsync(WrittenAuthorization authorization, CancellationToken cancellationToken = default);
}
