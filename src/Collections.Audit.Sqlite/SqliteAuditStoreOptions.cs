namespace Collections.Audit.Sqlite;

/// <summary>Where and how <see cref="SqliteAuditStore"/> keeps the audit log.</summary>
public sealed record SqliteAuditStoreOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string naming a database file, for example <c>Data Source=audit.db</c>.</param>
    public SqliteAuditStoreOptions(string connectionString) => ConnectionString = connectionString;

    /// <summary>The connection string; it must name a database file (an in-memory database vanishes with its last connection).</summary>
    public string ConnectionString { get; init; }

    /// <summary>The table holding the log (default <c>audit_entries</c>): ASCII letters, digits and underscores, not starting with a digit. One table per log, so a host can keep a log per creditor in one file.</summary>
    public string TableName { get; init; } = "audit_entries";

    /// <summary>Whether to switch the database to write-ahead logging when the table is created (default true): readers, such as a verifier, then never block the appender.</summary>
    public bool UseWriteAheadLog { get; init; } = true;

    /// <summary>The table and journal mode, without the connection string (which may hold a password).</summary>
    /// <returns>For example <c>SqliteAuditStoreOptions { TableName = audit_entries, UseWriteAheadLog = True }</c>.</returns>
    public override string ToString() =>
        $"{nameof(SqliteAuditStoreOptions)} {{ {nameof(TableName)} = {TableName}, {nameof(UseWriteAheadLog)} = {UseWriteAheadLog} }}";
}
