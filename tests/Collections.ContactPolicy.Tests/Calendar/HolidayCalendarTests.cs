using System.Globalization;

namespace Collections.ContactPolicy.Tests.Calendar;

/// <summary>
/// The Saudi calendar's Eid dates for 2026 and 2027 from the Umm al-Qura calendar. Expected dates were read from
/// .NET's own System.Globalization.UmAlQuraCalendar (a separate implementation of the same table): 1447: 1 Ramadan =
/// 2026-02-18, 29 Ramadan = 2026-03-18, Ramadan has 30 days, 1 Shawwal = 2026-03-20, 9 Dhu al-Hijjah = 2026-05-26;
/// 1448: 29 Ramadan = 2027-03-08, Ramadan has 29 days, 1 Shawwal = 2027-03-09, 9 Dhu al-Hijjah = 2027-05-15.
/// Defaults: Eid al-Fitr 4 days from the day after 29 Ramadan; Eid al-Adha 4 days from 9 Dhu al-Hijjah.
/// </summary>
public sealed class HolidayCalendarTests
{
    private static readonly HolidayCalendar Saudi = HolidayCalendar.Saudi;

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData(2026, 3, 19, 2026, 3, 22)] // 30 Ramadan 1447 (the day after 29 Ramadan) to 3 Shawwal
    [InlineData(2027, 3, 9, 2027, 3, 12)]  // 1 Shawwal 1448 (Ramadan 1448 has 29 days) to 4 Shawwal
    public void IsHoliday_EidAlFitr_FourDaysFromTheDayAfter29Ramadan(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var first = new LocalDate(y1, m1, d1);
        var last = new LocalDate(y2, m2, d2);

        Assert.False(Saudi.IsHoliday(first.PlusDays(-1), out _));
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            Assert.True(Saudi.IsHoliday(date, out var occurrence), date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal("eid_al_fitr", occurrence.Id?.Value);
            Assert.Equal("عيد الفطر", occurrence.Name.Arabic);
            Assert.Equal((first, last), (occurrence.Start, occurrence.End));
            Assert.False(occurrence.IsAnnounced);
        }

        Assert.False(Saudi.IsHoliday(last.PlusDays(1), out _));
    }

    [CulturedTheory(["ar-SA", "", "en-US"])]
    [InlineData(2026, 5, 26, 2026, 5, 29)] // 9 (Day of Arafah) to 12 Dhu al-Hijjah 1447; Eid day 10 = 2026-05-27
    [InlineData(2027, 5, 15, 2027, 5, 18)] // 9 to 12 Dhu al-Hijjah 1448; Eid day 10 = 2027-05-16
    public void IsHoliday_EidAlAdha_FourDaysFromTheDayOfArafah(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var first = new LocalDate(y1, m1, d1);
        var last = new LocalDate(y2, m2, d2);

        Assert.False(Saudi.IsHoliday(first.PlusDays(-1), out _));
        Assert.True(Saudi.IsHoliday(first, out var occurrence));
        Assert.Equal("eid_al_adha", occurrence.Id?.Value);
        Assert.Equal((first, last), (occurrence.Start, occurrence.End));
        Assert.True(Saudi.IsHoliday(last, out _));
        Assert.False(Saudi.IsHoliday(last.PlusDays(1), out _));
    }

    [Fact]
    public void IsHoliday_TheEidDaysThemselves_AreInsideTheHolidays()
    {
        // 1 Shawwal and 10 Dhu al-Hijjah in NodaTime's Umm al-Qura calendar, converted to ISO.
        var fitr1447 = new LocalDate(1447, 10, 1, CalendarSystem.UmAlQura).WithCalendar(CalendarSystem.Iso);
        var adha1448 = new LocalDate(1448, 12, 10, CalendarSystem.UmAlQura).WithCalendar(CalendarSystem.Iso);

        Assert.Equal(new LocalDate(2026, 3, 20), fitr1447);
        Assert.Equal(new LocalDate(2027, 5, 16), adha1448);
        Assert.True(Saudi.IsHoliday(fitr1447, out _));
        Assert.True(Saudi.IsHoliday(adha1448, out _));
    }

    [Fact]
    public void IsHoliday_FoundingAndNationalDays_FixedCivilDates()
    {
        Assert.True(Saudi.IsHoliday(new LocalDate(2026, 2, 22), out var founding));
        Assert.Equal("founding_day", founding.Id?.Value);
        Assert.True(Saudi.IsHoliday(new LocalDate(2027, 9, 23), out var national));
        Assert.Equal("اليوم الوطني", national.Name.Arabic);
        Assert.False(Saudi.IsHoliday(new LocalDate(2026, 9, 24), out _));
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Saudi_EveryHijriYear_AgreesWithDotNetsUmAlQuraCalendar()
    {
        // An independent implementation: System.Globalization.UmAlQuraCalendar (1318–1500 AH, like NodaTime's).
        var bcl = new UmAlQuraCalendar();
        var checkedYears = 0;
        for (var year = 1318; year <= 1500; year++)
        {
            var afterRamadan29 = LocalDate.FromDateTime(bcl.ToDateTime(year, 9, 29, 0, 0, 0, 0)).PlusDays(1);
            var arafah = LocalDate.FromDateTime(bcl.ToDateTime(year, 12, 9, 0, 0, 0, 0));

            // Between, not IsHoliday: in some years (1329 AH = 1911) Eid overlaps 23 September.
            Assert.Contains(Saudi.Between(afterRamadan29, afterRamadan29), h => h.Id?.Value == "eid_al_fitr" && h.Start == afterRamadan29 && h.End == afterRamadan29.PlusDays(3));
            Assert.Contains(Saudi.Between(arafah, arafah), h => h.Id?.Value == "eid_al_adha" && h.Start == arafah && h.End == arafah.PlusDays(3));
            checkedYears++;
        }

        Assert.Equal(183, checkedYears);
    }

    [Fact]
    public void IsHoliday_AnnouncedEidAlFitr_ReplacesTheComputedDates()
    {
        // Suppose moon sighting puts 1 Shawwal 1447 a day later than computed and the holiday is announced for 2026-03-20..23.
        AnnouncedPeriod[] announced = [new(new PeriodId("eid_al_fitr"), new LocalDate(2026, 3, 20), 4)];

        Assert.False(Saudi.IsHoliday(new LocalDate(2026, 3, 19), out _, announced));
        Assert.True(Saudi.IsHoliday(new LocalDate(2026, 3, 23), out var occurrence, announced));
        Assert.True(occurrence.IsAnnounced);
        Assert.Equal("Eid al-Fitr", occurrence.Name.English);
        Assert.True(Saudi.IsHoliday(new LocalDate(2026, 3, 19), out _)); // without the announcement, computed dates stand
    }

    [Fact]
    public void IsHoliday_AnnouncedExtraHoliday_AddsADay()
    {
        AnnouncedPeriod[] announced = [new(null, new LocalDate(2026, 6, 1), 1) { Name = new BilingualText("Royal order holiday", "عطلة بأمر ملكي") }];

        Assert.True(Saudi.IsHoliday(new LocalDate(2026, 6, 1), out var occurrence, announced));
        Assert.Null(occurrence.Id);
        Assert.Equal("عطلة بأمر ملكي", occurrence.Name.Arabic);
        Assert.False(Saudi.IsHoliday(new LocalDate(2026, 6, 2), out _, announced));
    }

    [Fact]
    public void Between_Year2026_ListsTheFourHolidaysInOrder()
    {
        var holidays = Saudi.Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        Assert.Equal(
            ["Founding Day 2026-02-22..2026-02-22", "Eid al-Fitr 2026-03-19..2026-03-22", "Eid al-Adha 2026-05-26..2026-05-29", "Saudi National Day 2026-09-23..2026-09-23"],
            holidays.Select(h => h.ToString()));
    }

    [Fact]
    public void With_ACreditorsDayOff_IsAHolidayAndLengthsAreData()
    {
        var calendar = Saudi
            .With(new HolidayDefinition(new PeriodId("company_day"), new BilingualText("Company day", "يوم الشركة"), CalendarPeriod.Once(new LocalDate(2026, 7, 15), 2)))
            .With(new HolidayDefinition(new PeriodId("national_day"), new BilingualText("Saudi National Day", "اليوم الوطني"), CalendarPeriod.Gregorian(9, 23, 2)));

        Assert.True(calendar.IsHoliday(new LocalDate(2026, 7, 16), out _));
        Assert.True(calendar.IsHoliday(new LocalDate(2026, 9, 24), out var national));
        Assert.Equal(new LocalDate(2026, 9, 23), national.Start);
        Assert.False(calendar.Without(new PeriodId("company_day")).IsHoliday(new LocalDate(2026, 7, 16), out _));
    }

    [Fact]
    public void CalendarPeriod_InvalidValues_AreRefusedWithEveryProblem()
    {
        var hijri = Assert.Throws<ArgumentException>(() => CalendarPeriod.Hijri(13, 30, 0));
        Assert.Contains("month", hijri.Message, StringComparison.Ordinal);
        Assert.Contains("30 is not in every month", hijri.Message, StringComparison.Ordinal);
        Assert.Contains("length must be 1 to 366", hijri.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CalendarPeriod.Gregorian(2, 29, 1));
    }
}
