using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using NodaTime.TimeZones;

namespace Collections.Core.TimeZones;

/// <summary>The time zones of a country, from the tz database's <c>zone.tab</c> (the address variant of finding a debtor's zone).</summary>
/// <remarks>
/// From NodaTime's bundled tzdb (<see cref="TzdbDateTimeZoneSource.ZoneLocations"/>): Saudi Arabia (SA) has one zone,
/// Asia/Riyadh; the United States (US) 29. When the address gives only the country, every zone of it is a candidate;
/// a host that geocodes addresses passes its own zones to <see cref="DebtorTimeZones.FromZones"/>.
/// </remarks>
public static class CountryTimeZones
{
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<DateTimeZone>>> LazyByCountry = new(Load);

    /// <summary>The zones of a country.</summary>
    /// <param name="countryCode">An ISO 3166-1 alpha-2 code, for example <c>SA</c> (any case).</param>
    /// <returns>The zones, ordered by id; empty for a code the tz database does not list.</returns>
    public static IReadOnlyList<DateTimeZone> FindZones(string? countryCode) =>
        countryCode is not null && LazyByCountry.Value.TryGetValue(countryCode.Trim().ToUpperInvariant(), out var zones) ? zones : [];

    private static FrozenDictionary<string, ImmutableArray<DateTimeZone>> Load()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var provider = DateTimeZoneProviders.Tzdb;
        return (source.ZoneLocations ?? [])
            .GroupBy(location => location.CountryCode, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.Select(location => provider.GetZoneOrNull(location.ZoneId))
                    .OfType<DateTimeZone>()
                    .DistinctBy(zone => zone.Id, StringComparer.Ordinal)
                    .OrderBy(zone => zone.Id, StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal);
    }
}
