using Collections.Core.Audit;
using FsCheck;
using FsCheck.Fluent;

namespace Collections.TestKit;

/// <summary>Ways to tamper with a log held in memory, each returning a new array (the original is untouched).</summary>
public static class AuditTampering
{
    /// <summary>The fields of an entry, by name, for "change any field".</summary>
    public static readonly string[] Fields = ["sequence", "recorded_at", "actor", "action", "subject", "payload", "previous_hash", "hash"];

    /// <summary>The entry with one field given another value (never the same value).</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="field">One of <see cref="Fields"/>.</param>
    /// <param name="seed">Chooses the new value.</param>
    /// <returns>The changed entry.</returns>
    public static AuditEntry Change(AuditEntry entry, string field, int seed)
    {
        var bump = 1 + Math.Abs(seed % 1000);
        return field switch
        {
            "sequence" => entry with { Sequence = entry.Sequence + (seed % 2 == 0 ? bump : -bump) },
            "recorded_at" => entry with { RecordedAt = entry.RecordedAt + NodaTime.Duration.FromNanoseconds(seed % 2 == 0 ? bump : -bump) },
            "actor" => entry with { Actor = entry.Actor + "x" },
            "action" => entry with { Action = entry.Action == "acme.other" ? "acme.another" : "acme.other" },
            "subject" => entry with { Subject = entry.Subject + "0" },
            "payload" => entry with { Payload = entry.Payload == "{}" ? "{\"a\":1}" : "{}" },
            "previous_hash" => entry with { PreviousHash = Other(entry.PreviousHash, seed) },
            "hash" => entry with { Hash = Other(entry.Hash, seed) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of an audit entry."),
        };
    }

    /// <summary>The log with the entry at index <paramref name="index"/> removed.</summary>
    /// <param name="log">The log.</param>
    /// <param name="index">The index (from 0).</param>
    /// <returns>The new log.</returns>
    public static AuditEntry[] Delete(AuditEntry[] log, int index) => [.. log[..index], .. log[(index + 1)..]];

    /// <summary>The log with the entries at two indexes swapped.</summary>
    /// <param name="log">The log.</param>
    /// <param name="first">One index.</param>
    /// <param name="second">The other index.</param>
    /// <returns>The new log.</returns>
    public static AuditEntry[] Swap(AuditEntry[] log, int first, int second)
    {
        var copy = log.ToArray();
        (copy[first], copy[second]) = (copy[second], copy[first]);
        return copy;
    }

    /// <summary>The log with an entry inserted before index <paramref name="index"/>.</summary>
    /// <param name="log">The log.</param>
    /// <param name="index">Where the inserted entry goes (from 0).</param>
    /// <param name="forged">The inserted entry.</param>
    /// <returns>The new log.</returns>
    public static AuditEntry[] Insert(AuditEntry[] log, int index, AuditEntry forged) => [.. log[..index], forged, .. log[index..]];

    /// <summary>Forged entries to insert before index <paramref name="index"/>: one a forger who knows the format writes (right sequence number and predecessor, correct hash), junk, or a replayed copy of another entry.</summary>
    /// <param name="log">The log.</param>
    /// <param name="index">Where it will be inserted (from 0).</param>
    /// <returns>The generator.</returns>
    public static Gen<AuditEntry> Forged(AuditEntry[] log, int index) =>
        Gen.OneOf(
            AuditGenerators.Event().Select(e => AuditGenerators.Entry(index + 1, log[index].RecordedAt, e, index == 0 ? AuditEntryHash.Genesis : log[index - 1].Hash)),
            from e in AuditGenerators.Event()
            from previous in AuditGenerators.Hash()
            from hash in AuditGenerators.Hash()
            from sequence in Gen.Choose(1, log.Length + 5)
            select AuditGenerators.Entry(sequence, log[index].RecordedAt, e, previous) with { Hash = hash },
            Gen.Choose(0, log.Length - 1).Select(i => log[i]));

    private static string Other(string hash, int seed)
    {
        var i = Math.Abs(seed % hash.Length);
        var replacement = hash[i] == 'a' ? 'b' : 'a';
        return string.Concat(hash.AsSpan(0, i), replacement.ToString(), hash.AsSpan(i + 1));
    }
}
