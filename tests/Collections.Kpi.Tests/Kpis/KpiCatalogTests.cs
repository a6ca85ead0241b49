using System.Text;
using Collections.TestKit;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>The catalog has one definition per KPI of docs/kpi-definitions.md, in both languages, and docs/kpi-catalog.md is
/// generated from it.</summary>
/// <remarks>To regenerate the document: <c>UPDATE_KPI_CATALOG=1 dotnet test --project tests/Collections.Kpi.Tests -- --filter-class "*KpiCatalogTests"</c>.</remarks>
public sealed class KpiCatalogTests
{
    public static string Generate()
    {
        var catalog = KpiCatalog.Default;
        var text = new StringBuilder();
        text.Append("<!-- Generated from KpiCatalog.Default (src/Collections.Kpi/Kpis/Catalog, texts in src/Collections.Kpi/Text/texts.json) ")
            .Append("by tests/Collections.Kpi.Tests/Kpis/KpiCatalogTests.cs; do not edit by hand. -->\n\n");
        text.Append("# KPI catalog — دليل مؤشرات الأداء\n\n");
        text.Append("Every figure the packages report has one definition, read from `KpiCatalog.Default`. The definitions follow ")
            .Append("[kpi-definitions.md](kpi-definitions.md) (the contract). A zero denominator is n/a, never 0%; rates pooled over ")
            .Append("slices sum numerators and denominators.\n\n");
        text.Append(catalog.ToMarkdown(Language.English)).Append('\n');
        text.Append("<div dir=\"rtl\" lang=\"ar\">\n\n").Append(catalog.ToMarkdown(Language.Arabic)).Append("\n</div>\n");
        return text.ToString();
    }

