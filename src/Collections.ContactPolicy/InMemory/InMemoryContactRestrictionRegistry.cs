using System.Collections.Immutable;
using Collections.Core;
using NodaTime;

namespace Collections.ContactPolicy.InMemory;

/// <summary>An <see cref="IContactRestrictionRegistry"/> held in memory; safe for concurrent callers.</summary>
/// <remarks>It is also Core's <see cref="ILegalHoldRegistry"/>: a legal hold placed through that port (by the legal
/// escalation workflow) is a <see cref="HoldKind.LegalHold"/> <see cref="ContactHold"/> on the debt, seen by the contact
/// gate from its start; lifting it gives the hold its end.</remarks>
public sealed class InMemoryContactRestrictionRegistry : IContactRestrictionRegistry, ILegalHoldRegistry
{
    private readonly Dictionary<DebtorId, ContactRestrictions> _debtors = [];
    private readonly Dictionary<AccountId, ImmutableArray<ContactHold>> _holds = [];
    private readonly Dictionary<(AccountId Account, string Reference), ContactHold> _openLegalHolds = [];
    private readonly Lock _lock = new();

    /// <summary>Records an opt-out of a channel by a debtor (or by one of their contact points).</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="optOut">The opt-out.</param>
    public void AddOptOut(DebtorId debtorId, ChannelOptOut optOut)
    {
        ArgumentNullException.ThrowIfNull(optOut);
        Update(debtorId, r => r with { OptOuts = r.OptOuts.Add(optOut) });
    }

    /// <summary>Puts a debtor on the do-not-contact list.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="since">From when.</param>
    public void SetDoNotContact(DebtorId debtorId, Instant since) => Update(debtorId, r => r with { DoNotContactSince = since });

    /// <summary>Records a debtor's request that communication cease.</summary>
    /// <param name="debtorId">The debtor.</param>
    /// <param name="since">From when.</param>
    public void SetCeaseCommunication(DebtorId debtorId, Instant since) => Update(debtorId, r => r with { CeaseCommunicationSince = since });

    /// <summary>Records a dispute or legal hold on a debt (replace it with <see cref="SetHolds"/> when it is resolved).</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="hold">The hold.</param>
    public void AddHold(AccountId accountId, ContactHold hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        lock (_lock)
        {
            _holds[accountId] = (_holds.TryGetValue(accountId, out var holds) ? holds : []).Add(hold);
        }
    }

    /// <summary>Replaces the holds on a debt (for example when a dispute is resolved).</summary>
    /// <param name="accountId">The debt.</param>
    /// <param name="holds">The holds.</param>
    public void SetHolds(AccountId accountId, IEnumerable<ContactHold> holds)
    {
        ArgumentNullException.ThrowIfNull(holds);
        lock (_lock)
        {
            _holds[accountId] = [.. holds];
        }
    }

    /// <inheritdoc/>
    public Task<ContactRestrictions> ReadAsync(DebtorId debtorId, AccountId accountId, ContactPointId contactPointId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var restrictions = _debtors.TryGetValue(debtorId, out var found) ? found : ContactRestrictions.None;
            var holds = _holds.TryGetValue(accountId, out var list) ? list : [];
            return Task.FromResult(restrictions with { Holds = holds });
        }
    }

    /// <inheritdoc/>
    public Task PlaceAsync(AccountId accountId, string reference, Instant from, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var holds = _holds.TryGetValue(accountId, out var list) ? list : [];
            if (_openLegalHolds.TryGetValue((accountId, reference), out var open) && holds.Contains(open))
            {
                return Task.CompletedTask;
            }

            var hold = new ContactHold(HoldKind.LegalHold, from);
            _holds[accountId] = holds.Add(hold);
            _openLegalHolds[(accountId, reference)] = hold;
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
            if (_openLegalHolds.Remove((accountId, reference), out var open)
                && _holds.TryGetValue(accountId, out var holds) && holds.IndexOf(open) is var index and >= 0)
            {
                _holds[accountId] = holds.SetItem(index, new ContactHold(HoldKind.LegalHold, open.Start, at < open.Start ? open.Start : at));
            }
        }

        return Task.CompletedTask;
    }

    private void Update(DebtorId debtorId, Func<ContactRestrictions, ContactRestrictions> change)
    {
        lock (_lock)
        {
            _debtors[debtorId] = change(_debtors.TryGetValue(debtorId, out var found) ? found : ContactRestrictions.None);
        }
    }
}
