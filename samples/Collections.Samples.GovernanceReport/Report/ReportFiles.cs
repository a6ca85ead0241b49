using System.Text;

namespace Collections.Samples.GovernanceReport.Report;

/// <summary>The three files written to <c>--out</c>, all or none: the folder is checked before anything is built or
/// recorded, the files are written under temporary names beside their targets, and moved into place only after the
/// issuance is recorded (a rename within one folder replaces the target at once, so a reader never sees half a file).</summary>
internal sealed class ReportFiles : IDisposable
{
    /// <summary>The files, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Names = ["governance-report.json", "governance-report.en.html", "governance-report.ar.html"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(string Temporary, string Target)> _staged = [];

    private ReportFiles(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The targets, once moved into place.</summary>
    public IReadOnlyList<string> Targets => [.. _staged.Select(s => s.Target)];

    /// <summary>Creates the folder if missing and checks a file can be written in it and no target is a folder.</summary>
    /// <exception cref="GovernanceRefusal">The folder cannot be created or written, or a target is a folder.</exception>
    public static ReportFiles Check(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, ".governance-write-check-" + Guid.NewGuid().ToString("N"));
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GovernanceRefusal($"--out: '{folder}' cannot be written ({e.Message.TrimEnd('.')}); nothing was recorded or written.", e);
        }

        foreach (var name in Names)
        {
            var target = Path.Combine(folder, name);
            if (Directory.Exists(target))
            {
                throw new GovernanceRefusal($"--out: '{target}' is a folder, so the report cannot be written there; move it or choose another --out. Nothing was recorded or written.");
            }
        }

        return new ReportFiles(folder);
    }

    /// <summary>Writes each file under a temporary name in the folder.</summary>
    /// <exception cref="GovernanceRefusal">A file cannot be written; the temporary files are removed.</exception>
    public async Task StageAsync(IReadOnlyList<string> contents, CancellationToken cancellationToken)
    {
        try
        {
            for (var i = 0; i < Names.Count; i++)
            {
                var target = Path.Combine(Folder, Names[i]);
                var temporary = Path.Combine(Folder, "." + Names[i] + "." + Guid.NewGuid().ToString("N") + ".tmp");
                _staged.Add((temporary, target));
                await File.WriteAllTextAsync(temporary, contents[i], Utf8, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard();
            throw new GovernanceRefusal($"--out: '{Folder}' cannot be written ({e.Message.TrimEnd('.')}); nothing was recorded or written.", e);
        }
    }

    /// <summary>Moves the staged files into place, replacing earlier ones.</summary>
    /// <exception cref="IOException">A move failed (the folder changed since it was checked).</exception>
    /// <exception cref="UnauthorizedAccessException">A target cannot be replaced.</exception>
    public void Commit()
    {
        foreach (var (temporary, target) in _staged)
        {
            File.Move(temporary, target, overwrite: true);
        }
    }

    /// <summary>Removes temporary files left by a run that stopped before <see cref="Commit"/>.</summary>
    public void Dispose() => Discard();

    private void Discard()
    {
        foreach (var (temporary, _) in _staged)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover hidden .tmp file is harmless, and the refusal that got us here matters more.
            }
        }
    }
}
