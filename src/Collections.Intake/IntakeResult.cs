using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Collections.Core;

namespace Collections.Intake;

/// <summary>The outcome of reading one creditor's file: the checked portfolio (unless refused), the validation report, and what
/// identifies the input (name, SHA-256, encoding, sheet).</summary>
/// <remarks>
/// In strict mode any rejected row means no portfolio (<see cref="Portfolio"/> is null and <see cref="IsAccepted"/> false):
/// all or nothing. Otherwise the portfolio holds the accepted rows and the report lists the rejected ones. Either way the
/// report accounts for every row. <see cref="Sha256"/> lets a report or an audit trail name the exact bytes that were read.
/// </remarks>
public sealed record IntakeResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="shape">The shape the file was read as.</param>
    /// <param name="format">CSV or XLSX.</param>
    /// <param name="sha256">The SHA-256 of the input bytes, lower-case hexadecimal.</param>
    /// <param name="byteCount">The input's size in bytes.</param>
    /// <param name="report">The validation report.</param>
    /// <param name="portfolio">The portfolio, or null when refused in strict mode.</param>
    public IntakeResult(string fileName, IntakeShape shape, IntakeFormat format, string sha256, long byteCount, ValidationReport report, Portfolio? portfolio)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        ArgumentNullException.ThrowIfNull(report);
        FileName = fileName;
        Shape = shape;
        Format = format;
        Sha256 = sha256;
        ByteCount = byteCount;
        Report = report;
        Portfolio = portfolio;
    }

    /// <summary>The file's name.</summary>
    public string FileName { get; }

    /// <summary>The shape the file was read as.</summary>
    public IntakeShape Shape { get; }

    /// <summary>CSV or XLSX.</summary>
    public IntakeFormat Format { get; }

    /// <summary>The SHA-256 of the input bytes, lower-case hexadecimal (64 characters).</summary>
    public string Sha256 { get; }

    /// <summary>The input's size in bytes.</summary>
    public long ByteCount { get; }

    /// <summary>The validation report: every rejected row, every warning, the normalisation counts and notes.</summary>
    public ValidationReport Report { get; }

    /// <summary>The checked portfolio of accepted rows; null when strict mode refused the file.</summary>
    public Portfolio? Portfolio { get; }

    /// <summary>Whether a portfolio was produced.</summary>
    [MemberNotNullWhen(true, nameof(Portfolio))]
    public bool IsAccepted => Portfolio is not null;

    /// <summary>Whether the read was strict (all or nothing).</summary>
    public bool Strict { get; init; }

    /// <summary>The text encoding used for a CSV file (declared or detected); null for a workbook.</summary>
    public IntakeEncoding? Encoding { get; init; }

    /// <summary>Whether the CSV file started with a byte-order mark.</summary>
    public bool HasByteOrderMark { get; init; }

    /// <summary>The sheet read from a workbook; null for CSV.</summary>
    public string? SheetName { get; init; }

    /// <summary>The extra columns the mapping asked to keep, per account, for accepted rows.</summary>
    public ImmutableArray<AccountField> AccountFields { get; init; } = [];
}
