namespace Collections.Core.Tests;

public sealed class DaysPastDueTests
{
    [Theory]
    [InlineData("2026-03-31", "2026-03-31", 0)]   // due today is current
    [InlineData("2026-03-31", "2026-03-30", -1)]  // not yet due
    [InlineData("2026-03-31", "2026-04-30", 30)]  // month end to month end
    [InlineData("2026-01-31", "2026-03-02", 30)]  // across a 28-day February
    [InlineData("2024-02-29", "2024-03-30", 30)]  // due on 29 February of a leap year
    [InlineData("2024-02-29", "2025-02-28", 365)] // a year later, no 29 February
    [InlineData("2023-12-31", "2024-12-31", 366)] // a leap year in between
    public void Between_CountsWholeCalendarDays(string due, string asOf, int expected) =>
        Assert.Equal(expected, DaysPastDue.Between(Date(due), Date(asOf)).Value);

    [Fact]
    public void Between_HijriDates_CountTheSameAsTheirIsoEquivalents()
    {
        var dueHijri = new LocalDate(1447, 10, 1, CalendarSystem.UmAlQura); // 2026-03-20 ISO
        var asOf = new LocalDate(2026, 4, 19);

        Assert.Equal(30, DaysPastDue.Between(dueHijri, asOf).Value);
    }

    [Theory]
    [InlineData(-2, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 150)]
    [InlineData(8, 240)]
    public void FromMonthsPastDue_MapsMonthsToThirtyDaysEach(int months, int expectedDays) =>
        Assert.Equal(expectedDays, DaysPastDue.FromMonthsPastDue(months).Value);

    [Fact]
    public void IsCurrent_ZeroOrLess()
    {
        Assert.True(new DaysPastDue(0).IsCurrent);
        Assert.True(new DaysPastDue(-5).IsCurrent);
        Assert.False(new DaysPastDue(1).IsCurrent);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
