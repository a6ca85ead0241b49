using System.Text;
using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>The declarations for one read, merged from the mapping and the options and checked together.</summary>
internal sealed record IntakeSettings
{
    public required string FileName { get; init; }

    public required IntakeMapping Mapping { get; init; }

    /// <summary>The declared or extension-given format; null when neither tells (a file error once the bytes are seen).</summary>
    public IntakeFormat? Format { get; init; }

    public required CreditorId CreditorId { get; init; }

    public Currency? Currency { get; init; }

    public DateOrder? DateOrder { get; init; }

    public required CalendarSystem Calendar { get; init; }

    public bool ExcelSerialDates { get; init; }

    public required string PhoneRegion { get; init; }

    public StatusUnit? StatusUnit { get; init; }

    public required IntakeEncoding Encoding { get; init; }

    public string? SheetName { get; init; }

    public bool Strict { get; init; }

    public int ProgressInterval { get; init; }

    public IntakeShape Shape => Mapping.Shape;

    /// <summary>Merges and checks the mapping and options; every problem is listed in one exception.</summary>
    public static IntakeSettings Resolve(IntakeMapping mapping, IntakeOptions options, string fileName)
    {
        var violations = new List<string>();
        violations.AddRange(mapping.Validate().Select(v => "mapping: " + v));
        var creditor = Merge(mapping.CreditorId, options.CreditorId, "creditor id", violations);
        var currency = Merge(mapping.Currency, options.Currency, "currency", violations);
        var order = Merge(mapping.DateOrder, options.DateOrder, "date order", violations);
        var calendar = Merge(mapping.Calendar, options.Calendar, "calendar", violations) ?? CalendarSystem.Iso;
        var serial = Merge(mapping.ExcelSerialDates, options.ExcelSerialDates, "Excel serial dates", violations) ?? false;
        var region = Merge(mapping.PhoneRegion?.ToUpperInvariant(), options.PhoneRegion?.ToUpperInvariant(), "phone region", violations) ?? "SA";
        var unit = Merge(mapping.StatusUnit, options.StatusUnit, "status unit", violations);
        var encoding = Merge(mapping.Encoding, options.Encoding, "encoding", violations) ?? IntakeEncoding.Auto;
        var sheet = Merge(mapping.SheetName, options.SheetName, "sheet", violations);
        var format = options.Format ?? FormatFromName(fileName);

        if (creditor is null)
        {
            violations.Add("no creditor id: declare creditorId in the mapping or IntakeOptions.CreditorId");
        }

        if (currency is null && !mapping.Columns.ContainsKey(ColumnRole.Currency))
        {
            violations.Add("no currency: declare currency in the mapping or IntakeOptions.Currency (it is never guessed), or map a currency column");
        }

        if (order is null && mapping.Shape == IntakeShape.Ledger && format == IntakeFormat.Csv)
        {
            violations.Add("no date order: declare dateOrder (iso, dmy or mdy) in the mapping or IntakeOptions.DateOrder; dates are never guessed");
        }

        if (unit is null && mapping.Shape != IntakeShape.Ledger)
        {
            violations.Add($"no status unit: shape '{mapping.Shape.Code}' needs statusUnit (days or months) in the mapping or IntakeOptions.StatusUnit");
        }

        if (options.PhoneRegion is not null && !IntakeMapping.IsKnownPhoneRegion(options.PhoneRegion))
        {
            violations.Add($"the phone region '{options.PhoneRegion}' is not a region libphonenumber knows");
        }

        if (options.ProgressInterval < 1)
        {
            violations.Add("the progress interval must be at least 1 row");
        }

        if (violations.Count > 0)
        {
            throw new ArgumentException(
                $"Cannot read '{fileName}' ({violations.Count} problem(s) with the mapping and options):{Environment.NewLine}"
                + string.Join(Environment.NewLine, violations.Select(v => "  - " + v)),
                nameof(mapping));
        }

        return new IntakeSettings
        {
            FileName = fileName,
            Mapping = mapping,
            Format = format,
            CreditorId = creditor!.Value,
            Currency = currency,
            DateOrder = order,
            Calendar = calendar,
            ExcelSerialDates = serial,
            PhoneRegion = region,
            StatusUnit = unit,
            Encoding = encoding,
            SheetName = sheet,
            Strict = options.Strict,
            ProgressInterval = options.ProgressInterval,
        };
    }

    /// <summary>The format the file name's extension stands for, or null.</summary>
    public static IntakeFormat? FormatFromName(string fileName) =>
        Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" or ".TSV" => IntakeFormat.Csv,
            ".XLSX" or ".XLSM" => IntakeFormat.Xlsx,
            _ => null,
        };

    public static Encoding Windows1256()
    {
        RegisterCodePages();
        return System.Text.Encoding.GetEncoding(1256);
    }

    /// <summary>Makes the Windows code pages available: Windows-1256 for Arabic CSV files, and 1252, which ExcelDataReader
    /// needs for workbooks. The provider is part of .NET; registering it again is harmless.</summary>
    public static void RegisterCodePages() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static T? Merge<T>(T? fromMapping, T? fromOptions, string what, List<string> violations)
        where T : class
    {
        if (fromMapping is not null && fromOptions is not null && !Equals(fromMapping, fromOptions))
        {
            violations.Add($"the {what} is '{fromMapping}' in the mapping but '{fromOptions}' in the options");
        }

        return fromMapping ?? fromOptions;
    }

    private static T? Merge<T>(T? fromMapping, T? fromOptions, string what, List<string> violations)
        where T : struct
    {
        if (fromMapping is not null && fromOptions is not null && !Equals(fromMapping, fromOptions))
        {
            violations.Add($"the {what} is '{fromMapping}' in the mapping but '{fromOptions}' in the options");
        }

        return fromMapping ?? fromOptions;
    }
}
