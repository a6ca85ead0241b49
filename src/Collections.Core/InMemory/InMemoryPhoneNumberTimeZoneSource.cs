using System.Collections.Frozen;
using System.Collections.Immutable;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.Core.InMemory;

/// <summary>An <see cref="IPhoneNumberTimeZoneSource"/> with fixed answers, for tests and samples (Collections.PhoneNumbers has the real one).</summary>
public sealed class InMemoryPhoneNumberTimeZoneSource : IPhoneNumberTimeZoneSource
{
    private readonly FrozenDictionary<string, ImmutableArray<DateTimeZone>> _zones;

    /// <summary>Creates the source.</summary>
    /// <param name="zones">The zones of each number (E.164 text, matched exactly); other numbers have none.</param>
    /// <exception cref="ArgumentNullException">The map is null.</exception>
    /// <exception cref="ArgumentException">A number's zone list is null or holds a null.</exception>
    public InMemoryPhoneNumberTimeZoneSource(IReadOnlyDictionary<string, IReadOnlyList<DateTimeZone>> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var invalid = zones.Where(pair => pair.Value is null || pair.Value.Contains(null!)).Select(pair => pair.Key).ToList();
        if (invalid.Count > 0)
        {
            throw new ArgumentException("A number's zone list must not be null or hold a null: " + string.Join(", ", invalid) + ".", nameof(zones));
        }

        _zones = zones.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.DistinctBy(zone => zone.Id, StringComparer.Ordinal).OrderBy(zone => zone.Id, StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The number is null.</exception>
    public IReadOnlyList<DateTimeZone> FindZones(string phoneNumber)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        return _zones.TryGetValue(phoneNumber, out var zones) ? zones : ImmutableArray<DateTimeZone>.Empty;
    }
}
