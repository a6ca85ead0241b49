using System.Globalization;
using Collections.Core;
using Collections.Samples.Assessment.Figures;
using NodaTime;

namespace Collections.Samples.Assessment.Onboarding;

/// <summary>The mutual NDA template in Arabic and English (Texts/nda-template.json), filled with the parties' details given to the sample.</summary>
/// <remarks>
/// Always a template for counsel to review (<c>status</c> = <c>template</c>, a banner on the page, bracketed items to
/// complete or confirm). It covers the Saudi Personal Data Protection Law's duties for the portfolio's personal data:
/// purpose limitation, security, breach notification, and return or deletion at the end. Details not given
/// (<c>--collector</c>, <c>--creditor-address</c>, <c>--collector-address</c>) stay as bracketed placeholders.
/// </remarks>
internal static class NdaTemplate
{
    /// <summary>The clauses, in order.</summary>
    public static IReadOnlyList<string> ClauseIds { get; } =
        ["parties", "purpose", "definition", "obligations", "personal_data", "security", "breach", "return_deletion", "exclusions", "compelled", "term", "remedies", "law", "language"];

    private static readonly Lazy<TextCatalog> Catalog =
        new(() => TextCatalog.FromEmbeddedResource(typeof(NdaTemplate).Assembly, "Collections.Samples.Assessment.nda-template.json"));

    public static BilingualText Text(string key) => Catalog.Value[key];

    public static NdaFigure Build(LocalDate asOf, string creditor, OnboardingOptions options)
    {
        var date = asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var hijri = asOf.WithCalendar(CalendarSystem.UmAlQura).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var creditorParty = new NdaPartyFigure(creditor, options.CreditorAddress ?? Text("placeholder.address").English, NameGiven: true, AddressGiven: options.CreditorAddress is not null);
        var collectorParty = new NdaPartyFigure(options.Collector ?? Text("placeholder.collector").English, options.CollectorAddress ?? Text("placeholder.address").English, options.Collector is not null, options.CollectorAddress is not null);

        // Placeholders keep their own language; given names and addresses are the same in both.
        (string English, string Arabic) Value(string? given, string placeholder) =>
            given is not null ? (given, given) : (Text(placeholder).English, Text(placeholder).Arabic);
        var values = new Dictionary<string, (string English, string Arabic)>(StringComparer.Ordinal)
        {
            ["creditor"] = (creditor, creditor),
            ["collector"] = Value(options.Collector, "placeholder.collector"),
            ["creditor_address"] = Value(options.CreditorAddress, "placeholder.address"),
            ["collector_address"] = Value(options.CollectorAddress, "placeholder.address"),
            ["date"] = (date, date),
            ["hijri"] = (hijri, hijri),
        };

        var clauses = ClauseIds.Select(id =>
        {
            var title = Text("clause." + id + ".title");
            var text = Text("clause." + id + ".text");
            return new NdaClauseFigure(id, title.English, title.Arabic, Fill(text.English, values, arabic: false), Fill(text.Arabic, values, arabic: true));
        }).ToList();

        return new NdaFigure("template", date, hijri, creditorParty, collectorParty, clauses);
    }

    /// <summary>A clause as HTML: the template escaped, each filled value isolated (<c>bdi</c>) so that Latin names in
    /// the Arabic text, and Arabic names in the English text, keep their own direction and punctuation.</summary>
    public static (string English, string Arabic) ClauseHtml(string clauseId, NdaFigure nda)
    {
        ArgumentNullException.ThrowIfNull(nda);
        var text = Text("clause." + clauseId + ".text");
        (string, string) Given(NdaPartyFigure party, bool name, string placeholder) =>
            (name ? party.NameGiven : party.AddressGiven) ? Same(name ? party.Name : party.Address) : (Text(placeholder).English, Text(placeholder).Arabic);
        var values = new Dictionary<string, (string English, string Arabic)>(StringComparer.Ordinal)
        {
            ["creditor"] = Same(nda.Creditor.Name),
            ["collector"] = Given(nda.Collector, name: true, "placeholder.collector"),
            ["creditor_address"] = Given(nda.Creditor, name: false, "placeholder.address"),
            ["collector_address"] = Given(nda.Collector, name: false, "placeholder.address"),
            ["date"] = Same(nda.Date),
            ["hijri"] = Same(nda.HijriDate),
        };
        var english = System.Net.WebUtility.HtmlEncode(text.English);
        var arabic = System.Net.WebUtility.HtmlEncode(text.Arabic);
        foreach (var (name, value) in values)
        {
            english = english.Replace("{" + name + "}", "<bdi>" + System.Net.WebUtility.HtmlEncode(value.English) + "</bdi>", StringComparison.Ordinal);
            arabic = arabic.Replace("{" + name + "}", "<bdi>" + System.Net.WebUtility.HtmlEncode(value.Arabic) + "</bdi>", StringComparison.Ordinal);
        }

        return (english, arabic);

        static (string, string) Same(string value) => (value, value);
    }

    private static string Fill(string text, Dictionary<string, (string English, string Arabic)> values, bool arabic)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", arabic ? value.Arabic : value.English, StringComparison.Ordinal);
        }

        return text;
    }
}
