using NodaTime;

namespace Collections.Intake;

/// <summary>Reads dates in the order and calendar declared for the file; nothing is guessed from the value.</summary>
/// <remarks>
/// <para>Day, month and year are separated by <c>/</c>, <c>-</c>, <c>.</c> or the Arabic date separator ؍ (the same one
/// twice); day and month have one or two digits, the year four (a two-digit year is refused: its century would be a guess).
/// The ISO order also accepts the compact <c>yyyymmdd</c>. Digits may be Arabic-Indic or Persian. A time of day after the
/// date (<c>2013-01-02 00:00:00</c>, <c>2013-01-02T10:30</c>) is removed and counted.</para>
/// <para>Hijri dates (Umm al-Qura, years 1318–1500 AH as NodaTime covers them) are converted to the ISO calendar. Excel serial
/// day numbers (1 = 1900-01-01, with Excel's non-existent 1900-02-29 as 60 refused) are read when declared, and always
/// for a workbook's number cells.</para>
/// </remarks>
internal static class DateText
{
    public const int MaxExcelSerial = 2_958_465; // 9999-12-31

    private static readonly LocalDate ExcelEpochBeforeLeapBug = new(1899, 12, 31);
    private static readonly LocalDate ExcelEpoch = new(1899, 12, 30);

    public static DateError TryParse(
        ReadOnlySpan<char> text, DateOrder? order, CalendarSystem calendar, bool excelSerial, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        if (order == DateOrder.Iso && calendar == CalendarSystem.Iso && TryPlainIso(text, out date))
        {
            return DateError.None; // the common case: yyyy-mm-dd in ASCII
        }

        var local = NormalisationFlags.None;
        var s = CellText.Trim(text, ref local);
        if (s.IsEmpty)
        {
            return DateError.Empty;
        }

        DateError error;
        if (excelSerial && LooksLikeSerial(s))
        {
            error = TryParseSerialText(s, out date, ref local);
        }
        else if (order is null)
        {
            return DateError.OrderNotDeclared;
        }
        else
        {
            error = TryParseText(s, order, calendar, out date, ref local);
        }

        if (error == DateError.None)
        {
            flags |= local;
        }

        return error;
    }

    /// <summary>Converts an Excel serial day number (with an optional time fraction) to a date.</summary>
    public static DateError FromExcelSerial(double serial, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 1 || serial >= MaxExcelSerial + 1)
        {
            return DateError.InvalidExcelSerial;
        }

        var day = (int)Math.Floor(serial);
        if (day == 60)
        {
            return DateError.InvalidExcelSerial; // 1900-02-29 exists only in Excel's 1900 leap-year bug
        }

        date = day < 60 ? ExcelEpochBeforeLeapBug.PlusDays(day) : ExcelEpoch.PlusDays(day);
        flags |= NormalisationFlags.ExcelSerialDates;
        if (serial != day)
        {
            flags |= NormalisationFlags.TimeRemoved;
        }

