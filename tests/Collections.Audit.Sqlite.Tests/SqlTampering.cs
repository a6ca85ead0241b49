namespace Collections.Audit.Sqlite.Tests;

/// <summary>Tampering straight in the database file with SQL, as someone with write access to it could.</summary>
internal static class SqlTampering
{
    public static readonly string[] Columns = ["recorded_at", "actor", "action", "subject", "payload", "previous_hash", "hash"];

    /// <summary>Changes one column of one row to another value (always a different one).</summary>
    public static void Update(TemporaryDatabase database, long sequence, string column)
    {
        var value = column switch
        {
            "recorded_at" => "2026-03-01T06:30:00.5Z",
            "previous_hash" or "hash" => new string('e', 64),
            "payload" => """{"channel":"letter"}""",
            _ => "tampered",
        };
        Assert.Equal(1, database.Execute($"UPDATE audit_entries SET {column} = $v WHERE sequence = $s AND {column} <> $v;", ("$v", value), ("$s", sequence)));
    }

    public static void Delete(TemporaryDatabase database, long sequence) =>
        Assert.Equal(1, database.Execute("DELETE FROM audit_entries WHERE sequence = $s;", ("$s", sequence)));

    /// <summary>Swaps everything but the sequence numbers of two rows (rows are keyed by sequence, so that is what moving them means).</summary>
    public static void Swap(TemporaryDatabase database, long first, long second) =>
        database.Execute(
            """
            CREATE TEMP TABLE swap AS SELECT * FROM audit_entries WHERE sequence IN ($a, $b);
            UPDATE audit_entries
               SET recorded_at = s.recorded_at, actor = s.actor, action = s.action, subject = s.subject,
                   payload = s.payload, previous_hash = s.previous_hash, hash = s.hash
              FROM temp.swap AS s
             WHERE audit_entries.sequence IN ($a, $b) AND s.sequence = $a + $b - audit_entries.sequence;
            DROP TABLE temp.swap;
            """,
            ("$a", first),
            ("$b", second));

    /// <summary>Makes room at <paramref name="sequence"/> by renumbering the rows from there on, and inserts a forged row there.</summary>
    public static void InsertWithRenumbering(TemporaryDatabase database, AuditEntry forged)
    {
        database.Execute(
            """
            UPDATE audit_entries SET sequence = sequence + 1000000 WHERE sequence >= $s;
            UPDATE audit_entries SET sequence = sequence - 999999 WHERE sequence > 1000000;
            """,
            ("$s", forged.Sequence));
        database.InsertRow(forged);
    }
}
