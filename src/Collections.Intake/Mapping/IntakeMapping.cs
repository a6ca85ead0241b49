using System.Collections.Immutable;
using System.Globalization;
using Collections.Core;
using NodaTime;
using PhoneNumbers;

namespace Collections.Intake;

/// <summary>How to read one creditor's file: its shape, which header holds which role, and the declarations that are never guessed.</summary>
/// <remarks>
/// <para>A mapping is usually loaded from a JSON file with <see cref="Load"/> or <see cref="Parse"/> (reference:
/// docs/intake-mapping.md); <see cref="ForShape"/> starts one in code, to be completed with <c>with</c>. Columns not named
/// in <see cref="Columns"/> are recognised from the built-in English and Arabic header synonyms unless
/// <see cref="RecogniseHeaders"/> is off.</para>
/// <para>The date order and the currency are declared, here or in <see cref="IntakeOptions"/>, and never guessed from the
/// data (docs/kpi-definitions.md: declared date orders, never guessed row by row). Anything the mapping leaves out is taken from the
/// options; a value declared in both must agree.</para>
/// </remarks>
public sealed partial record IntakeMapping
{
    /// <summary>Creates a mapping for a shape with nothing else declared.</summary>
    /// <param name="shape">The file's shape.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    public IntakeMapping(IntakeShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
    }

    /// <summary>The file's shape: ledger, snapshots-long or snapshots-wide.</summary>
    public IntakeShape Shape { get; init; }

    /// <summary>The creditor the portfolio belongs to, when the mapping names it.</summary>
    public CreditorId? CreditorId { get; init; }

    /// <summary>The currency of every amount, unless the file has a currency column.</summary>
    public Currency? Currency { get; init; }

    /// <summary>The CSV text encoding; <see cref="IntakeEncoding.Auto"/> when neither mapping nor options declare one.</summary>
    public IntakeEncoding? Encoding { get; init; }

    /// <summary>The CSV field delimiter; detected from the header row (comma, semicolon, tab or pipe) when not declared.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The workbook sheet to read; the first sheet when not declared.</summary>
    public string? SheetName { get; init; }

    /// <summary>The row that holds the headers, as the creditor sees it (1 = the first line); when not declared, the first line of a
    /// CSV file or the first row with a value in a sheet. Rows above it (a title, a date) are skipped.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>The decimal separator of amounts written as text: <c>.</c> (the default; <c>,</c> then groups thousands) or <c>,</c> (then <c>.</c> groups thousands).</summary>
    public char DecimalSeparator { get; init; } = '.';

    /// <summary>The order of day, month and year in text dates.</summary>
    public DateOrder? DateOrder { get; init; }

    /// <summary>The calendar of text dates: <see cref="CalendarSystem.Iso"/> (Gregorian) or <see cref="CalendarSystem.UmAlQura"/> (Hijri).</summary>
    public CalendarSystem? Calendar { get; init; }

    /// <summary>Whether whole numbers in CSV date columns are Excel serial day numbers (41276 = 2013-01-02); workbook number cells always are.</summary>
    public bool? ExcelSerialDates { get; init; }

    /// <summary>The region phone numbers without a country code belong to (ISO 3166 alpha-2); <c>SA</c> when not declared.</summary>
    public string? PhoneRegion { get; init; }

    /// <summary>What the status of a snapshot file counts: days or months past due.</summary>
    public StatusUnit? StatusUnit { get; init; }

    /// <summary>Whether columns not named in <see cref="Columns"/> are recognised from the built-in header synonyms (default on).</summary>
    public bool RecogniseHeaders { get; init; } = true;

    /// <summary>The header that holds each role, as the creditor wrote it (matched ignoring case, spaces and Arabic diacritics).</summary>
    public ImmutableDictionary<ColumnRole, string> Columns { get; init; } = ImmutableDictionary<ColumnRole, string>.Empty;

    /// <summary>For a wide snapshot file, the columns of each period.</summary>
    public ImmutableArray<WidePeriodColumns> Periods { get; init; } = [];

    /// <summary>Extra columns to keep as account fields.</summary>
    public ImmutableArray<AccountFieldColumn> AccountFields { get; init; } = [];

    /// <summary>Notes that travel into the validation report, for example that the currency is assumed.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Starts a mapping for a shape; every column is recognised from the header synonyms.</summary>
    /// <param name="shape">The file's shape.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    public static IntakeMapping ForShape(IntakeShape shape) => new(shape);

    /// <summary>Lists what is inconsistent in the mapping, without throwing.</summary>
    /// <returns>Every violation, in words; empty when the mapping is consistent.</returns>
    /// <remarks>Roles must be used by the shape, periods belong to wide files (which need at least one), field names must be
    /// unique, the phone region must be one libphonenumber knows, and two roles cannot share a header.</remarks>
    public IReadOnlyList<string> Validate()
    {
        var violations = new List<string>();
        if (Shape is null)
        {
            violations.Add("the shape is missing");
            return violations;
        }

        var headersSeen = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, header) in Columns.OrderBy(c => c.Key.Value))
        {
            if (!role.IsAllowedIn(Shape))
            {
                violations.Add($"column role '{role.Code}' is not used by shape '{Shape.Code}'");
            }

            if (string.IsNullOrWhiteSpace(header))
            {
                violations.Add($"column role '{role.Code}' has an empty header");
                continue;
            }

            var key = HeaderText.Normalise(header);
            if (headersSeen.TryGetValue(key, out var other))
            {
                violations.Add($"column roles '{other.Code}' and '{role.Code}' both name the header '{header}'");
            }
            else
            {
                headersSeen[key] = role;
            }
        }

        ValidatePeriods(violations);
        ValidateAccountFields(violations);
        if (DecimalSeparator is not '.' and not ',')
        {
            violations.Add($"the decimal separator must be '.' or ',' (it is '{DecimalSeparator}')");
        }

        if (Delimiter is { } delimiter && (delimiter is '"' or '\r' or '\n' || char.IsLetterOrDigit(delimiter)))
        {
            violations.Add($"the delimiter '{delimiter}' cannot separate fields");
        }

        if (PhoneRegion is not null && !IsKnownPhoneRegion(PhoneRegion))
        {
            violations.Add($"the phone region '{PhoneRegion}' is not a region libphonenumber knows (two letters, for example SA, AE, KW)");
        }

        if (Calendar is not null && Calendar != CalendarSystem.Iso && Calendar != CalendarSystem.UmAlQura)
        {
            violations.Add($"the calendar '{Calendar.Id}' is not supported (Gregorian/ISO or Umm al-Qura)");
        }

        if (HeaderRow is < 1)
        {
            violations.Add($"the header row must be 1 or more (it is {HeaderRow})");
        }

        if (Currency is { IsSpecified: false })
        {
            violations.Add("the currency is the unspecified default value; use Currency.FromCode");
        }

        return violations;
    }

    internal static bool IsKnownPhoneRegion(string region) =>
        region.Length == 2 && PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(region.ToUpperInvariant());

    private void ValidatePeriods(List<string> violations)
    {
        if (Shape == IntakeShape.SnapshotsWide && Periods.IsDefaultOrEmpty)
        {
            violations.Add("shape 'snapshots-wide' needs the list of periods with their status and balance columns");
        }

        if (Shape != IntakeShape.SnapshotsWide && !Periods.IsDefaultOrEmpty)
        {
            violations.Add($"periods are only used by shape 'snapshots-wide', not '{Shape.Code}'");
        }

        if (Periods.IsDefaultOrEmpty)
        {
            return;
        }

        var seen = new HashSet<YearMonth>();
        for (var i = 0; i < Periods.Length; i++)
        {
            var period = Periods[i];
            if (period is null)
            {
                violations.Add(string.Create(CultureInfo.InvariantCulture, $"period {i} is null"));
                continue;
            }

            if (!seen.Add(period.Period))
            {
                violations.Add($"period {Format(period.Period)} is listed more than once");
            }

            if (string.IsNullOrWhiteSpace(period.Status) || string.IsNullOrWhiteSpace(period.Balance))
            {
                violations.Add($"period {Format(period.Period)} needs both a status and a balance column");
            }
        }
    }

    private void ValidateAccountFields(List<string> violations)
    {
        if (AccountFields.IsDefaultOrEmpty)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in AccountFields)
        {
            if (field is null || string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Column) || field.Kind is null)
            {
                violations.Add("every field needs a name, a column and a kind");
                continue;
            }

            if (!names.Add(field.Name))
            {
                violations.Add($"field '{field.Name}' is declared more than once");
            }
        }
    }

    internal static string Format(YearMonth period) => period.ToString("uuuu'-'MM", CultureInfo.InvariantCulture);
}