        return DateError.None;
    }

    private static bool TryPlainIso(ReadOnlySpan<char> s, out LocalDate date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        var year = Digits(s[..4]);
        var month = Digits(s.Slice(5, 2));
        var day = Digits(s.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false; // not plain: the general rules decide, and name the problem
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>The value of ASCII digits, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool LooksLikeSerial(ReadOnlySpan<char> s)
    {
        var ignored = NormalisationFlags.None;
        var sawDot = false;
        foreach (var c in s)
        {
            if (c is '.' or '\u066B' && !sawDot)
            {
                sawDot = true;
                continue;
            }

            if (CellText.DigitValue(c, ref ignored) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static DateError TryParseSerialText(ReadOnlySpan<char> s, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        long whole = 0;
        var fraction = false;
        var digits = 0;
        foreach (var c in s)
        {
            var digit = CellText.DigitValue(c, ref flags);
            if (digit < 0)
            {
                fraction = true; // the single decimal separator LooksLikeSerial allowed
                continue;
            }

            if (fraction)
            {
                if (digit != 0)
                {
                    flags |= NormalisationFlags.TimeRemoved;
                }

                continue;
            }

            if (++digits > 7)
            {
                return DateError.InvalidExcelSerial;
            }

            whole = (whole * 10) + digit;
        }

        return FromExcelSerial(whole, out date, ref flags);
    }

    private static DateError TryParseText(ReadOnlySpan<char> s, DateOrder order, CalendarSystem calendar, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        var end = DateEnd(s);
        if (end < s.Length)
        {
            if (!IsTimeOfDay(s[end..]))
            {
                return DateError.Invalid;
            }

            flags |= NormalisationFlags.TimeRemoved;
            s = s[..end];
        }

        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var count = 0;
        var separator = '\0';
        var current = 0;
        var length = 0;
        foreach (var c in s)
        {
            var digit = CellText.DigitValue(c, ref flags);
            if (digit >= 0)
            {
                if (++length > 4)
                {
                    return CompactIso(s, order, calendar, out date, ref flags);
                }

                current = (current * 10) + digit;
                continue;
            }

            if (c is not ('/' or '-' or '.' or '\u060D') || length == 0 || count == 2 || (separator != '\0' && c != separator))
            {
                return DateError.Invalid;
            }

            separator = c;
            parts[count] = current;
            lengths[count++] = length;
            current = 0;
            length = 0;
        }

        if (count != 2 || length == 0)
        {
            return DateError.Invalid;
        }

        parts[2] = current;
        lengths[2] = length;
        var (y, m, d, yearLength, otherTooLong) = order == DateOrder.Iso
            ? (parts[0], parts[1], parts[2], lengths[0], lengths[1] > 2 || lengths[2] > 2)
            : order == DateOrder.DayMonthYear
                ? (parts[2], parts[1], parts[0], lengths[2], lengths[0] > 2 || lengths[1] > 2)
                : (parts[2], parts[0], parts[1], lengths[2], lengths[0] > 2 || lengths[1] > 2);
        // A four-digit first part in dmy/mdy (or last part in iso) is a date written in another order, not a short year.
        var misplacedYear = order == DateOrder.Iso ? lengths[2] == 4 : lengths[0] == 4;
        if (otherTooLong || misplacedYear)
        {
            return DateError.Invalid;
        }

        if (yearLength <= 2)
        {
            return DateError.TwoDigitYear;
        }

        if (yearLength != 4)
        {
            return DateError.Invalid;
        }

        return Create(y, m, d, calendar, out date, ref flags);
    }

    private static DateError CompactIso(ReadOnlySpan<char> s, DateOrder order, CalendarSystem calendar, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        if (order != DateOrder.Iso || s.Length != 8)
        {
            return DateError.Invalid;
        }

        var value = 0;
        foreach (var c in s)
        {
            var digit = CellText.DigitValue(c, ref flags);
            if (digit < 0)
            {
                return DateError.Invalid;
            }

            value = (value * 10) + digit;
        }

        return Create(value / 10000, value / 100 % 100, value % 100, calendar, out date, ref flags);
    }

    private static DateError Create(int year, int month, int day, CalendarSystem calendar, out LocalDate date, ref NormalisationFlags flags)
    {
        date = default;
        if (year < calendar.MinYear || year > calendar.MaxYear)
        {
            return DateError.OutOfRange;
        }

        if (month < 1 || month > calendar.GetMonthsInYear(year) || day < 1 || day > calendar.GetDaysInMonth(year, month))
        {
            return DateError.Invalid;
        }

        if (calendar == CalendarSystem.Iso)
        {
            date = new LocalDate(year, month, day);
            return DateError.None;
        }

        date = new LocalDate(year, month, day, calendar).WithCalendar(CalendarSystem.Iso);
        flags |= NormalisationFlags.HijriDates;
        return DateError.None;
    }

    private static int DateEnd(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is ' ' or 'T' or '\u00A0')
            {
                return i;
            }
        }

        return s.Length;
    }

    private static bool IsTimeOfDay(ReadOnlySpan<char> s)
    {
        var ignored = NormalisationFlags.None;
        s = s.TrimStart(" T\u00A0");
        if (s.IsEmpty || CellText.DigitValue(s[0], ref ignored) < 0 || !s.Contains(':'))
        {
            return false;
        }

        foreach (var c in s)
        {
            var ok = CellText.DigitValue(c, ref ignored) >= 0 || c is ':' or '.' or ' ' or 'A' or 'P' or 'M' or 'a' or 'p' or 'm' or 'Z' or '+' or '-' or '\u0635' or '\u0645';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
