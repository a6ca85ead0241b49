using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core.TimeZones;

/// <summary>The time zones a debtor may be in and where they came from; an attempt must be allowed in every one of them.</summary>
public sealed record TimeZoneCandidates
{
    internal TimeZoneCandidates(TimeZoneBasis basis, ImmutableArray<DateTimeZone> zones)
    {
        Basis = basis;
        Zones = zones;
    }

    /// <summary>Where the zones came from.</summary>
    public TimeZoneBasis Basis { get; }

    /// <summary>The zones, distinct and ordered by id (one for a stored zone); empty when unknown.</summary>
    public ImmutableArray<DateTimeZone> Zones { get; }

    /// <summary>Whether at least one zone was found.</summary>
    public bool IsKnown => !Zones.IsDefaultOrEmpty;
}