    [Fact]
    public void Committed_catalog_document_matches_the_catalog()
    {
        var path = RepositoryFiles.PathTo("docs", "kpi-catalog.md");
        var expected = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_KPI_CATALOG") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the test with UPDATE_KPI_CATALOG=1.");
        Assert.True(
            File.ReadAllText(path) == expected,
            "docs/kpi-catalog.md is stale: regenerate it with UPDATE_KPI_CATALOG=1 dotnet test --project tests/Collections.Kpi.Tests -- --filter-class \"*KpiCatalogTests\".");
    }

    [Fact]
    public void Catalog_HasOneDefinitionPerKpiId_InIdOrder()
    {
        Assert.Equal(KpiId.All, KpiCatalog.Default.Definitions.Select(d => d.Id));
    }

    [Fact]
    public void Catalog_CoversEveryRowOfTheContractsTable()
    {
        var contract = File.ReadAllText(RepositoryFiles.PathTo("docs", "kpi-definitions.md"));
        var rows = contract.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| KPI", StringComparison.Ordinal) && !l.StartsWith("| English", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .TakeWhile(name => name != "debt collection")
            .ToList();
        var byRow = new Dictionary<string, KpiId[]>
        {
            ["RPC rate"] = [KpiId.RightPartyContactRate],
            ["contact rate"] = [KpiId.ContactRate],
            ["channel contact rate"] = [KpiId.ChannelContactRate],
            ["penetration (contact coverage)"] = [KpiId.ContactCoverage, KpiId.PayingAccountsRate],
            ["PTP rate"] = [KpiId.PromiseToPayRate],
            ["PTP kept rate"] = [KpiId.PromiseKeptRate, KpiId.PromiseKeptAmountRate, KpiId.PromisePartiallyKeptRate, KpiId.PromiseBrokenRate],
            ["resolution rate"] = [KpiId.ResolutionRate],
            ["cure rate"] = [KpiId.CureRate],
            ["roll rates"] = [KpiId.RollRate, KpiId.ForwardRollRate, KpiId.ForwardRollBalanceRate],
            ["liquidation rate"] = [KpiId.LiquidationRate],
            ["CEI"] = [KpiId.CollectionEffectivenessIndex],
            ["DSO"] = [KpiId.DaysSalesOutstanding],
            ["efficiency"] = [KpiId.AttemptsPerRightPartyContact, KpiId.CostPerUnitCollected, KpiId.AverageHandleTime, KpiId.RightPartyContactsPerAgentHour],
            ["complaint rate"] = [KpiId.ComplaintRate],
        };

        Assert.Equal(byRow.Keys.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        Assert.Equal(KpiId.All.Order(), byRow.Values.SelectMany(ids => ids).Order());
    }

    [Fact]
    public void EveryDefinition_HasTitleDefinitionAndFormulaInEnglishAndArabic()
    {
        Assert.All(KpiCatalog.Default.Definitions, d =>
        {
            foreach (var text in new[] { d.Title, d.Definition, d.Formula })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.English));
                Assert.Contains(text.Arabic, c => c is >= '\u0600' and <= '\u06FF');
            }
        });
    }

    [Fact]
    public void Definitions_UseTheGlossarysArabicTerms()
    {
        Assert.Equal("معدل التواصل مع الطرف المعني", KpiCatalog.Default[KpiId.RightPartyContactRate].Title.Arabic);
        Assert.Equal("معدل معالجة الديون", KpiCatalog.Default[KpiId.ResolutionRate].Title.Arabic);
        Assert.Equal("نسبة الحسابات المعالجة (من متعثرة إلى سليمة)", KpiCatalog.Default[KpiId.CureRate].Title.Arabic);
        Assert.Contains("وعد بالسداد", KpiCatalog.Default[KpiId.PromiseToPayRate].Definition.Arabic, StringComparison.Ordinal);
        Assert.Contains("تم الوفاء", KpiCatalog.Default[KpiId.PromiseKeptRate].Definition.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void Penetration_IsLabelledContactCoverage_AndThePaymentMeaningIsThePayingAccountsRate()
    {
        var coverage = KpiCatalog.Default[KpiId.ContactCoverage];

        Assert.Equal("Contact coverage (penetration)", coverage.Title.English);
        Assert.Contains("paying accounts rate", coverage.Definition.English, StringComparison.Ordinal);
        Assert.Contains("penetration", KpiCatalog.Default[KpiId.PayingAccountsRate].Definition.English, StringComparison.Ordinal);
    }

    [Fact]
    public void AccountLevelKpis_CannotBeBrokenDownByChannelAgentOrTemplate()
    {
        var accountLevel = new[] { KpiId.ContactCoverage, KpiId.PayingAccountsRate, KpiId.ResolutionRate, KpiId.CureRate, KpiId.LiquidationRate };

        Assert.All(accountLevel, id => Assert.All(KpiDimension.All.Where(d => !d.IsAccountLevel), d => Assert.False(KpiCatalog.Default[id].CanBreakDownBy(d))));
    }

    [Fact]
    public void TryGet_ByCode_FindsTheDefinition_UnknownCodeNot()
    {
        Assert.True(KpiCatalog.Default.TryGet("CURE_RATE", out var cure));
        Assert.Equal(KpiId.CureRate, cure.Id);
        Assert.False(KpiCatalog.Default.TryGet("penetration", out _));
    }

    [Fact]
    public void Units_ScaleTheRate()
    {
        var rate = new Rate(3, 12);

        Assert.Equal(25m, new KpiFigure(KpiId.RightPartyContactRate, default, rate, KpiUnit.Percent).Value);
        Assert.Equal(250m, new KpiFigure(KpiId.ComplaintRate, default, rate, KpiUnit.PerThousand).Value);
        Assert.Equal(900m, new KpiFigure(KpiId.RightPartyContactsPerAgentHour, default, rate, KpiUnit.PerHour).Value);
        Assert.Equal(0.25m, new KpiFigure(KpiId.AttemptsPerRightPartyContact, default, rate, KpiUnit.Ratio).Value);
    }

    [Fact]
    public void Codebook_AssignsCodesFromOne_AndLabelsThemBack()
    {
        var builder = new KpiCodebookBuilder();
        var agent = builder.Code(KpiDimension.Agent, "noura.a");
        Assert.Equal(agent, builder.Code(KpiDimension.Agent, "noura.a"));
        var segment = builder.Segment(new SegmentId("hard-to-reach"));
        var account = builder.Account(new AccountId("ACC-9"));
        var codebook = builder.Build();

        Assert.Equal((1, 1, 0), ((int)agent, (int)segment, account));
        Assert.Equal("noura.a", codebook.Label(KpiBreakdownKey.For(KpiDimension.Agent, agent)));
        Assert.Equal("hard-to-reach", codebook.Label(KpiBreakdownKey.For(KpiDimension.Segment, 1)));
        Assert.Equal("31-60", codebook.Label(KpiBreakdownKey.For(AgingBucketSet.Default.Buckets[2])));
        Assert.Equal("الإجمالي", codebook.Label(KpiBreakdownKey.Overall, Language.Arabic));
        Assert.Equal("(not given)", codebook.Label(KpiBreakdownKey.For(KpiDimension.Template, 0)));
        Assert.Equal("#9", codebook.Label(KpiBreakdownKey.For(KpiDimension.Agent, 9)));
        Assert.Equal(new AccountId("ACC-9"), codebook.AccountAt(0));
        Assert.Throws<ArgumentException>(() => builder.Code(KpiDimension.Channel, "call"));
    }
}
