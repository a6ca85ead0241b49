using Collections.Core;

namespace Collections.Aging;

/// <summary>What an account must satisfy to be in a segment: age × amount band × behaviour × reachability; parts left null match anything.</summary>
/// <remarks>A segment whose criteria are all empty (<see cref="Any"/>) is a catch-all: every segment set needs one, so every account gets a segment.</remarks>
public sealed record SegmentCriteria
{
    /// <summary>Criteria that match every account (a catch-all).</summary>
    public static SegmentCriteria Any { get; } = new();

    /// <summary>The worst days past due must be in this range.</summary>
    public DaysPastDueRange? Age { get; init; }

    /// <summary>Requires debt (a positive balance) or no debt.</summary>
    public bool? HasDebt { get; init; }

    /// <summary>The debt must be in this band.</summary>
    public AmountBand? Amount { get; init; }

    /// <summary>Criteria on behaviour.</summary>
    public BehaviourCriteria? Behaviour { get; init; }

    /// <summary>Criteria on reachability.</summary>
    public ReachabilityCriteria? Reachability { get; init; }

    /// <summary>Whether the criteria match every account.</summary>
    public bool IsCatchAll =>
        Age is null && HasDebt is null && Amount is null && (Behaviour is null || Behaviour.IsEmpty) && (Reachability is null || Reachability.IsEmpty);

    /// <summary>Whether an account satisfies every criterion given.</summary>
    /// <param name="profile">The account.</param>
    /// <param name="reachability">Its reachability estimate (which depends on its peer group, so it is computed over the portfolio first).</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Matches(AccountProfile profile, ReachabilityEstimate reachability)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(reachability);
        var position = profile.Position;
        return (Age is not { } age || age.Contains(position.WorstDaysPastDue))
            && (HasDebt is not { } debt || position.HasDebt == debt)
            && (Amount is null || Amount.Contains(position.Debt))
            && (Behaviour is null || Behaviour.Matches(profile.Behaviour))
            && (Reachability is null || Reachability.Matches(reachability));
    }

    internal void Validate(string owner, List<string> violations)
    {
        if (Age is { } age)
        {
            RangeChecks.Validate(age, owner, violations);
        }

        Amount?.Validate(owner, violations);
        Behaviour?.Validate(owner, violations);
        Reachability?.Validate(owner, violations);
    }
}
