using Collections.Core;

namespace Collections.Intake;

/// <summary>Reads a creditor's portfolio file (CSV or XLSX) into a checked <see cref="Portfolio"/> and a <see cref="ValidationReport"/>.</summary>
/// <remarks>
/// <para>The steps, each documented where it lives: the mapping and options are merged and checked (a caller bug, such as no
/// declared currency, throws <see cref="ArgumentException"/> listing every problem); the bytes are hashed and inspected
/// (empty file, binary content, encoding; see <see cref="IntakeEncoding"/>); the header row is matched to column roles
/// (<see cref="IntakeMapping"/>); every row is read, normalised and checked; the portfolio is built from the accepted rows
/// with <see cref="PortfolioBuilder"/>, unless strict mode refuses it.</para>
/// <para>Problems with the whole file throw <see cref="IntakeFileException"/> before anything is returned (nothing is
/// half-read); problems with rows are listed in the report and never drop a row silently (docs/kpi-definitions.md: a validation report that
/// names every rejected row and field).</para>
/// </remarks>
public static class PortfolioFileReader
{
    /// <summary>Reads a file from disk.</summary>
    /// <param name="path">The file; its extension tells CSV from XLSX unless <see cref="IntakeOptions.Format"/> is declared.</param>
    /// <param name="mapping">How to read it.</param>
    /// <param name="options">How to run the read; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress at most every <see cref="IntakeOptions.ProgressInterval"/> rows, and once at the end.</param>
    /// <param name="cancellationToken">Cancels the read (nothing is returned).</param>
    /// <returns>The portfolio, the report and what identifies the input.</returns>
    /// <exception cref="ArgumentException">The mapping and options are inconsistent or incomplete; every problem is listed.</exception>
    /// <exception cref="IntakeFileException">The file as a whole cannot be read; the message names the file and the row, column or byte offset.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<IntakeResult> ReadAsync(
        string path,
        IntakeMapping mapping,
        IntakeOptions? options = null,
        IProgress<IntakeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(mapping);
        var settings = IntakeSettings.Resolve(mapping, options ?? IntakeOptions.Default, Path.GetFileName(path));
        var stream = OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var head = await InputHead.ReadAsync(stream, cancellationToken).ConfigureAwait(false);

            // The whole-file inspection (SHA-256, encoding, binary content) reads a second handle alongside the rows.
            var inspection = Task.Run(
                async () =>
                {
                    var second = OpenRead(path);
                    await using (second.ConfigureAwait(false))
                    {
                        return await FileInspection.InspectAsync(second, settings.Format != IntakeFormat.Xlsx, cancellationToken).ConfigureAwait(false);
                    }
                },
                cancellationToken);
            return await new IntakeRun(settings, head, progress, cancellationToken).ExecuteAsync(stream, inspection).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a file from a stream (read from its current position to its end; the stream is left open).</summary>
    /// <param name="stream">The file's bytes; a stream that cannot seek is copied to memory first.</param>
    /// <param name="fileName">The file's name, for messages and to tell CSV from XLSX by its extension.</param>
    /// <param name="mapping">How to read it.</param>
    /// <param name="options">How to run the read; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Receives progress at most every <see cref="IntakeOptions.ProgressInterval"/> rows, and once at the end.</param>
    /// <param name="cancellationToken">Cancels the read (nothing is returned).</param>
    /// <returns>The portfolio, the report and what identifies the input.</returns>
    /// <exception cref="ArgumentException">The mapping and options are inconsistent or incomplete; every problem is listed.</exception>
    /// <exception cref="IntakeFileException">The file as a whole cannot be read; the message names the file and the row, column or byte offset.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<IntakeResult> ReadAsync(
        Stream stream,
        string fileName,
        IntakeMapping mapping,
        IntakeOptions? options = null,
        IProgress<IntakeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(mapping);
        var settings = IntakeSettings.Resolve(mapping, options ?? IntakeOptions.Default, fileName);

        MemoryStream? copy = null;
        if (!stream.CanSeek || stream.Position != 0)
        {
            copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            copy.Position = 0;
            stream = copy;
        }

        try
        {
            var head = await InputHead.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            var inspectText = settings.Format != IntakeFormat.Xlsx;
            Task<FileInspection> inspection;
            if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            {
                // Bytes already in memory: inspect them alongside the rows through a second view.
                inspection = Task.Run(
                    async () =>
                    {
                        using var view = new MemoryStream(buffer.Array!, buffer.Offset, buffer.Count, writable: false);
                        return await FileInspection.InspectAsync(view, inspectText, cancellationToken).ConfigureAwait(false);
                    },
                    cancellationToken);
            }
            else
            {
                inspection = Task.FromResult(await FileInspection.InspectAsync(stream, inspectText, cancellationToken).ConfigureAwait(false));
                stream.Position = 0;
            }

            return await new IntakeRun(settings, head, progress, cancellationToken).ExecuteAsync(stream, inspection).ConfigureAwait(false);
        }
        finally
        {
            if (copy is not null)
            {
                await copy.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
}
