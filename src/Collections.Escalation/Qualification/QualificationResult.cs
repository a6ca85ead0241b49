using System.Collections.Immutable;

namespace Collections.Escalation;

/// <summary>Whether an account qualifies for legal escalation: every rule with its answer in words, and the evidence they were applied to.</summary>
/// <remarks>Not qualifying is an answer, not an error: <see cref="Unmet"/> says which rules failed and why.</remarks>
public sealed record QualificationResult
{
    /// <summary>Creates a result from one check per criterion.</summary>
    /// <param name="evidence">The evidence the rules were applied to.</param>
    /// <param name="checks">One check for each <see cref="QualificationCriterion"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A criterion is missing or checked twice.</exception>
    public QualificationResult(EscalationEvidence evidence, IEnumerable<QualificationCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(checks);
        var list = checks.OrderBy(c => c.Criterion.Value).ToImmutableArray();
        if (!list.Select(c => c.Criterion).SequenceEqual(QualificationCriterion.All))
        {
            throw new ArgumentException(
                "A qualification result needs exactly one check per criterion (" + string.Join(", ", QualificationCriterion.All.Select(c => c.Code))
                + "); got " + string.Join(", ", list.Select(c => c.Criterion.Code)) + ".",
                nameof(checks));
        }

        Evidence = evidence;
        Checks = list;
    }

    /// <summary>The evidence the rules were applied to.</summary>
    public EscalationEvidence Evidence { get; }

    /// <summary>One check per criterion, in the criteria's order.</summary>
    public ImmutableArray<QualificationCheck> Checks { get; }

    /// <summary>Whether every rule is met.</summary>
    public bool IsQualified => Checks.All(c => c.IsMet);

    /// <summary>The rules not met, with why.</summary>
    public IEnumerable<QualificationCheck> Unmet => Checks.Where(c => !c.IsMet);
}
