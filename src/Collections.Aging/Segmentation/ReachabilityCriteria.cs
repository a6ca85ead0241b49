using System.Collections.Immutable;

namespace Collections.Aging;

/// <summary>Segment criteria on reachability; every part left null (or empty) matches any account.</summary>
public sealed record ReachabilityCriteria
{
    /// <summary>Requires one of these contact-point availabilities; empty for any.</summary>
    public ImmutableArray<ContactPointAvailability> Availability { get; init; } = [];

    /// <summary>Requires the smoothed right-party contact rate in this band; an account without an estimate does not match.</summary>
    public RateBand? SmoothedRightPartyContactRate { get; init; }

    /// <summary>Whether the criteria hold for an account's reachability.</summary>
    /// <param name="reachability">The account's reachability estimate.</param>
    /// <returns><see langword="true"/> when every criterion given holds.</returns>
    public bool Matches(ReachabilityEstimate reachability)
    {
        ArgumentNullException.ThrowIfNull(reachability);
        return (Availability.IsDefaultOrEmpty || Availability.Contains(reachability.Signals.Availability))
            && (SmoothedRightPartyContactRate is not { } band || (reachability.SmoothedRate is { } rate && band.Contains(rate)));
    }

    internal bool IsEmpty => Availability.IsDefaultOrEmpty && SmoothedRightPartyContactRate is null;

    internal void Validate(string owner, List<string> violations) => SmoothedRightPartyContactRate?.Validate(owner, violations);
}
