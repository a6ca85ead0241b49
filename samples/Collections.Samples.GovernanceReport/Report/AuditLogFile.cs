using Microsoft.Data.Sqlite;

namespace Collections.Samples.GovernanceReport.Report;

/// <summary>Checks, read-only, that an existing <c>--audit</c> file is an audit log of <see cref="Collections.Audit.Sqlite.SqliteAuditStore"/>
/// before the store opens it: the store creates its table when missing, which would write a log into someone else's
/// database, and its SQL errors ("no such column: sequence") say nothing about the option.</summary>
internal static class AuditLogFile
{
    /// <summary>The store's default table and its columns (see SqliteAuditStore's remarks).</summary>
    public const string Table = "audit_entries";

    private static readonly string[] Columns = ["sequence", "recorded_at", "actor", "action", "subject", "payload", "previous_hash", "hash"];

    /// <exception cref="GovernanceRefusal">The file is not a SQLite database, is damaged, or holds no audit log of the expected shape.</exception>
    public static async Task CheckAsync(string file, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var columns = new List<string>();
        string? damage;
        try
        {
            using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            damage = await DamageAsync(connection, cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info($table);";
            command.Parameters.AddWithValue("$table", Table);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                columns.Add(reader.GetString(0));
            }
        }
        catch (SqliteException e)
        {
            throw new GovernanceRefusal($"--audit: '{file}' is not a readable SQLite audit log ({Reason(e)}); nothing was appended.", e);
        }

        if (damage is not null)
        {
            throw new GovernanceRefusal($"--audit: '{file}' is a damaged SQLite database ({damage}), perhaps truncated; nothing was appended.");
        }

        if (columns.Count == 0)
        {
            throw new GovernanceRefusal(
                $"--audit: '{file}' is a SQLite database without an {Table} table, not an audit log; give a new file or an existing audit log. Nothing was appended.");
        }

        var missing = Columns.Except(columns, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new GovernanceRefusal(
                $"--audit: '{file}' has an {Table} table of another shape (no column {string.Join(", ", missing)}), not an audit log of this library. Nothing was appended.");
        }
    }

    /// <summary>SQLite's integrity check without the slow index checks: null when the file is whole, else its first finding.</summary>
    private static async Task<string?> DamageAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        // SQLite's finding may span lines ("*** in database main ***\n…"); the refusal is one line.
        return result == "ok" ? null : string.Join(' ', (result ?? "no answer to the integrity check").Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>SQLite's own words without the "SQLite Error 26:" prefix, e.g. "file is not a database".</summary>
    public static string Reason(Exception e) => e is SqliteException sqlite
        ? sqlite.Message.Split(": ", 2) is [var prefix, var rest] && prefix.StartsWith("SQLite Error", StringComparison.Ordinal) ? rest.Trim('\'', '.', ' ') : sqlite.Message
        : e.Message;
}
