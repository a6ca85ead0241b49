using Collections.Core;

namespace Collections.Intake;

/// <summary>Thrown when a whole file cannot be read: empty, header only, a required column missing, not a spreadsheet,
/// bytes invalid in the declared encoding, merged header cells, an unknown sheet.</summary>
/// <remarks>
/// The message names the file and, where it applies, the row and column (header = row 1, as the creditor sees the file)
/// or the line and byte offset. A file-level problem stops the read before anything is returned, so nothing is ever
/// half-read. Problems with single rows are not exceptions: they are listed in the <see cref="ValidationReport"/>.
/// </remarks>
public sealed class IntakeFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="reason">The explanation in English and Arabic; the English text is the message.</param>
    /// <param name="innerException">The library error behind it, if any.</param>
    public IntakeFileException(string fileName, FileProblem problem, BilingualText reason, Exception? innerException = null)
        : base(reason?.English, innerException)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(reason);
        FileName = fileName;
        Problem = problem;
        Reason = reason;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>What is wrong.</summary>
    public FileProblem Problem { get; }

    /// <summary>The explanation in English and Arabic.</summary>
    public BilingualText Reason { get; }

    /// <summary>The row at fault as the creditor sees it (header = row 1), when one is.</summary>
    public int? RowNumber { get; init; }

    /// <summary>The column or columns at fault, when some are.</summary>
    public string? Column { get; init; }

    /// <summary>The zero-based offset of the byte at fault, for encoding and binary-content problems.</summary>
    public long? ByteOffset { get; init; }

    /// <summary>The one-based line of the byte at fault, for encoding problems.</summary>
    public int? LineNumber { get; init; }
}
