using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>How to run one read: strict or lenient, progress reporting, and the declarations a mapping may leave out.</summary>
/// <remarks>
/// <para>The mapping describes the file; the options describe the run. The declarations here (creditor, currency, date
/// order, calendar, phone region, status unit, encoding, sheet) fill in what the mapping leaves out, so a file can be read
/// with <see cref="IntakeMapping.ForShape"/> and options alone. A value declared in both must agree, otherwise
/// <see cref="PortfolioFileReader"/> refuses the call, listing every conflict.</para>
/// <para><see cref="Strict"/> makes the read all-or-nothing: any rejected row means no portfolio at all.</para>
/// </remarks>
public sealed record IntakeOptions
{
    /// <summary>Lenient reading, progress every 10,000 rows, nothing declared.</summary>
    public static IntakeOptions Default { get; } = new();

    /// <summary>When <see langword="true"/>, any rejected row means no portfolio (<see cref="IntakeResult.IsAccepted"/> is false); otherwise the portfolio holds the accepted rows.</summary>
    public bool Strict { get; init; }

    /// <summary>The creditor the portfolio belongs to, when the mapping does not name it.</summary>
    public CreditorId? CreditorId { get; init; }

    /// <summary>The currency of the file's amounts, when the mapping does not declare it.</summary>
    public Currency? Currency { get; init; }

    /// <summary>The order of day, month and year in text dates, when the mapping does not declare it.</summary>
    public DateOrder? DateOrder { get; init; }

    /// <summary>The calendar of text dates (ISO or Umm al-Qura), when the mapping does not declare it; ISO by default.</summary>
    public CalendarSystem? Calendar { get; init; }

    /// <summary>Whether whole numbers in CSV date columns are Excel serial dates, when the mapping does not say.</summary>
    public bool? ExcelSerialDates { get; init; }

    /// <summary>The default phone region, when the mapping does not declare one; <c>SA</c> when neither does.</summary>
    public string? PhoneRegion { get; init; }

    /// <summary>The unit of snapshot statuses, when the mapping does not declare it.</summary>
    public StatusUnit? StatusUnit { get; init; }

    /// <summary>The CSV text encoding, when the mapping does not declare it; <see cref="IntakeEncoding.Auto"/> when neither does.</summary>
    public IntakeEncoding? Encoding { get; init; }

    /// <summary>The workbook sheet to read, when the mapping does not name one; the first sheet when neither does.</summary>
    public string? SheetName { get; init; }

    /// <summary>CSV or XLSX; taken from the file name's extension when not declared.</summary>
    public IntakeFormat? Format { get; init; }

    /// <summary>How many rows between two progress reports (at least 1; default 10,000).</summary>
    public int ProgressInterval { get; init; } = 10_000;
}
