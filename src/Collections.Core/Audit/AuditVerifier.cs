namespace Collections.Core.Audit;

/// <summary>Checks an audit log: reports the first entry that was edited, deleted, inserted or reordered, and checks it against a head kept earlier.</summary>
/// <remarks>
/// <para>Reads the log once, in order, in constant memory, recomputing each entry's hash (<see cref="AuditEntryHash"/>) and
/// following the chain of previous hashes; after the first break it reads on only as far as needed to tell how the log was
/// broken. The rules are in docs/decisions/0004-audit-hash-chain.md. A broken log is an answer
/// (<see cref="AuditVerification.FirstBreak"/> with reasons in English and Arabic), not an exception.</para>
/// <para>What a hash chain cannot show: someone able to write the store can rewrite an entry and recompute every hash after
/// it, or append forged entries at the end. A head kept outside the store (<see cref="AuditHead"/>: count and hash,
/// handed to the creditor) catches the first — the log must still hold that head — and bounds the second to entries after
/// it. Signing heads is the next step if forged appends must be caught too.</para>
/// </remarks>
public static class AuditVerifier
{
    /// <summary>Verifies a log given as entries, in the order stored.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="keptHead">A head kept earlier, to detect truncation or rewriting since; null to check the chain only.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentNullException">The entries, or one of them, are null.</exception>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditHead? keptHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var checker = new AuditChainChecker(keptHead);
        foreach (var entry in entries)
        {
            checker.Observe(entry);
            if (checker.IsDecided)
            {
                break;
            }
        }

        return checker.Finish();
    }

    /// <summary>Verifies a log streamed in the order stored.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="keptHead">A head kept earlier; null to check the chain only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentNullException">The entries, or one of them, are null.</exception>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, AuditHead? keptHead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var checker = new AuditChainChecker(keptHead);
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            checker.Observe(entry);
            if (checker.IsDecided)
            {
                break;
            }
        }

        return checker.Finish();
    }

    /// <summary>Verifies the whole log in a store.</summary>
    /// <param name="store">The store.</param>
    /// <param name="keptHead">A head kept earlier; null to check the chain only.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentNullException">The store is null.</exception>
    public static Task<AuditVerification> VerifyAsync(IAuditStore store, AuditHead? keptHead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return VerifyAsync(store.ReadAsync(1, long.MaxValue, cancellationToken), keptHead, cancellationToken);
    }
}
