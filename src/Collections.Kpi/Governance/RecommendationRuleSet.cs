using System.Collections.Immutable;

namespace Collections.Kpi.Governance;

/// <summary>A versioned set of next-quarter recommendation rules, evaluated in order.</summary>
/// <remarks>The default set (<see cref="Default"/>) is embedded in the package as JSON
/// (<c>Governance/default-recommendation-rules.json</c>) and read with <see cref="RecommendationRuleSetJson"/>; hosts give
/// their own JSON with other thresholds. Rule ids are unique.</remarks>
public sealed record RecommendationRuleSet
{
    private static readonly Lazy<RecommendationRuleSet> LazyDefault = new(() =>
    {
        using var stream = typeof(RecommendationRuleSet).Assembly.GetManifestResourceStream("Collections.Kpi.default-recommendation-rules.json")
            ?? throw new InvalidOperationException("The embedded default recommendation rules are missing.");
        using var reader = new StreamReader(stream);
        return RecommendationRuleSetJson.Parse(reader.ReadToEnd());
    });

    private RecommendationRuleSet(string version, ImmutableArray<RecommendationRule> rules)
    {
        Version = version;
        Rules = rules;
    }

    /// <summary>The embedded default rule set.</summary>
    public static RecommendationRuleSet Default => LazyDefault.Value;

    /// <summary>The rule set's version, cited with the recommendations.</summary>
    public string Version { get; }

    /// <summary>The rules, in evaluation order.</summary>
    public ImmutableArray<RecommendationRule> Rules { get; }

    /// <summary>Creates a rule set.</summary>
    /// <param name="version">The version (non-empty).</param>
    /// <param name="rules">The rules, ids unique.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentException">The version is empty, a rule is null, or two rules share an id; every repeated id named.</exception>
    public static RecommendationRuleSet Create(string version, IEnumerable<RecommendationRule> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentException("A recommendation rule is null.", nameof(rules));
        }

        var repeated = list.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new ArgumentException("Rule ids must be unique; repeated: " + string.Join(", ", repeated) + ".", nameof(rules));
        }

        return new RecommendationRuleSet(version, [.. list]);
    }
}
