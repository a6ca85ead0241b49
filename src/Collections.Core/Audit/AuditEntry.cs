using NodaTime;

namespace Collections.Core.Audit;

/// <summary>One entry of the append-only, hash-chained audit log (سجل تدقيق), exactly as stored.</summary>
/// <remarks>
/// <para>Each entry holds the previous entry's hash and a hash over its own fields (<see cref="AuditEntryHash"/>), so an
/// edit, deletion, insertion or reordering breaks the chain where it was made (<see cref="AuditVerifier"/>).</para>
/// <para>The texts are kept as stored, without validation beyond "not null", so that a store can hand a tampered row to the
/// verifier instead of failing to read it. <see cref="AuditTrail"/> only ever writes validated values
/// (<see cref="AuditActor"/>, <see cref="AuditAction"/>, <see cref="AuditSubject"/>, <see cref="AuditPayload"/>).</para>
/// </remarks>
public sealed record AuditEntry
{
    private readonly string _actor;
    private readonly string _action;
    private readonly string _subject;
    private readonly string _payload;
    private readonly string _previousHash;
    private readonly string _hash;

    /// <summary>Creates an entry from its stored fields (stores use this when reading).</summary>
    /// <param name="sequence">The sequence number, from 1.</param>
    /// <param name="recordedAt">When it was recorded (from the trail's <see cref="IClock"/>).</param>
    /// <param name="actor">Who acted, for example <c>user:1024</c> or <c>system:contact-gate</c>.</param>
    /// <param name="action">The action code, for example <c>contact_policy.refused</c>.</param>
    /// <param name="subject">What the action was about, for example <c>account:0000611365</c>.</param>
    /// <param name="payload">The details as canonical JSON text (RFC 8785).</param>
    /// <param name="previousHash">The previous entry's hash (<see cref="AuditEntryHash.Genesis"/> for the first).</param>
    /// <param name="hash">This entry's hash as stored.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    public AuditEntry(long sequence, Instant recordedAt, string actor, string action, string subject, string payload, string previousHash, string hash)
    {
        Sequence = sequence;
        RecordedAt = recordedAt;
        _actor = actor ?? throw new ArgumentNullException(nameof(actor));
        _action = action ?? throw new ArgumentNullException(nameof(action));
        _subject = subject ?? throw new ArgumentNullException(nameof(subject));
        _payload = payload ?? throw new ArgumentNullException(nameof(payload));
        _previousHash = previousHash ?? throw new ArgumentNullException(nameof(previousHash));
        _hash = hash ?? throw new ArgumentNullException(nameof(hash));
    }

    /// <summary>The sequence number: 1 for the first entry, one more for each next.</summary>
    public long Sequence { get; init; }

    /// <summary>When the entry was recorded.</summary>
    public Instant RecordedAt { get; init; }

    /// <summary>Who acted.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Actor { get => _actor; init => _actor = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The action code.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Action { get => _action; init => _action = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>What the action was about.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Subject { get => _subject; init => _subject = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The details as canonical JSON text.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Payload { get => _payload; init => _payload = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>The previous entry's hash (<see cref="AuditEntryHash.Genesis"/> for the first entry).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string PreviousHash { get => _previousHash; init => _previousHash = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>This entry's hash as stored: SHA-256 of its fields, 64 lower-case hex digits.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Hash { get => _hash; init => _hash = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <summary>Recomputes the hash from the fields, to compare with <see cref="Hash"/>.</summary>
    /// <returns>64 lower-case hex digits.</returns>
    /// <exception cref="ArgumentException">A text contains an unpaired surrogate (the entry cannot have been written by <see cref="AuditTrail"/>).</exception>
    public string ComputeHash() => AuditEntryHash.Compute(Sequence, RecordedAt, Actor, Action, Subject, Payload, PreviousHash);

    /// <summary>Whether the stored hash is the hash of the fields (the entry was not edited on its own).</summary>
    /// <returns><see langword="true"/> when they match.</returns>
    public bool HasValidHash() => AuditEntryHash.Matches(this);

    /// <summary>The entry after a head: the next sequence number, the head's hash as previous hash, and the hash of it all —
    /// the entry <see cref="AuditTrail.AppendAsync(AuditEvent, CancellationToken)"/> would store on that head.</summary>
    /// <remarks>For a host that must know an entry's hash before it is stored (an issued document that shows the audit head
    /// after its own issuance): prepare the entry on the verified head, write the document, then store the entry with
    /// <see cref="IAuditStore.TryAppendAsync"/>, which refuses it if another writer moved the head meanwhile.</remarks>
    /// <param name="head">The head the entry continues.</param>
    /// <param name="recordedAt">When the event is recorded (from the host's clock).</param>
    /// <param name="auditEvent">Who did what to what, with the details.</param>
    /// <returns>The entry, not yet stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="auditEvent"/> is null.</exception>
    /// <exception cref="OverflowException">The head's count is at its maximum.</exception>
    public static AuditEntry Next(AuditHead head, Instant recordedAt, AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var sequence = checked(head.Count + 1);
        var actor = auditEvent.Actor.Value;
        var action = auditEvent.Action.Code;
        var subject = auditEvent.Subject.Value;
        var payload = auditEvent.Payload.Json;
        var hash = AuditEntryHash.Compute(sequence, recordedAt, actor, action, subject, payload, head.Hash);
        return new AuditEntry(sequence, recordedAt, actor, action, subject, payload, head.Hash, hash);
    }
}
