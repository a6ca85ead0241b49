namespace Collections.Kpi.Tests.Text;

public sealed class KpiTextsTests
{
    [Fact]
    public void Catalog_EveryKeyHasEnglishAndArabic()
    {
        var keys = KpiTexts.Catalog.Keys.ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            var text = KpiTexts.Catalog[k];
            Assert.False(string.IsNullOrWhiteSpace(text.English));
            Assert.Contains(text.Arabic, c => c is >= '\u0600' and <= '\u06FF'); // Arabic script, not a copy of the English
        });
    }

    [Fact]
    public void Catalog_UsesTheBriefsArabicTerms()
    {
        Assert.Equal("نسبة الحسابات المعالجة (من متعثرة إلى سليمة)", KpiTexts.Catalog["kpi.cure_rate"].Arabic);
        Assert.Equal("معدل انتقال التأخر بين الفترات", KpiTexts.Catalog["kpi.roll_rate"].Arabic);
        Assert.Contains("الذمم المدينة", KpiTexts.Catalog["ledger.closing_receivables"].Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void For_EachUnit_NamesIt()
    {
        Assert.Equal("Accounts", KpiTexts.For(RollRateUnit.Account).English);
        Assert.Equal("البنود (الفواتير)", KpiTexts.For(RollRateUnit.Item).Arabic);
        Assert.Throws<ArgumentOutOfRangeException>(() => KpiTexts.For((RollRateUnit)7));
    }
}
