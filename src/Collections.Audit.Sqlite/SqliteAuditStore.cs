using System.Data;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Collections.Core.Audit;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace Collections.Audit.Sqlite;

/// <summary>An <see cref="IAuditStore"/> in a SQLite database file: one row per entry, keyed by sequence number.</summary>
/// <remarks>
/// <para>Schema (created on first use, <c>CREATE TABLE IF NOT EXISTS</c>; a <c>STRICT</c> table): <c>sequence INTEGER PRIMARY KEY</c>,
/// then <c>recorded_at</c>, <c>actor</c>, <c>action</c>, <c>subject</c>, <c>payload</c>, <c>previous_hash</c>, <c>hash</c>, all
/// <c>TEXT NOT NULL</c>. The instant is stored as the text the hash encodes (<see cref="AuditEntryHash.FormatInstant"/>), so a
/// creditor can recompute every hash from a plain export of the table.</para>
/// <para>Appending runs in one <c>BEGIN IMMEDIATE</c> transaction: it takes the database's write lock, reads the head, and
/// inserts only if the entry continues it — so two writers, in one process or several, can never fork the chain; the
/// second gets <see langword="false"/> and rebuilds its entry on the new head (<see cref="AuditTrail"/> does). A writer
/// that finds the database locked waits up to the connection's default timeout (30 s unless the connection string says
/// otherwise). SQLite's default durability is kept (<c>synchronous=FULL</c>): an appended entry survives a power loss.</para>
/// <para>Reads stream rows in sequence order on their own connection; with write-ahead logging a long verification never
/// blocks appenders. Microsoft.Data.Sqlite does its work synchronously, so connections, commands and readers are disposed
/// synchronously too.</para>
/// </remarks>
public sealed partial class SqliteAuditStore : IAuditStore
{
    private readonly string _connectionString;
    private readonly string _headSql;
    private readonly string _insertSql;
    private readonly string _readSql;
    private readonly string _createSql;
    private volatile bool _created;

    /// <summary>Creates a store on a database file with the default table name.</summary>
    /// <param name="connectionString">A connection string naming a database file, for example <c>Data Source=audit.db</c>.</param>
    /// <exception cref="ArgumentException">The connection string is invalid or names an in-memory database.</exception>
    public SqliteAuditStore(string connectionString)
        : this(new SqliteAuditStoreOptions(connectionString))
    {
    }

    /// <summary>Creates a store.</summary>
    /// <param name="options">The database file, the table name and the journal mode.</param>
    /// <exception cref="ArgumentNullException">The options are null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; every violation listed.</exception>
    public SqliteAuditStore(SqliteAuditStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connectionString = Validate(options);
        Options = options;
        var table = "\"" + options.TableName + "\"";
        _createSql = $"""
            CREATE TABLE IF NOT EXISTS {table} (
              sequence INTEGER PRIMARY KEY,
              recorded_at TEXT NOT NULL,
              actor TEXT NOT NULL,
              action TEXT NOT NULL,
              subject TEXT NOT NULL,
              payload TEXT NOT NULL,
              previous_hash TEXT NOT NULL,
              hash TEXT NOT NULL
            ) STRICT;
            """;
        _headSql = $"SELECT sequence, hash FROM {table} ORDER BY sequence DESC LIMIT 1;";
        _insertSql = $"INSERT INTO {table} (sequence, recorded_at, actor, action, subject, payload, previous_hash, hash) VALUES ($sequence, $recorded_at, $actor, $action, $subject, $payload, $previous_hash, $hash);";
        _readSql = $"SELECT sequence, recorded_at, actor, action, subject, payload, previous_hash, hash FROM {table} WHERE sequence BETWEEN $first AND $last ORDER BY sequence;";
    }

    /// <summary>The options the store was created with.</summary>
    public SqliteAuditStoreOptions Options { get; }

