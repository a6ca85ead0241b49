using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>Reads the typed values of the current row's cells, recording every problem in the report with the row, column,
/// cell reference and the value exactly as it was in the file.</summary>
internal sealed partial class CellReader
{
    private readonly TableSource _source;
    private readonly ReportAccumulator _report;
    private readonly IntakeSettings _settings;
    private readonly IReadOnlyList<string> _headers;
    private readonly char _decimalSeparator;

    public CellReader(TableSource source, ReportAccumulator report, IntakeSettings settings)
    {
        _source = source;
        _report = report;
        _settings = settings;
        _headers = source.Headers;
        _decimalSeparator = settings.Mapping.DecimalSeparator;
        Phones = new PhoneNormaliser(settings.PhoneRegion);
    }

    public PhoneNormaliser Phones { get; }

    public TableSource Source => _source;

    public IntakeSettings Settings => _settings;

    /// <summary>Whether the current row has an error.</summary>
    public bool RowRejected { get; private set; }

    public int Row => _source.RowNumber;

    public string HeaderOf(int column) => column >= 0 && column < _headers.Count ? _headers[column] : string.Empty;

    public void BeginRow() => RowRejected = false;

    /// <summary>Rejects a row with fewer fields than the header, or with extra fields that hold values.</summary>
    public bool CheckFieldCount()
    {
        var count = _source.FieldCount;
        if (count == _headers.Count)
        {
            return true;
        }

        if (count > _headers.Count)
        {
            var extrasBlank = true;
            for (var i = _headers.Count; i < count && extrasBlank; i++)
            {
                extrasBlank = CellText.IsBlank(_source.GetText(i));
            }

            if (extrasBlank)
            {
                return true;
            }
        }

        RowError(IntakeIssueCode.WrongFieldCount, IntakeTexts.Render("issue.wrong_field_count", ("found", count), ("expected", _headers.Count)));
        return false;
    }

    public bool IsEmpty(int column) =>
        column < 0 || (_source.GetKind(column) == CellKind.Empty && _source.GetFormula(column) is null);

    public ReadOnlySpan<char> Raw(int column) => column < 0 ? [] : _source.GetText(column);

    public void Count(NormalisationFlags flags)
    {
        if (flags != NormalisationFlags.None)
        {
            _report.Count(flags);
        }
    }

    public void Error(int column, IntakeIssueCode code, BilingualText reason)
    {
        RowRejected = true;
        _report.Add(Issue(column, code, reason));
    }

    public void Warning(int column, IntakeIssueCode code, BilingualText reason) => _report.Add(Issue(column, code, reason));

    public void RowError(IntakeIssueCode code, BilingualText reason)
    {
        RowRejected = true;
        _report.Add(new IntakeIssue(_source.RowNumber, code, reason));
    }

