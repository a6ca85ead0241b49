using System.Globalization;

namespace Collections.Core.Tests;

/// <summary>Guards the test set-up itself: tests run under ar-SA (Umm al-Qura calendar) unless they ask for more cultures.</summary>
public sealed class CultureTests
{
    [Fact]
    public void Tests_run_under_ar_SA_whose_calendar_is_Umm_al_Qura()
    {
        Assert.Equal("ar-SA", CultureInfo.CurrentCulture.Name);
        Assert.IsType<UmAlQuraCalendar>(CultureInfo.CurrentCulture.Calendar);
    }

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Money_and_dates_format_the_same_in_every_culture()
    {
        Assert.Equal("1234.50 SAR", Money.Of(1234.5m, Currency.SaudiRiyal).ToString());
        Assert.Equal(30, DaysPastDue.Between(new LocalDate(2026, 1, 31), new LocalDate(2026, 3, 2)).Value);
        Assert.Equal("45", new DaysPastDue(45).ToString());
    }
}