    /// <summary>Creates the table (and switches to write-ahead logging) if not done yet; every other operation does this on first use.</summary>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <returns>A task that completes when the table exists.</returns>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The last row's hash is not a hash: the table was altered outside the store.</exception>
    public async Task<AuditHead> ReadHeadAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadHeadAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The entry is null.</exception>
    /// <exception cref="ArgumentException">The entry's hash is not 64 lower-case hex digits.</exception>
    /// <exception cref="InvalidOperationException">The last row's hash is not a hash: the table was altered outside the store.</exception>
    public async Task<bool> TryAppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AuditHead.ThrowIfNotAppendable(entry);
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // BEGIN IMMEDIATE (deferred: false) takes the write lock before the head is read, so no other writer can append in between.
        using var transaction = connection.BeginTransaction(deferred: false);
        var head = await ReadHeadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (entry.Sequence != head.Count + 1 || !string.Equals(entry.PreviousHash, head.Hash, StringComparison.Ordinal))
        {
            return false; // Disposing the transaction rolls it back.
        }

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = _insertSql;
            insert.Parameters.AddWithValue("$sequence", entry.Sequence);
            insert.Parameters.AddWithValue("$recorded_at", AuditEntryHash.FormatInstant(entry.RecordedAt));
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$subject", entry.Subject);
            insert.Parameters.AddWithValue("$payload", entry.Payload);
            insert.Parameters.AddWithValue("$previous_hash", entry.PreviousHash);
            insert.Parameters.AddWithValue("$hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">A row's <c>recorded_at</c> is not an ISO 8601 UTC instant: the table was altered outside the store (the message names the row).</exception>
    public async IAsyncEnumerable<AuditEntry> ReadAsync(
        long firstSequence = 1, long lastSequence = long.MaxValue, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = _readSql;
        command.Parameters.AddWithValue("$first", firstSequence);
        command.Parameters.AddWithValue("$last", lastSequence);
        using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var sequence = reader.GetInt64(0);
            var recordedAt = reader.GetString(1);
            var parsed = InstantPattern.ExtendedIso.Parse(recordedAt);
            if (!parsed.Success)
            {
                throw new InvalidDataException(
                    $"Audit entry {sequence.ToString(CultureInfo.InvariantCulture)} in table '{Options.TableName}': recorded_at '{recordedAt}' is not an ISO 8601 UTC instant; the row was altered outside the store.");
            }

            yield return new AuditEntry(
                sequence, parsed.Value, reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7));
        }
    }

    private async Task<AuditHead> ReadHeadAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = _headSql;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return AuditHead.Empty;
        }

        var sequence = reader.GetInt64(0);
        var hash = reader.GetString(1);
        return sequence >= 1 && AuditHead.TryParse(sequence.ToString(CultureInfo.InvariantCulture) + ":" + hash, out var head)
            ? head
            : throw new InvalidOperationException(
                $"The last row of audit table '{Options.TableName}' (sequence {sequence.ToString(CultureInfo.InvariantCulture)}, hash '{hash}') is not a valid head: the table was altered outside the store. Run AuditVerifier on it.");
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_created)
            {
                await CreateAsync(connection, cancellationToken).ConfigureAwait(false);
                _created = true;
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task CreateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Idempotent, so two stores racing to create the table on one file both succeed.
        using var command = connection.CreateCommand();
        command.CommandText = (Options.UseWriteAheadLog ? "PRAGMA journal_mode=WAL;\n" : string.Empty) + _createSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Validate(SqliteAuditStoreOptions options)
    {
        var violations = new List<string>();
        SqliteConnectionStringBuilder? builder = null;
        try
        {
            builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? throw new ArgumentException("null"));
        }
        catch (ArgumentException exception)
        {
            violations.Add("the connection string is not valid (" + exception.Message + ")");
        }

        if (builder is not null)
        {
            var dataSource = builder.DataSource;
            if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            {
                violations.Add("the connection string must name a database file (an in-memory database vanishes with its last connection, and the log with it)");
            }

            if (builder.Mode == SqliteOpenMode.ReadOnly)
            {
                violations.Add("the connection string opens the database read-only, but the store appends");
            }
        }

        if (options.TableName is null || !TableNamePattern().IsMatch(options.TableName))
        {
            violations.Add($"the table name must be ASCII letters, digits and underscores, not starting with a digit, at most 64 characters (got '{options.TableName}')");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException("The SQLite audit store is configured wrongly: " + string.Join("; ", violations) + ".", nameof(options));
        }

        return builder!.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TableNamePattern();
}
