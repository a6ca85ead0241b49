using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Intake;

/// <summary>Reads the cells snapshot files share: a status in days or months, and (for long files) a period.</summary>
internal static class SnapshotCells
{
    private const int MaxMonths = 1200;
    private const int MaxDays = 36_600;

    /// <summary>Reads a status as days past due; false (with an error) when it is missing or not a whole number in range.</summary>
    public static bool TryReadStatus(CellReader cells, int column, StatusUnit unit, out DaysPastDue daysPastDue)
    {
        daysPastDue = DaysPastDue.Current;
        var unitTitle = IntakeTexts.Get("unit." + unit.Code);
        if (!cells.TryReadInteger(column, required: true, out var value, out _, v => IntakeTexts.Render("issue.invalid_status", ("value", v), ("unit", unitTitle)), IntakeIssueCode.InvalidStatus))
        {
            return false;
        }

        var limit = unit == StatusUnit.Months ? MaxMonths : MaxDays;
        if (value > limit || value < -limit)
        {
            cells.Error(column, IntakeIssueCode.NumberOutOfRange, IntakeTexts.Render("issue.number_out_of_range", ("value", cells.RawText(column))));
            return false;
        }

        daysPastDue = unit == StatusUnit.Months ? DaysPastDue.FromMonthsPastDue((int)value) : new DaysPastDue((int)value);
        return true;
    }

    /// <summary>Reads a period: <c>YYYY-MM</c> (or <c>YYYY/MM</c>), or a date in the declared order whose month is taken.</summary>
    public static bool TryReadPeriod(CellReader cells, int column, TableSource source, out YearMonth period)
    {
        period = default;
        if (cells.IsEmpty(column))
        {
            cells.Missing(column);
            return false;
        }

        if (source.GetKind(column) == CellKind.Text && TryParseYearMonth(source.GetText(column), out period, out var flags))
        {
            cells.Count(flags);
            return true;
        }

        if (source.GetKind(column) is CellKind.DateTime or CellKind.Number or CellKind.Text && LooksLikeDate(source, column))
        {
            if (cells.TryReadDate(column, required: true, out var date, out _))
            {
                period = date.ToYearMonth();
                return true;
            }

            return false;
        }

        cells.Error(column, IntakeIssueCode.InvalidPeriod, IntakeTexts.Render(
            "issue.invalid_period", ("value", cells.RawText(column)), ("order", cells.Settings.DateOrder?.Code ?? "-")));
        return false;
    }

    /// <summary>The status text as reported, digits written in ASCII, shared between equal values.</summary>
    public static string ReportedStatus(ReadOnlySpan<char> raw, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> cache)
    {
        Span<char> buffer = stackalloc char[32];
        var flags = NormalisationFlags.None;
        var text = IdentifierText.Clean(raw, buffer, ref flags);
        if (cache.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        cache.Dictionary.TryAdd(created, created);
        return created;
    }

    private static bool LooksLikeDate(TableSource source, int column)
    {
        if (source.GetKind(column) != CellKind.Text)
        {
            return true;
        }

        // A date has day, month and year: two separators, or the eight digits of a compact ISO date.
        var text = source.GetText(column).Trim();
        var separators = 0;
        foreach (var c in text)
        {
            separators += c is '/' or '-' or '.' or '\u060D' ? 1 : 0;
        }

        return separators >= 2 || (text.Length == 8 && separators == 0);
    }

    private static bool TryParseYearMonth(ReadOnlySpan<char> text, out YearMonth period, out NormalisationFlags flags)
    {
        period = default;
        flags = NormalisationFlags.None;
        var s = CellText.Trim(text, ref flags);
        if (s.Length is < 6 or > 7)
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var separatorSeen = false;
        var digitsAfter = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var digit = CellText.DigitValue(s[i], ref flags);
            if (i < 4)
            {
                if (digit < 0)
                {
                    return false;
                }

                year = (year * 10) + digit;
            }
            else if (i == 4 && s[i] is '-' or '/')
            {
                separatorSeen = true;
            }
            else if (digit >= 0)
            {
                month = (month * 10) + digit;
                digitsAfter++;
            }
            else
            {
                return false;
            }
        }

        if (!separatorSeen || digitsAfter is < 1 or > 2 || month is < 1 or > 12)
        {
            return false;
        }

        period = new YearMonth(year, month);
        return true;
    }

    public static string Describe(YearMonth period) => period.ToString("uuuu'-'MM", CultureInfo.InvariantCulture);
}
