using System.Collections.Immutable;

namespace Collections.Kpi.Governance;

/// <summary>A recommendation rule set's JSON was refused; every violation is listed with its JSON path.</summary>
public sealed class RecommendationRuleSetException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">What was read, for example <c>recommendation rules (JSON)</c> or a file's path.</param>
    /// <param name="violations">Every violation.</param>
    public RecommendationRuleSetException(string source, IEnumerable<RecommendationRuleViolation> violations)
        : this(source, [.. violations ?? throw new ArgumentNullException(nameof(violations))])
    {
    }

    private RecommendationRuleSetException(string source, ImmutableArray<RecommendationRuleViolation> violations)
        : base($"The {source} cannot be used: " + string.Join("; ", violations) + ".") => Violations = violations;

    /// <summary>Every violation, in the order found.</summary>
    public ImmutableArray<RecommendationRuleViolation> Violations { get; }
}
