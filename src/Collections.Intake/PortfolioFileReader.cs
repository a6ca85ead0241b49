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
/// half-read); problems with rows are listed in the report and never drop a row silently (BRIEF: a validation report that
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
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, Path.GetFileName(path), mapping, options, progress, cancellationToken).ConfigureAwait(false);
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
            var inspection = await FileInspection.InspectAsync(stream, settings.Format != IntakeFormat.Xlsx, cancellationToken).ConfigureAwait(false);
            stream.Position = 0;
            var run = new IntakeRun(settings, inspection, progress, cancellationToken);
            return await run.ExecuteAsync(stream).ConfigureAwait(false);
        }
        finally
        {
            if (copy is not null)
            {
                await copy.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
