using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <content>Typed cells: amounts, whole numbers, dates and flags, each problem recorded with its reason.</content>
internal sealed partial class CellReader
{
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
}
