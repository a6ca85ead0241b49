using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core.InMemory;

/// <summary>An <see cref="ILegalHoldRegistry"/> held in memory, for tests, samples and hosts that run the escalation workflow without the contact policy; safe for concurrent callers.</summary>
/// <remarks>A host that runs the contact gate registers Collections.ContactPolicy's restriction registry as the
/// <see cref="ILegalHoldRegistry"/> instead, so that the gate sees the holds.</remarks>
public sealed class InMemoryLegalHoldRegistry : ILegalHoldRegistry
{
    private readonly Dictionary<AccountId, ImmutableList<LegalHoldPeriod>> _holds = [];
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public Task PlaceAsync(AccountId accountId, string reference, Instant from, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var holds = Read(accountId);
            if (!holds.Exists(h => h.Until is null && string.Equals(h.Reference, reference, StringComparison.Ordinal)))
            {
                _holds[accountId] = holds.Add(new LegalHoldPeriod(reference, from, null));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task LiftAsync(AccountId accountId, string reference, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var holds = Read(accountId);
            var index = holds.FindIndex(h => h.Until is null && string.Equals(h.Reference, reference, StringComparison.Ordinal));
            if (index >= 0)
            {
                var open = holds[index];
                _holds[accountId] = holds.SetItem(index, open with { Until = at < open.From ? open.From : at });
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The holds placed on a debt, open and lifted, in the order they were placed.</summary>
    /// <param name="accountId">The debt.</param>
    /// <returns>The holds.</returns>
    public IReadOnlyList<LegalHoldPeriod> HoldsOn(AccountId accountId)
    {
        lock (_lock)
        {
            return Read(accountId);
        }
    }

    /// <summary>Whether a debt is held at an instant.</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when a hold covers the instant.</returns>
    public bool IsHeld(AccountId accountId, Instant instant) => HoldsOn(accountId).Any(h => h.Covers(instant));

    private ImmutableList<LegalHoldPeriod> Read(AccountId accountId) =>
        _holds.TryGetValue(accountId, out var holds) ? holds : [];
}
