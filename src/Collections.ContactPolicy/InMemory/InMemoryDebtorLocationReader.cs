using System.Collections.Frozen;
using Collections.Core;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="IDebtorLocationReader"/> over locations held in memory, for tests, samples and small hosts.</summary>
public sealed class InMemoryDebtorLocationReader : IDebtorLocationReader
{
    private readonly FrozenDictionary<DebtorId, DebtorLocation> _locations;

    /// <summary>Creates the reader.</summary>
    /// <param name="locations">The locations (one per debtor).</param>
    /// <exception cref="ArgumentException">Two locations are for the same debtor.</exception>
    public InMemoryDebtorLocationReader(IEnumerable<DebtorLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var list = locations.ToList();
        var repeated = list.GroupBy(l => l.Debtor.Id).Where(g => g.Count() > 1).Select(g => g.Key.Value).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException("One location per debtor; repeated: " + string.Join(", ", repeated) + ".", nameof(locations));
        }

        _locations = list.ToFrozenDictionary(l => l.Debtor.Id);
    }

    /// <inheritdoc/>
    public Task<DebtorLocation?> FindAsync(DebtorId debtorId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_locations.GetValueOrDefault(debtorId));
    }
}
