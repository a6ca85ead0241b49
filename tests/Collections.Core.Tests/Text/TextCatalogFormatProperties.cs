using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Core.Tests.Text;

/// <summary>Rules of <see cref="TextCatalog.Format"/> and <see cref="TextArgument"/>.</summary>
public sealed class TextCatalogFormatProperties
{
    private static readonly TextCatalog Catalog = TextCatalog.Parse("""
        { "line": { "en": "{n} on {date}: {amount}", "ar": "{n} في {date}: {amount}" } }
        """);

    // Cultures whose digits, separators or default calendars differ from the invariant culture's.
    private static readonly string[] Cultures = ["ar-SA", "ar-EG", "fa-IR", "th-TH", "hi-IN", "de-DE", "fr-FR", "en-US", ""];

    [Property]
    public Property Formatting_never_depends_on_the_current_culture()
    {
        var cases =
            from n in ArbMap.Default.GeneratorFor<long>()
            from minorUnits in Gen.Choose(-1_000_000_000, 1_000_000_000)
            from day in Gen.Choose(0, 365 * 40)
            from culture in Gen.Elements(Cultures)
            select (n, minorUnits, Date: new LocalDate(2000, 1, 1).PlusDays(day), culture);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var expected = Format(c.n, c.minorUnits, c.Date, CultureInfo.InvariantCulture);
            var actual = Format(c.n, c.minorUnits, c.Date, CultureInfo.GetCultureInfo(c.culture));
            return actual == expected;
        });
    }

    [Property]
    public bool A_filled_text_holds_each_value_in_both_languages(PositiveInt n, NonNegativeInt day)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(day.Get % 20_000);
        var text = Catalog.Format("line", TextArgument.Of("n", n.Get), TextArgument.Of("date", date), TextArgument.Of("amount", "x"));
        var digits = n.Get.ToString(CultureInfo.InvariantCulture);
        var iso = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return text.English == digits + " on " + iso + ": x" && text.Arabic == digits + " في " + iso + ": x";
    }

    private static BilingualText Format(long n, int minorUnits, LocalDate date, CultureInfo culture)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return Catalog.Format(
                "line",
                TextArgument.Of("n", n),
                TextArgument.Of("date", date),
                TextArgument.Of("amount", Money.FromMinorUnits(minorUnits, Currency.SaudiRiyal)));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
