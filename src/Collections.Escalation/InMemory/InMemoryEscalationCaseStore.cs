using System.Runtime.CompilerServices;
using Collections.Core;

namespace Collections.Escalation.InMemory;

/// <summary>An <see cref="IEscalationCaseStore"/> held in memory, for tests, samples and small hosts; safe for concurrent callers.</summary>
public sealed class InMemoryEscalationCaseStore : IEscalationCaseStore
{
    private readonly Dictionary<EscalationCaseId, EscalationCase> _cases = [];
    private readonly Lock _lock = new();

    /// <summary>Every case, ordered by identifier.</summary>
    public IReadOnlyList<EscalationCase> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _cases.Values.OrderBy(c => c.Id)];
            }
        }
    }

    /// <inheritdoc/>
    public Task<EscalationCase?> FindAsync(EscalationCaseId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(_cases.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc/>
    public Task<EscalationCase?> FindOpenAsync(AccountId accountId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return Task.FromResult(OpenCaseOf(accountId));
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<EscalationCase> ReadByAuthorizationAsync(AuthorizationId authorization, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<EscalationCase> found;
        lock (_lock)
        {
            found = [.. _cases.Values.Where(c => c.AuthorizationId == authorization).OrderBy(c => c.Id)];
        }

        foreach (var escalationCase in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return escalationCase;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The case is null.</exception>
    public Task<bool> TrySaveAsync(EscalationCase escalationCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(escalationCase);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var stored = _cases.GetValueOrDefault(escalationCase.Id);
            var saved = stored is null
                ? escalationCase.Version == 1 && OpenCaseOf(escalationCase.Account.AccountId) is null
                : stored.Version == escalationCase.Version - 1 && stored.Account == escalationCase.Account;
            if (saved)
            {
                _cases[escalationCase.Id] = escalationCase;
            }

            return Task.FromResult(saved);
        }
    }

    private EscalationCase? OpenCaseOf(AccountId accountId) =>
        _cases.Values.FirstOrDefault(c => c.Account.AccountId == accountId && c.Stage.IsOpen);
}
