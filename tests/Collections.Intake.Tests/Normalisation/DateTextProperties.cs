using System.Globalization;
using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Intake.Tests.Normalisation;

public sealed class DateTextProperties
{
    private static string Write(LocalDate date, DateOrder order, string separator, bool pad)
    {
        var day = date.Day.ToString(pad ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(pad ? "00" : "0", CultureInfo.InvariantCulture);
        var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        return order == DateOrder.Iso ? year + separator + month + separator + day
            : order == DateOrder.DayMonthYear ? day + separator + month + separator + year
            : month + separator + day + separator + year;
    }

    private static DateError Read(string text, DateOrder order, CalendarSystem calendar, out LocalDate date)
    {
        var flags = NormalisationFlags.None;
        return DateText.TryParse(text, order, calendar, excelSerial: false, out date, ref flags);
    }

    [Property]
    public Property Any_date_written_in_the_declared_order_reads_back_to_itself() =>
        Prop.ForAll(
            (from date in IntakeGenerators.IntakeDate()
             from order in Gen.Elements(DateOrder.All.ToArray())
             from separator in Gen.Elements("/", "-", ".")
             from arabicDigits in Gen.Elements(true, false)
             select (date, order, separator, arabicDigits)).ToArbitrary(),
            sample =>
            {
                var (date, order, separator, arabicDigits) = sample;
                var text = Write(date, order, separator, pad: arabicDigits);
                text = arabicDigits ? IntakeGenerators.ToArabicIndic(text) : text;
                return Read(text, order, CalendarSystem.Iso, out var read) == DateError.None && read == date;
            });

    [Property]
    public Property A_day_first_date_after_the_12th_is_refused_when_read_month_first() =>
        Prop.ForAll(
            IntakeGenerators.IntakeDate().Where(d => d.Day > 12).ToArbitrary(),
            date => Read(Write(date, DateOrder.DayMonthYear, "/", pad: true), DateOrder.MonthDayYear, CalendarSystem.Iso, out _) == DateError.Invalid);

    [Property]
    public Property Excel_serial_numbers_read_as_the_day_they_count_to() =>
        Prop.ForAll(
            Gen.Choose(DayNumber.Of(new LocalDate(1900, 3, 1)), DayNumber.Of(new LocalDate(9999, 12, 31))).Select(DayNumber.ToDate).ToArbitrary(),
            date =>
            {
                // Excel counts from 1899-12-30 from 1900-03-01 on (its phantom 1900-02-29 is serial 60).
                var serial = DayNumber.Of(date) - DayNumber.Of(new LocalDate(1899, 12, 30));
                var flags = NormalisationFlags.None;
                return DateText.TryParse(serial.ToString(CultureInfo.InvariantCulture), DateOrder.Iso, CalendarSystem.Iso, excelSerial: true, out var read, ref flags) == DateError.None
                    && read == date;
            });

    [Property]
    public Property Hijri_dates_convert_to_the_ISO_date_NodaTime_gives() =>
        Prop.ForAll(IntakeGenerators.UmmAlQuraDate().ToArbitrary(), isoDate =>
        {
            var hijri = isoDate.WithCalendar(CalendarSystem.UmAlQura);
            var text = Write(hijri, DateOrder.DayMonthYear, "/", pad: true);
            return Read(text, DateOrder.DayMonthYear, CalendarSystem.UmAlQura, out var read) == DateError.None && read == isoDate;
        });
}
