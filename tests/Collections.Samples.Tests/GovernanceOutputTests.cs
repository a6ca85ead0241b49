using Microsoft.Data.Sqlite;

namespace Collections.Samples.Tests;

/// <summary>The governance sample's <c>--out DIR</c>: the three files appear together or none changes, and a folder that
/// cannot take them is refused before the issuance is recorded.</summary>
public sealed class GovernanceOutputTests : IDisposable
{
    private static readonly string[] Files = ["governance-report.json", "governance-report.en.html", "governance-report.ar.html"];

    private readonly string _folder = GovernanceRun.NewFolder();

    public GovernanceOutputTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task TargetIsAFolder_RefusedNamingIt_NoFileWritten_NothingRecorded()
    {
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(Path.Combine(output, "governance-report.en.html"));
        var audit = Path.Combine(_folder, "audit.db");
        var first = await GovernanceRun.RunAsync("--out", "{out}", "--accounts", "200", "--audit", audit);
        Assert.True(first.ExitCode == 0, first.Error);

        var run = await GovernanceRun.RunInAsync(output, "--out", "{out}", "--accounts", "200", "--audit", audit);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"error: --out: '{Path.Combine(output, "governance-report.en.html")}' is a folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(["governance-report.en.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(1L, Count(audit));
    }

    [Fact]
    public async Task FolderNotWritable_Refused_NothingRecorded()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Folder permissions are set with Unix modes here.");
            return; // for the platform analyzer, which does not know Skip throws
        }

        var output = Path.Combine(_folder, "read-only");
        Directory.CreateDirectory(output);
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (CanWrite(output))
        {
            // Root writes to a read-only folder; not even root creates files in /proc, which every Linux has.
            if (!OperatingSystem.IsLinux() || CanWrite("/proc"))
            {
                Assert.Skip("This process can write to a read-only folder (it runs as root), so the refusal cannot be provoked.");
            }

            File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            output = "/proc";
        }

        var audit = Path.Combine(_folder, "audit.db");

        var run = await GovernanceRun.RunInAsync(output, "--out", "{out}", "--accounts", "200", "--audit", audit);

        if (output != "/proc")
        {
            File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"error: --out: '{output}' cannot be written", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(audit)); // the new log was not even created
        Assert.Empty(Directory.GetFiles(output, "governance-report*"));
    }

    [Fact]
    public async Task OutIsAFile_ExitCode2_NamesOut()
    {
        var file = Path.Combine(_folder, "report.txt");
        File.WriteAllText(file, "not a folder");

        var run = await GovernanceRun.RunAsync("--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --out: '{file}' is a file; give a folder", run.Error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task SecondRun_ReplacesTheThreeFiles_LeavesNoTemporaryFile()
    {
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        foreach (var name in Files)
        {
            File.WriteAllText(Path.Combine(output, name), "old");
        }

        var run = await GovernanceRun.RunInAsync(output, "--out", "{out}", "--accounts", "200");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Files.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Files, name => Assert.NotEqual("old", File.ReadAllText(Path.Combine(output, name))));
        Assert.Contains("audit trail: 1 entry, head", run.Output, StringComparison.Ordinal);
        Assert.Contains("entries: <bdi dir=\"ltr\">1</bdi> &#183;", File.ReadAllText(Path.Combine(output, "governance-report.en.html")), StringComparison.Ordinal);
        Assert.Contains("entries: <bdi dir=\"ltr\">0</bdi> &#183;", File.ReadAllText(Path.Combine(output, "governance-report.en.html")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private static long Count(string audit)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = audit, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM audit_entries;";
        return (long)command.ExecuteScalar()!;
    }
}
