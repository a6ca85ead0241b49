using Collections.Kpi.Governance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Weeks from a configurable first day and calendar months, as local dates.</summary>
public sealed class GovernancePeriodTests
{
    [Fact]
    public void Containing_WednesdayInASundayWeek_SundayToSaturday()
    {
        var week = GovernancePeriod.Containing(GovernancePeriodKind.Weekly, new LocalDate(2026, 3, 4), IsoDayOfWeek.Sunday);

        Assert.Equal(new LocalDate(2026, 3, 1), week.Start);
        Assert.Equal(new LocalDate(2026, 3, 7), week.End);
        Assert.Equal(7, week.Days);
        Assert.Equal("weekly 2026-03-01..2026-03-07", week.ToString());
    }

    [Fact]
    public void Containing_SundayInAMondayWeek_EndsThatSunday()
    {
        var week = GovernancePeriod.Containing(GovernancePeriodKind.Weekly, new LocalDate(2026, 3, 1), IsoDayOfWeek.Monday);

        Assert.Equal(new LocalDate(2026, 2, 23), week.Start);
        Assert.Equal(new LocalDate(2026, 3, 1), week.End);
    }

    [Fact]
    public void Containing_February2026_TwentyEightDays()
    {
        var month = GovernancePeriod.Containing(GovernancePeriodKind.Monthly, new LocalDate(2026, 2, 14), IsoDayOfWeek.Sunday);

        Assert.Equal((new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28), 28), (month.Start, month.End, month.Days));
    }

    [Fact]
    public void Containing_AnInstantLateInTheUtcDay_IsTheNextDayInRiyadh()
    {
        // 2026-03-07 22:30 UTC is 2026-03-08 01:30 in Riyadh (+03): a Sunday, so the next Saudi week.
        var instant = Instant.FromUtc(2026, 3, 7, 22, 30);

        var week = GovernancePeriod.Containing(GovernancePeriodKind.Weekly, instant, DateTimeZoneProviders.Tzdb["Asia/Riyadh"], IsoDayOfWeek.Sunday);

        Assert.Equal(new LocalDate(2026, 3, 8), week.Start);
    }

    [Fact]
    public void Cut_FirstQuarter2026InSaudiWeeks_FourteenWeeksFrom28December()
    {
        var weeks = GovernancePeriod.Cut(GovernancePeriodKind.Weekly, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), IsoDayOfWeek.Sunday);

        Assert.Equal(14, weeks.Count);
        Assert.Equal(new LocalDate(2025, 12, 28), weeks[0].Start);
        Assert.Equal(new LocalDate(2026, 4, 4), weeks[^1].End);
    }

    [Fact]
    public void Cut_FirstQuarter2026InMonths_ThreeMonths()
    {
        var months = GovernancePeriod.Cut(GovernancePeriodKind.Monthly, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), IsoDayOfWeek.Sunday);

        Assert.Equal([31, 28, 31], months.Select(m => m.Days));
    }

    [Fact]
    public void Containing_HijriDate_Refused()
    {
        var hijri = new LocalDate(1447, 9, 1, CalendarSystem.UmAlQura);

        Assert.Throws<ArgumentException>(() => GovernancePeriod.Containing(GovernancePeriodKind.Weekly, hijri, IsoDayOfWeek.Sunday));
    }

    private static Arbitrary<(LocalDate Start, int Days, IsoDayOfWeek FirstDay, bool Weekly)> Spans() =>
        (from start in Gen.Choose(0, 365 * 40)
         from days in Gen.Choose(0, 400)
         from first in Gen.Choose(1, 7)
         from weekly in Gen.Elements(true, false)
         select (new LocalDate(2000, 1, 1).PlusDays(start), days, (IsoDayOfWeek)first, weekly)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Cut_periods_are_consecutive_whole_periods_that_cover_the_span() =>
        Prop.ForAll(Spans(), x =>
        {
            var kind = x.Weekly ? GovernancePeriodKind.Weekly : GovernancePeriodKind.Monthly;
            var span = new DateInterval(x.Start, x.Start.PlusDays(x.Days));
            var periods = GovernancePeriod.Cut(kind, span, x.FirstDay);
            var consecutive = periods.Zip(periods.Skip(1)).All(p => p.First.End.PlusDays(1) == p.Second.Start);
            var whole = periods.All(p => GovernancePeriod.TryFrom(kind, p.Interval, x.FirstDay, out var same) && same == p);
            var starts = !x.Weekly || periods.All(p => p.Start.DayOfWeek == x.FirstDay && p.Days == 7);
            var months = x.Weekly || periods.All(p => p.Start.Day == 1 && p.End.PlusDays(1).Day == 1);
            return consecutive && whole && starts && months && periods[0].Start <= span.Start && span.End <= periods[^1].End
                && periods[0].End >= span.Start && periods[^1].Start <= span.End;
        });
}
