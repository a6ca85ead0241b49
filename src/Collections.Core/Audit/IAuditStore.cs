namespace Collections.Core.Audit;

/// <summary>Port: stores the audit log, append-only, in the host's storage.</summary>
/// <remarks>
/// <para>A store keeps entries exactly as given (every text byte for byte, the instant to the nanosecond) and reads them
/// back in sequence order. It never changes or removes an entry.</para>
/// <para>Appending is optimistic: <see cref="TryAppendAsync"/> writes the entry only if it continues the store's head at
/// that moment (its sequence number is the head's count + 1 and its previous hash is the head's hash), checked and
/// written atomically. A second writer that read the same head is refused and must rebuild its entry on the new head —
/// so two writers can never fork the chain. <see cref="AuditTrail"/> does that.</para>
/// <para>Stores do not check the entry's own hash; <see cref="AuditVerifier"/> does, over what the store returns.</para>
/// </remarks>
public interface IAuditStore
{
    /// <summary>Reads the head: the number of entries and the last entry's hash.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The head; <see cref="AuditHead.Empty"/> for an empty log.</returns>
    Task<AuditHead> ReadHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends an entry if it continues the current head; otherwise writes nothing.</summary>
    /// <param name="entry">The entry, built on the head the writer last read.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns><see langword="true"/> when appended; <see langword="false"/> when the head has moved (another writer appended first).</returns>
    /// <exception cref="ArgumentException">The entry's hash is not 64 lower-case hex digits (<see cref="AuditHead.ThrowIfNotAppendable"/>).</exception>
    Task<bool> TryAppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Streams the entries with sequence numbers from <paramref name="firstSequence"/> to <paramref name="lastSequence"/> inclusive, in sequence order.</summary>
    /// <param name="firstSequence">The first sequence number (1 for the whole log).</param>
    /// <param name="lastSequence">The last sequence number (<see cref="long.MaxValue"/> for the rest of the log).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    IAsyncEnumerable<AuditEntry> ReadAsync(long firstSequence = 1, long lastSequence = long.MaxValue, CancellationToken cancellationToken = default);
}
