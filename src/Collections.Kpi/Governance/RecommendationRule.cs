using System.Collections.Immutable;
using System.Globalization;

namespace Collections.Kpi.Governance;

/// <summary>One next-quarter recommendation rule as data: an id, a kind and the kind's thresholds.</summary>
/// <remarks>Read from JSON by <see cref="RecommendationRuleSetJson"/> or created with <see cref="Create"/>; every threshold
/// of the kind is required and checked against its range (<see cref="RecommendationKind.Parameters"/>).</remarks>
public sealed record RecommendationRule
{
    private RecommendationRule(string id, RecommendationKind kind, ImmutableSortedDictionary<string, decimal> parameters)
    {
        Id = id;
        Kind = kind;
        Parameters = parameters;
    }

    /// <summary>The rule's id, unique in its rule set (cited by every recommendation it makes).</summary>
    public string Id { get; }

    /// <summary>What the rule looks for.</summary>
    public RecommendationKind Kind { get; }

    /// <summary>The thresholds by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, decimal> Parameters { get; }

    /// <summary>Creates a rule, checking its thresholds.</summary>
    /// <param name="id">The id (non-empty, no surrounding white space).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="parameters">Every threshold of the kind, by name.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is empty, a threshold is missing, unknown, out of range or not a whole
    /// number where one is needed; every violation listed.</exception>
    public static RecommendationRule Create(string id, RecommendationKind kind, IReadOnlyDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(parameters);
        var violations = Check(id, kind, parameters);
        if (violations.Count > 0)
        {
            throw new ArgumentException($"Recommendation rule '{id}' ({kind.Code}): " + string.Join("; ", violations) + ".", nameof(parameters));
        }

        return new RecommendationRule(id, kind, parameters.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>A threshold's value.</summary>
    /// <param name="name">The threshold's name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule has no such threshold.</exception>
    public decimal Parameter(string name) =>
        Parameters.TryGetValue(name, out var value) ? value : throw new ArgumentException($"Rule '{Id}' ({Kind.Code}) has no threshold '{name}'.", nameof(name));

    /// <summary>The rule in the invariant culture.</summary>
    /// <returns>For example <c>roll-rise (roll_rate_rise: minimumAccounts=30, minimumRisePoints=2)</c>.</returns>
    public override string ToString() =>
        $"{Id} ({Kind.Code}: {string.Join(", ", Parameters.Select(p => p.Key + "=" + p.Value.ToString(CultureInfo.InvariantCulture)))})";

    /// <summary>Every violation of a rule's id and thresholds, each naming the threshold (empty when valid).</summary>
    internal static List<(string Field, string Message)> Violations(string? id, RecommendationKind kind, IReadOnlyDictionary<string, decimal> parameters)
    {
        var list = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(id) || id.Trim() != id)
        {
            list.Add(("id", $"'{id}' is not an id (non-empty, no leading or trailing white space)"));
        }

        foreach (var p in kind.Parameters)
        {
            if (!parameters.TryGetValue(p.Name, out var value))
            {
                list.Add((p.Name, "is required"));
            }
            else if (value < p.Minimum || value > p.Maximum)
            {
                list.Add((p.Name, string.Create(CultureInfo.InvariantCulture, $"must be from {p.Minimum} to {p.Maximum} (got {value})")));
            }
            else if (p.IsWholeNumber && decimal.Truncate(value) != value)
            {
                list.Add((p.Name, string.Create(CultureInfo.InvariantCulture, $"must be a whole number (got {value})")));
            }
        }

        foreach (var name in parameters.Keys.Where(n => !kind.Parameters.Any(p => p.Name == n)).Order(StringComparer.Ordinal))
        {
            list.Add((name, $"is not a threshold of {kind.Code} (it takes: {string.Join(", ", kind.Parameters.Select(p => p.Name))})"));
        }

        return list;
    }

    private static List<string> Check(string? id, RecommendationKind kind, IReadOnlyDictionary<string, decimal> parameters) =>
        [.. Violations(id, kind, parameters).Select(v => v.Field + " " + v.Message)];
}