    /// <summary>A cleaned identifier (empty when the cell is empty; an error is recorded when it is required).</summary>
    public ReadOnlySpan<char> ReadIdentifier(int column, Span<char> buffer, bool required)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return [];
        }

        var flags = NormalisationFlags.None;
        var id = IdentifierText.Clean(_source.GetText(column), buffer, ref flags);
        if (id.IsEmpty)
        {
            if (required)
            {
                Missing(column);
            }

            return [];
        }

        Count(flags);
        return id;
    }

    /// <summary>The trimmed text of a cell, or null when empty.</summary>
    public string? ReadText(int column)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return null;
        }

        var flags = NormalisationFlags.None;
        var text = CellText.Trim(_source.GetText(column), ref flags);
        if (text.IsEmpty)
        {
            return null;
        }

        Count(flags);
        return text.ToString();
    }

    /// <summary>The trimmed text of a cell without copying it (empty when the cell is empty or unreadable).</summary>
    public ReadOnlySpan<char> ReadTextSpan(int column)
    {
        if (column < 0 || !CheckFormula(column))
        {
            return [];
        }

        var flags = NormalisationFlags.None;
        var text = CellText.Trim(_source.GetText(column), ref flags);
        Count(flags);
        return text;
    }

    /// <summary>Reads an amount in minor units of <paramref name="currency"/>; false when it is missing-and-required or unreadable.</summary>
    public bool TryReadAmount(int column, Currency currency, bool required, out long minorUnits, out bool present)
    {
        minorUnits = 0;
        present = false;
        if (column < 0)
        {
            return !required;
        }

        if (!CheckFormula(column))
        {
            return false;
        }

        var flags = NormalisationFlags.None;
        string? found = null;
        var error = _source.GetKind(column) switch
        {
            CellKind.Empty => NumberError.Empty,
            CellKind.Number => NumberText.FromDouble(_source.GetNumber(column), currency.MinorUnitDigits, out minorUnits),
            CellKind.Text => NumberText.TryParse(_source.GetText(column), _decimalSeparator, currency.Code, currency.MinorUnitDigits, out minorUnits, ref flags, out found),
            _ => NumberError.Invalid,
        };
        switch (error)
        {
            case NumberError.None:
                present = true;
                Count(flags);
                return true;
            case NumberError.Empty:
                if (required)
                {
                    Missing(column);
                }

                return !required;
            case NumberError.TooManyDecimals:
                Error(column, IntakeIssueCode.TooManyDecimals, IntakeTexts.Render("issue.too_many_decimals", ("value", RawText(column)), ("digits", currency.MinorUnitDigits), ("currency", currency.Code)));
                return false;
            case NumberError.OutOfRange:
                Error(column, IntakeIssueCode.NumberOutOfRange, IntakeTexts.Render("issue.number_out_of_range", ("value", RawText(column))));
                return false;
            case NumberError.CurrencyMismatch:
                Error(column, IntakeIssueCode.CurrencyMismatch, IntakeTexts.Render("issue.currency_mismatch", ("value", RawText(column)), ("found", found), ("currency", currency.Code)));
                return false;
            default:
                Error(column, IntakeIssueCode.InvalidAmount, IntakeTexts.Render("issue.invalid_amount", ("value", RawText(column))));
                return false;
        }
    }

    /// <summary>Reads a whole number (a status, an integer field).</summary>
    public bool TryReadInteger(int column, bool required, out long value, out bool present, Func<string, BilingualText> invalidReason, IntakeIssueCode invalidCode)
    {
        value = 0;
        present = false;
        if (column < 0)
        {
            return !required;
        }

        if (!CheckFormula(column))
        {
            return false;
        }

        var flags = NormalisationFlags.None;
        var error = _source.GetKind(column) switch
        {
            CellKind.Empty => NumberError.Empty,
            CellKind.Number => NumberText.FromDouble(_source.GetNumber(column), 0, out value),
            CellKind.Text => NumberText.TryParse(_source.GetText(column), _decimalSeparator, null, 0, out value, ref flags, out _),
            _ => NumberError.Invalid,
        };
        switch (error)
        {
            case NumberError.None:
                present = true;
                Count(flags);
                return true;
            case NumberError.Empty:
                if (required)
                {
                    Missing(column);
                }

                return !required;
            case NumberError.OutOfRange:
                Error(column, IntakeIssueCode.NumberOutOfRange, IntakeTexts.Render("issue.number_out_of_range", ("value", RawText(column))));
                return false;
            default:
                Error(column, invalidCode, invalidReason(RawText(column)));
                return false;
        }
    }

    /// <summary>Reads a date in the declared order and calendar (workbook date and number cells need no order).</summary>
    public bool TryReadDate(int column, bool required, out LocalDate date, out bool present)
    {
        date = default;
        present = false;
        if (column < 0)
        {
            return !required;
        }

        if (!CheckFormula(column))
        {
            return false;
        }

        var flags = NormalisationFlags.None;
        DateError error;
        switch (_source.GetKind(column))
        {
            case CellKind.Empty:
                error = DateError.Empty;
                break;
            case CellKind.DateTime:
                var value = _source.GetDateTime(column);
                date = LocalDate.FromDateTime(value);
                if (value.TimeOfDay != TimeSpan.Zero)
                {
                    flags |= NormalisationFlags.TimeRemoved;
                }

                error = DateError.None;
                break;
            case CellKind.Number:
                error = DateText.FromExcelSerial(_source.GetNumber(column), out date, ref flags);
                break;
            case CellKind.Text:
                error = DateText.TryParse(_source.GetText(column), _settings.DateOrder, _settings.Calendar, _settings.ExcelSerialDates, out date, ref flags);
                break;
            default:
                error = DateError.Invalid;
                break;
        }

        if (error == DateError.None)
        {
            present = true;
            Count(flags);
            return true;
        }

        if (error == DateError.Empty)
        {
            if (required)
            {
                Missing(column);
            }

            return !required;
        }

        ReportDateError(column, error);
        return false;
    }

    /// <summary>Reads a yes/no cell; empty is "no".</summary>
    public bool TryReadFlag(int column, out bool value, out bool present)
    {
        value = false;
        present = false;
        if (column < 0 || IsEmpty(column))
        {
            return true;
        }

        if (!CheckFormula(column))
        {
            return false;
        }

        if (_source.GetKind(column) == CellKind.Boolean)
        {
            value = string.Equals(_source.GetText(column).ToString(), "TRUE", StringComparison.Ordinal);
            present = true;
            return true;
        }

        if (_source.GetKind(column) == CellKind.Number && _source.GetNumber(column) is 0d or 1d)
        {
            value = _source.GetNumber(column) == 1d;
            present = true;
            return true;
        }

        var flags = NormalisationFlags.None;
        if (FlagText.TryParse(_source.GetText(column), out value, ref flags))
        {
            present = true;
            Count(flags);
            return true;
        }

        Error(column, IntakeIssueCode.InvalidFlag, IntakeTexts.Render("issue.invalid_flag", ("value", RawText(column))));
        return false;
    }

    public string RawText(int column) => column < 0 ? string.Empty : _source.GetText(column).ToString();

    public void Missing(int column) =>
        Error(column, IntakeIssueCode.MissingValue, IntakeTexts.Render("issue.missing_value", ("column", HeaderOf(column))));

    public void ReportDateError(int column, DateError error)
    {
        var value = RawText(column);
        var calendarTitle = IntakeTexts.Get(_settings.Calendar == CalendarSystem.UmAlQura ? "calendar.umm-al-qura" : "calendar.gregorian");
        switch (error)
        {
            case DateError.TwoDigitYear:
                Error(column, IntakeIssueCode.TwoDigitYear, IntakeTexts.Render("issue.two_digit_year", ("value", value)));
                break;
            case DateError.OutOfRange:
                var range = IntakeTexts.Get(_settings.Calendar == CalendarSystem.UmAlQura ? "date_range.umm-al-qura" : "date_range.gregorian");
                Error(column, IntakeIssueCode.DateOutOfRange, IntakeTexts.Render("issue.date_out_of_range", ("value", value), ("detail", range)));
                break;
            case DateError.InvalidExcelSerial:
                Error(column, IntakeIssueCode.DateOutOfRange, IntakeTexts.Render("issue.date_out_of_range", ("value", value), ("detail", IntakeTexts.Get("date_range.excel"))));
                break;
            case DateError.OrderNotDeclared:
                Error(column, IntakeIssueCode.DateOrderNotDeclared, IntakeTexts.Render("issue.date_order_not_declared", ("value", value)));
                break;
            default:
                var order = _settings.DateOrder;
                Error(column, IntakeIssueCode.InvalidDate, IntakeTexts.Render(
                    "issue.invalid_date", ("value", value), ("order", order?.Code ?? "-"), ("pattern", order?.Pattern ?? "-"), ("calendar", calendarTitle)));
                break;
        }
    }

    /// <summary>Reports a formula cell: its saved result is read with a warning, or the row is rejected when there is none.</summary>
    private bool CheckFormula(int column)
    {
        var formula = _source.GetFormula(column);
        if (formula is null || formula.ErrorValue is not null)
        {
            return true; // an error value (#N/A) is read as text, which no parser accepts
        }

        var cell = _source.CellReference(column);
        if (!formula.HasSavedResult)
        {
            Error(column, IntakeIssueCode.FormulaWithoutValue, IntakeTexts.Render("issue.formula_without_value", ("cell", cell), ("formula", formula.Formula)));
            return false;
        }

        Warning(column, IntakeIssueCode.FormulaValue, IntakeTexts.Render("issue.formula_value", ("cell", cell), ("formula", formula.Formula), ("value", RawText(column))));
        return true;
    }

    private IntakeIssue Issue(int column, IntakeIssueCode code, BilingualText reason) =>
        column < 0
            ? new IntakeIssue(_source.RowNumber, code, reason)
            : new IntakeIssue(_source.RowNumber, code, reason)
            {
                Column = HeaderOf(column),
                CellReference = _source.CellReference(column),
                Value = RawText(column),
            };
}
