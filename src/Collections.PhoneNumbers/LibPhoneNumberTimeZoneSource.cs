using System.Collections.Immutable;
using Collections.Core.TimeZones;
using NodaTime;
using PhoneNumbers;

namespace Collections.PhoneNumbers;

/// <summary>The time zones a phone number may be in, from libphonenumber's time-zone map, as NodaTime tzdb zones.</summary>
/// <remarks>
/// <para>libphonenumber maps a number's prefix to zones: a Saudi mobile (+966 5…) or Riyadh landline to Asia/Riyadh; a US
/// number with an area code to its zone (+1 212 → America/New_York); a number without a place — a US toll-free +1 800 —
/// to every zone of its country calling code (42 zones for +1, the US, Canada and the Caribbean); a UK mobile to London
/// and the three Crown dependencies. All are returned: the policy requires an attempt to be allowed in each.</para>
/// <para>No zone for: text that is not a phone number, a number libphonenumber does not hold valid (for example
/// +1 555 123 4567), and numbers it cannot place (international toll-free +800; its "Etc/Unknown"). A zone id that
/// NodaTime's tzdb does not know would be left out; a test checks that none of the zones of any region's example
/// numbers is.</para>
/// <para>Thread-safe: libphonenumber's utilities are shared singletons and this type holds no state of its own.</para>
/// </remarks>
public sealed class LibPhoneNumberTimeZoneSource : IPhoneNumberTimeZoneSource
{
    private const string UnknownZone = "Etc/Unknown";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberToTimeZonesMapper Zones = PhoneNumberToTimeZonesMapper.GetInstance();

    private readonly string? _defaultRegion;

    /// <summary>Creates a source that reads numbers in E.164 form only (with <c>+</c> and the country code).</summary>
    public LibPhoneNumberTimeZoneSource()
    {
    }

    /// <summary>Creates a source that reads numbers without a country code as numbers of a default region.</summary>
    /// <param name="defaultRegion">An ISO 3166-1 alpha-2 region libphonenumber supports, for example <c>SA</c> (so <c>0551234567</c> is a Saudi mobile).</param>
    /// <exception cref="ArgumentException">The region is not one libphonenumber supports.</exception>
    public LibPhoneNumberTimeZoneSource(string defaultRegion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultRegion);
        var region = defaultRegion.Trim().ToUpperInvariant();
        if (!Numbers.GetSupportedRegions().Contains(region))
        {
            throw new ArgumentException($"'{defaultRegion}' is not a region libphonenumber supports (an ISO 3166-1 alpha-2 code such as SA).", nameof(defaultRegion));
        }

        _defaultRegion = region;
    }

    /// <summary>The region of numbers written without a country code; null when only E.164 numbers are read.</summary>
    public string? DefaultRegion => _defaultRegion;

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The number is null.</exception>
    public IReadOnlyList<DateTimeZone> FindZones(string phoneNumber)
    {
        ArgumentNullException.ThrowIfNull(phoneNumber);
        PhoneNumber number;
        try
        {
            number = Numbers.Parse(phoneNumber, _defaultRegion);
        }
        catch (NumberParseException)
        {
            return ImmutableArray<DateTimeZone>.Empty;
        }

        if (!Numbers.IsValidNumber(number))
        {
            return ImmutableArray<DateTimeZone>.Empty;
        }

        return Zones.GetTimeZonesForNumber(number)
            .Where(id => !string.Equals(id, UnknownZone, StringComparison.Ordinal))
            .Select(DateTimeZoneProviders.Tzdb.GetZoneOrNull)
            .OfType<DateTimeZone>()
            .DistinctBy(zone => zone.Id, StringComparer.Ordinal)
            .OrderBy(zone => zone.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
