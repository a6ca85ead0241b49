using NodaTime.Text;

namespace Collections.Intake.Tests.Normalisation;

/// <summary>Examples of the date rules: the order is declared, never guessed; Hijri and Excel serial dates are converted.</summary>
public sealed class DateTextTests
{
    private static (DateError Error, LocalDate Date, NormalisationFlags Flags) Parse(string text, DateOrder? order, CalendarSystem? calendar = null, bool excelSerial = false)
    {
        var flags = NormalisationFlags.None;
        var error = DateText.TryParse(text, order, calendar ?? CalendarSystem.Iso, excelSerial, out var date, ref flags);
        return (error, date, flags);
    }

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData("2013-01-02", "iso", "2013-01-02")]
    [InlineData("2013/1/2", "iso", "2013-01-02")]
    [InlineData("20130102", "iso", "2013-01-02")]
    [InlineData("1/2/2013", "mdy", "2013-01-02")] // the IBM file: month first
    [InlineData("1/2/2013", "dmy", "2013-02-01")] // the same text, day first
    [InlineData("31.12.2024", "dmy", "2024-12-31")]
    [InlineData("12-31-2024", "mdy", "2024-12-31")]
    [InlineData("29/02/2024", "dmy", "2024-02-29")]
    public void TryParse_DeclaredOrder_ReadsTheDate(string text, string order, string expected)
    {
        Assert.True(DateOrder.TryFromCode(order, out var dateOrder));
        var (error, date, _) = Parse(text, dateOrder);
        Assert.Equal(DateError.None, error);
        Assert.Equal(Iso(expected), date);
    }

    [Theory]
    [InlineData("31/12/2024", "mdy")] // there is no 31st month: refused, not swapped
    [InlineData("29/02/2023", "dmy")]
    [InlineData("2013-13-01", "iso")]
    [InlineData("2013-01-02", "dmy")] // ISO text in a day-first file
    [InlineData("02/01/2013", "iso")]
    [InlineData("2 Jan 2013", "dmy")]
    [InlineData("1//2013", "dmy")]
    [InlineData("1/2-2013", "dmy")]   // two different separators
    public void TryParse_NotADateInTheDeclaredOrder_IsInvalid(string text, string order)
    {
        Assert.True(DateOrder.TryFromCode(order, out var dateOrder));
        Assert.Equal(DateError.Invalid, Parse(text, dateOrder).Error);
    }

    [Theory]
    [InlineData("1/2/13", "dmy")]
    [InlineData("13-01-02", "iso")]
    public void TryParse_TwoDigitYear_IsRefused(string text, string order)
    {
        Assert.True(DateOrder.TryFromCode(order, out var dateOrder));
        Assert.Equal(DateError.TwoDigitYear, Parse(text, dateOrder).Error);
    }

    [Fact]
    public void TryParse_NoDeclaredOrder_IsRefusedNotGuessed() =>
        Assert.Equal(DateError.OrderNotDeclared, Parse("2013-01-02", order: null).Error);

    [Fact]
    public void TryParse_ArabicIndicDigits_ReadAsAscii()
    {
        var (error, date, flags) = Parse("٠٢/٠١/٢٠١٣", DateOrder.DayMonthYear); // 02/01/2013, day first
        Assert.Equal(DateError.None, error);
        Assert.Equal(new LocalDate(2013, 1, 2), date);
        Assert.True(flags.HasFlag(NormalisationFlags.ArabicIndicDigits));
    }

    [Theory]
    [InlineData("2013-01-02 00:00:00")]
    [InlineData("2013-01-02T10:30")]
    [InlineData("2013-01-02 10:30:15.250")]
    public void TryParse_TimeOfDay_IsRemovedAndCounted(string text)
    {
        var (error, date, flags) = Parse(text, DateOrder.Iso);
        Assert.Equal(DateError.None, error);
        Assert.Equal(new LocalDate(2013, 1, 2), date);
        Assert.True(flags.HasFlag(NormalisationFlags.TimeRemoved));
    }

    [Theory]
    [InlineData("01/10/1447", "2026-03-20")] // 1 Shawwal 1447 (Eid al-Fitr), per NodaTime's Umm al-Qura calendar
    [InlineData("10/12/1447", "2026-05-27")] // 10 Dhu al-Hijjah 1447 (Eid al-Adha)
    [InlineData("01/09/1447", "2026-02-18")] // 1 Ramadan 1447
    public void TryParse_HijriDateWhenDeclared_IsConvertedToIso(string text, string expected)
    {
        var (error, date, flags) = Parse(text, DateOrder.DayMonthYear, CalendarSystem.UmAlQura);
        Assert.Equal(DateError.None, error);
        Assert.Equal(Iso(expected), date);
        Assert.Equal(CalendarSystem.Iso, date.Calendar);
        Assert.True(flags.HasFlag(NormalisationFlags.HijriDates));
    }

    [Theory]
    [InlineData("01/01/1600")] // beyond 1500 AH, the last Umm al-Qura year NodaTime has tables for
    [InlineData("01/01/1317")]
    public void TryParse_HijriYearOutsideTheCalendar_IsOutOfRange(string text) =>
        Assert.Equal(DateError.OutOfRange, Parse(text, DateOrder.DayMonthYear, CalendarSystem.UmAlQura).Error);

    [Fact]
    public void TryParse_HijriThirtiethOfAShortMonth_IsInvalid()
    {
        // Umm al-Qura months have 29 or 30 days; find a 29-day month in 1447 and write its 30th day.
        var calendar = CalendarSystem.UmAlQura;
        var month = Enumerable.Range(1, 12).First(m => calendar.GetDaysInMonth(1447, m) == 29);
        var text = $"30/{month:00}/1447";
        Assert.Equal(DateError.Invalid, Parse(text, DateOrder.DayMonthYear, calendar).Error);
    }

    [Theory]
    [InlineData("41276", "2013-01-02")] // days after 1899-12-30, computed: date(2013,1,2) − date(1899,12,30) = 41276
    [InlineData("45352", "2024-03-01")]
    [InlineData("61", "1900-03-01")]
    [InlineData("59", "1900-02-28")] // before Excel's phantom 29 February 1900 the count starts a day later
    [InlineData("1", "1900-01-01")]
    [InlineData("41276.75", "2013-01-02")] // 18:00 on that day
    [InlineData("٤١٢٧٦", "2013-01-02")]
    public void TryParse_ExcelSerialWhenDeclared_IsADate(string text, string expected)
    {
        var (error, date, flags) = Parse(text, DateOrder.DayMonthYear, excelSerial: true);
        Assert.Equal(DateError.None, error);
        Assert.Equal(Iso(expected), date);
        Assert.True(flags.HasFlag(NormalisationFlags.ExcelSerialDates));
    }

    [Theory]
    [InlineData("60")] // 1900-02-29 exists only in Excel
    [InlineData("0")]
    [InlineData("2958466")]
    public void TryParse_ImpossibleExcelSerial_IsRefused(string text) =>
        Assert.Equal(DateError.InvalidExcelSerial, Parse(text, DateOrder.Iso, excelSerial: true).Error);

    [Fact]
    public void TryParse_SerialNumberWithoutTheDeclaration_IsNotADate() =>
        Assert.Equal(DateError.Invalid, Parse("41276", DateOrder.DayMonthYear).Error);
}
