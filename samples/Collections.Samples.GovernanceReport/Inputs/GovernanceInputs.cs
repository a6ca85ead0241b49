using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Collections.Core;
using Collections.Kpi;
using Collections.Kpi.Governance;
using Collections.Samples.GovernanceReport.Data;
using NodaTime;
using NodaTime.Text;

namespace Collections.Samples.GovernanceReport.Inputs;

/// <summary>What the host supplies beside the facts: the baseline (from the assessment), a target per KPI, the unit cost of
/// an attempt per channel. Read from JSON (<c>--inputs</c>) or the embedded defaults.</summary>
internal sealed record GovernanceInputs(Currency Currency, KpiBaseline Baseline, ImmutableArray<KpiTarget> Targets, ImmutableArray<ChannelCost> ChannelCosts, string Source)
{
    /// <summary>The embedded defaults' file name.</summary>
    public const string DefaultFileName = "governance-inputs.default.json";

    /// <summary>How the embedded defaults are named in the report's JSON.</summary>
    public const string DefaultSource = DefaultFileName + " (embedded)";

    public static GovernanceInputs Default()
    {
        using var stream = typeof(GovernanceInputs).Assembly.GetManifestResourceStream("Collections.Samples.GovernanceReport.governance-inputs.default.json")
            ?? throw new InvalidOperationException("The embedded governance-inputs.default.json is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), DefaultSource);
    }

    /// <summary>The fields of the file and of its baseline; anything else is reported (a misspelt field would otherwise be ignored).</summary>
    private static readonly string[] Fields = ["currency", "baseline", "targets", "channel_costs"];

    private static readonly string[] BaselineFields = ["label", "start", "end", "values"];

    /// <summary>Reads an inputs file as strict UTF-8 (with or without a byte-order mark) and parses it.</summary>
    /// <exception cref="FormatException">The file is not UTF-8 or its content is wrong; the message says which.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<GovernanceInputs> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        return Parse(StrictUtf8.Decode(bytes, file), file);
    }

