using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace Collections.Core.Audit;

/// <summary>Appends to the audit log: builds the next entry (sequence, instant from the clock, hashes) and stores it through <see cref="IAuditStore"/>.</summary>
/// <remarks>
/// <para>What is appended: contact-policy decisions (allowed or refused), policy version changes, escalation steps, fee
/// statements (<see cref="AuditAction.WellKnown"/>), and whatever the host records itself.</para>
/// <para>Thread-safe. Within one process, appends through one trail are serialised by an asynchronous lock (a
/// <see cref="SemaphoreSlim"/>): each takes the instant from the clock, builds the entry on the last head and appends it,
/// one at a time, so concurrent callers get consecutive sequence numbers in the order they took the lock. Across
/// processes (or several trails on one store), the store's optimistic check refuses an entry built on a head that has
/// moved; the trail then reads the new head, takes a new instant and tries again, up to 100 times.</para>
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The SemaphoreSlim's wait handle is never created (AvailableWaitHandle unused), so it holds nothing to release; a trail lives as long as its host.")]
public sealed class AuditTrail
{
    private const int MaximumAttempts = 100;

    private readonly IAuditStore _store;
    private readonly IClock _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuditHead? _head;

    /// <summary>Creates the trail.</summary>
    /// <param name="store">Where entries are stored.</param>
    /// <param name="clock">Where the instants come from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AuditTrail(IAuditStore store, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
    }

    /// <summary>The store the trail appends to.</summary>
    public IAuditStore Store => _store;

    /// <summary>Appends an event as the next entry.</summary>
    /// <param name="auditEvent">Who did what to what, with the details.</param>
    /// <param name="cancellationToken">Cancels the append (before the entry is stored).</param>
    /// <returns>The stored entry.</returns>
    /// <exception cref="ArgumentNullException">The event is null.</exception>
    /// <exception cref="InvalidOperationException">The store refused 100 attempts in a row (other writers kept moving the head, or the store does not keep what it appends).</exception>
    public async Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; attempt <= MaximumAttempts; attempt++)
            {
                var head = _head ?? await _store.ReadHeadAsync(cancellationToken).ConfigureAwait(false);
                var entry = AuditEntry.Next(head, _clock.GetCurrentInstant(), auditEvent);
                if (await _store.TryAppendAsync(entry, cancellationToken).ConfigureAwait(false))
                {
                    _head = new AuditHead(entry.Sequence, entry.Hash);
                    return entry;
                }

                // Another writer appended since the head was read: read it again and rebuild the entry on it.
                _head = null;
            }

            throw new InvalidOperationException(
                $"The audit store refused {MaximumAttempts.ToString(CultureInfo.InvariantCulture)} appends in a row: other writers kept moving its head, or it does not keep what it appends.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Appends an event as the next entry.</summary>
    /// <param name="actor">Who acted.</param>
    /// <param name="action">What was done.</param>
    /// <param name="subject">What it was about.</param>
    /// <param name="payload">The details.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The stored entry.</returns>
    /// <exception cref="ArgumentException">The actor, action or subject is the default value, or the payload is null.</exception>
    /// <exception cref="InvalidOperationException">The store refused 100 attempts in a row.</exception>
    public Task<AuditEntry> AppendAsync(AuditActor actor, AuditAction action, AuditSubject subject, AuditPayload payload, CancellationToken cancellationToken = default) =>
        AppendAsync(new AuditEvent(actor, action, subject, payload), cancellationToken);

    /// <summary>Reads the store's head, for a creditor to keep and check later.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The head.</returns>
    public Task<AuditHead> ReadHeadAsync(CancellationToken cancellationToken = default) => _store.ReadHeadAsync(cancellationToken);

    /// <summary>Verifies the whole log in the store (<see cref="AuditVerifier.VerifyAsync(IAuditStore, AuditHead?, CancellationToken)"/>).</summary>
    /// <param name="keptHead">A head kept earlier, to detect truncation or rewriting since; null to check the chain only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The verification.</returns>
    public Task<AuditVerification> VerifyAsync(AuditHead? keptHead = null, CancellationToken cancellationToken = default) =>
        AuditVerifier.VerifyAsync(_store, keptHead, cancellationToken);
}
