using Microsoft.Data.Sqlite;

namespace Collections.Samples.Tests;

/// <summary>The governance sample's <c>--audit FILE</c> refusals: a log that does not verify, a file that is not an audit
/// log, a path that cannot be one. Each is one line naming --audit, a non-zero exit, no stack trace, nothing appended and
/// no report written.</summary>
public sealed class GovernanceAuditFileTests : IDisposable
{
    private readonly string _folder = GovernanceRun.NewFolder();

    public GovernanceAuditFileTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task EditedEntry_RefusedNamingTheEntry_NothingAppendedNothingWritten()
    {
        var file = Path.Combine(_folder, "audit.db");
        var first = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);
        Assert.True(first.ExitCode == 0, first.Error);
        Execute(file, "UPDATE audit_entries SET actor = 'someone-else' WHERE sequence = 1;");

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);

        Assert.Equal(3, run.ExitCode);
        AssertOneLineNamingAudit(run, $"--audit: '{file}' does not verify at entry 1 (edited)");
        Assert.Equal(1L, Scalar(file, "SELECT count(*) FROM audit_entries;"));
        Assert.False(Directory.Exists(run.Directory)); // refused before the output folder was touched
    }

    [Theory]
    [InlineData("random", "is not a readable SQLite audit log (file is not a database)")]
    [InlineData("text", "is not a readable SQLite audit log (file is not a database)")]
    [InlineData("other-schema", "has an audit_entries table of another shape (no column sequence, recorded_at")]
    [InlineData("other-database", "is a SQLite database without an audit_entries table")]
    [InlineData("truncated", "is not a readable SQLite audit log (database disk image is malformed)")]
    public async Task NotAnAuditLog_RefusedInOneLine_FileUnchanged(string kind, string expected)
    {
        var file = Path.Combine(_folder, kind + ".db");
        switch (kind)
        {
            case "random":
                File.WriteAllBytes(file, [.. Enumerable.Range(0, 3000).Select(i => (byte)((i * 7919) % 251))]);
                break;
            case "text":
                File.WriteAllText(file, "account,balance\nA-1,100\n");
                break;
            case "other-schema":
                Execute(file, "CREATE TABLE audit_entries (id INTEGER, note TEXT); INSERT INTO audit_entries VALUES (1, 'x');");
                break;
            case "other-database":
                Execute(file, "CREATE TABLE invoices (id INTEGER); INSERT INTO invoices VALUES (1);");
                break;
            case "truncated":
                var whole = Path.Combine(_folder, "whole.db");
                var run1 = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", whole);
                Assert.True(run1.ExitCode == 0, run1.Error);
                Execute(whole, "PRAGMA wal_checkpoint(TRUNCATE);");
                File.WriteAllBytes(file, File.ReadAllBytes(whole)[..2000]);
                break;
        }

        var before = File.ReadAllBytes(file);

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);

        Assert.Equal(3, run.ExitCode);
        AssertOneLineNamingAudit(run, $"--audit: '{file}' {expected}");
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.False(Directory.Exists(run.Directory));
    }

    [Theory]
    [InlineData("{folder}", "is a folder; give the SQLite audit log file")]
    [InlineData("{folder}/no-such-folder/audit.db", "is in a folder that does not exist")]
    [InlineData("", "is not a file path")]
    public async Task PathThatCannotBeALog_ExitCode2_NamesAudit(string path, string expected)
    {
        var audit = path.Replace("{folder}", _folder, StringComparison.Ordinal);

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--audit", audit);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --audit: '{audit}' {expected}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PathWithSemicolon_IsTheFileName_NotConnectionStringSyntax()
    {
        var file = Path.Combine(_folder, "audit;Mode=Memory.db");

        var run = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(1L, Scalar(file, "SELECT count(*) FROM audit_entries;"));
        Assert.Contains("audit trail: 1 entry, head", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunRefusedAfterTheLogIsOpened_NewLogIsNotCreated()
    {
        var file = Path.Combine(_folder, "new.db");
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(Path.Combine(output, "governance-report.en.html"));

        var run = await GovernanceRun.RunInAsync(output, "--out", "{out}", "--accounts", "200", "--audit", file);

        Assert.Equal(3, run.ExitCode);
        Assert.False(File.Exists(file));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void AssertOneLineNamingAudit(GovernanceRun run, string expected)
    {
        Assert.StartsWith("error: " + expected, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Unexpected failure", run.Error, StringComparison.Ordinal);
    }

    private static void Execute(string file, string sql)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    private static long Scalar(string file, string sql)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
