namespace Collections.Escalation.InMemory;

/// <summary>An <see cref="IAuthorizationStore"/> held in memory; safe for concurrent callers.</summary>
public sealed class InMemoryAuthorizationStore : IAuthorizationStore
{
    private readonly Dictionary<AuthorizationId, WrittenAuthorization> _authorizations = [];
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public Task<WrittenAuthorization?> FindAsync(AuthorizationId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_authorizations.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The authorization is null.</exception>
    public Task SaveAsync(WrittenAuthorization authorization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _authorizations[authorization.Id] = authorization;
        }

        return Task.CompletedTask;
    }
}