    /// <summary>Parses the inputs; every problem is listed with its JSON path.</summary>
    /// <exception cref="FormatException">The JSON is malformed or a value is wrong; the message names the path.</exception>
    public static GovernanceInputs Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{source}: $ must be an object with currency, baseline, targets and channel_costs.");
            }

            CheckFields(root, "$", Fields, problems);
            var currency = Currency.SaudiRiyal;
            if (!root.TryGetProperty("currency", out var c) || c.ValueKind != JsonValueKind.String || !Currency.TryFromCode(c.GetString(), out var code))
            {
                problems.Add("$.currency: an ISO 4217 code such as \"SAR\" is required.");
            }
            else if (code != GeneratedCurrency)
            {
                // The generated balances, payments and costs are riyals; a report in another currency would mix units.
                problems.Add($"$.currency: the generated data is in {GeneratedCurrency.Code}, so the inputs must be too (got \"{code.Code}\").");
            }

            var baselineValues = new List<KpiBaselineValue>();
            string label = "baseline";
            DateInterval? period = null;
            if (!root.TryGetProperty("baseline", out var baseline) || baseline.ValueKind != JsonValueKind.Object)
            {
                problems.Add("$.baseline: an object with label, start, end and values is required.");
            }
            else
            {
                CheckFields(baseline, "$.baseline", BaselineFields, problems);
                label = baseline.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(l.GetString())
                    ? l.GetString()!
                    : Problem(problems, "$.baseline.label: a non-empty text is required.", "baseline");
                var start = Date(baseline, "start", "$.baseline.start", problems);
                var end = Date(baseline, "end", "$.baseline.end", problems);
                if (start is { } s && end is { } e)
                {
                    if (e < s)
                    {
                        problems.Add("$.baseline.end: before $.baseline.start.");
                    }
                    else
                    {
                        period = new DateInterval(s, e);
                    }
                }

                foreach (var (id, value) in Values(baseline, "values", "$.baseline.values", problems))
                {
                    baselineValues.Add(new KpiBaselineValue(id, value));
                }
            }

            var targets = new List<KpiTarget>();
            foreach (var (id, value) in Values(root, "targets", "$.targets", problems))
            {
                if (KpiTarget.TryCreate(id, value, out var target, out var problem))
                {
                    targets.Add(target);
                }
                else
                {
                    problems.Add($"$.targets.{id.Code}: {problem}");
                }
            }

            var costs = new List<ChannelCost>();
            if (!root.TryGetProperty("channel_costs", out var channelCosts) || channelCosts.ValueKind != JsonValueKind.Object)
            {
                problems.Add("$.channel_costs: an object with a cost per attempt for each channel code is required.");
            }
            else
            {
                foreach (var property in Properties(channelCosts, "$.channel_costs", problems))
                {
                    var path = "$.channel_costs." + property.Name;
                    if (!Channel.TryFromCode(property.Name, out var channel))
                    {
                        problems.Add($"{path}: not a channel code ({string.Join(", ", Channel.All.Select(ch => ch.Code))}).");
                    }
                    else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var amount) || amount < 0 || !Money.TryOf(amount, currency, out var money))
                    {
                        problems.Add($"{path}: a cost of zero or more with at most {currency.MinorUnitDigits} decimals is required.");
                    }
                    else
                    {
                        costs.Add(new ChannelCost(channel, money));
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new FormatException($"{source}: " + string.Join(Environment.NewLine + "  ", problems));
            }

            return new GovernanceInputs(currency, KpiBaseline.Create(label, baselineValues, period), [.. targets], [.. costs.OrderBy(x => x.Channel.Value)], source);
        }
    }

    /// <summary>The currency of the generated quarter (<see cref="QuarterGenerator"/>).</summary>
    private static Currency GeneratedCurrency => Currency.SaudiRiyal;

    /// <summary>Reports fields not in <paramref name="known"/> and fields given twice (JSON allows both; either would
    /// otherwise be silently dropped).</summary>
    private static void CheckFields(JsonElement element, string path, string[] known, List<string> problems)
    {
        foreach (var property in Properties(element, path, problems))
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"{path}.{property.Name}: unknown field (expected one of: {string.Join(", ", known)}).");
            }
        }
    }

    /// <summary>The object's properties, each name once: a repeated name is reported at its JSON path and left out.</summary>
    private static List<JsonProperty> Properties(JsonElement element, string path, List<string> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        var properties = new List<JsonProperty>();
        foreach (var property in element.EnumerateObject())
        {
            if (seen.Add(property.Name))
            {
                properties.Add(property);
            }
            else if (repeated.Add(property.Name))
            {
                problems.Add($"{path}.{property.Name}: given more than once.");
            }
        }

        return properties;
    }

    private static string Problem(List<string> problems, string problem, string fallback)
    {
        problems.Add(problem);
        return fallback;
    }

    private static LocalDate? Date(JsonElement parent, string name, string path, List<string> problems)
    {
        if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(value.GetString()!) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        problems.Add($"{path}: a date as YYYY-MM-DD is required.");
        return null;
    }

    private static List<(KpiId Id, decimal Value)> Values(JsonElement parent, string name, string path, List<string> problems)
    {
        var values = new List<(KpiId, decimal)>();
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: an object of KPI codes and values is required.");
            return values;
        }

        foreach (var property in Properties(element, path, problems))
        {
            var at = path + "." + property.Name;
            if (!KpiCatalog.Default.TryGet(property.Name, out var definition))
            {
                problems.Add($"{at}: not a KPI of the catalog.");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var v))
            {
                problems.Add($"{at}: a number in the KPI's unit is required (percentages as 25 for 25%).");
            }
            else if (definition.Unit == KpiUnit.Percent && v is < 0 or > 100)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {v} is not a percentage from 0 to 100."));
            }
            else
            {
                values.Add((definition.Id, v));
            }
        }

        return values;
    }
}
