using System.Collections.Immutable;
using NodaTime;

namespace Collections.Core.TimeZones;

/// <summary>Finds the time zones a debtor may be in: the stored zone wins, else the address's zones, else the phone numbers' zones.</summary>
/// <remarks>
/// The convention of docs/kpi-definitions.md (BRIEF, "Conventions"): a zone stored on the debtor wins; else the zones of
/// the address; else the zones of the phone number; when several zones are possible, an attempt must be allowed in all of
/// them. So every candidate is returned, never a guess at the likeliest. When nothing gives a zone, the creditor's zone is
/// used if given (the creditor's local day is the default elsewhere too), else the result is unknown and the caller
/// decides (a cautious policy refuses).
/// </remarks>
public static class DebtorTimeZones
{
    /// <summary>Applies the convention to zones already found.</summary>
    /// <param name="storedZone">The zone stored on the debtor, if any.</param>
    /// <param name="addressZones">The zones of the debtor's address (for example <see cref="CountryTimeZones.FindZones"/>), if any.</param>
    /// <param name="phoneZones">The zones of the debtor's phone numbers (from <see cref="IPhoneNumberTimeZoneSource"/>), if any.</param>
    /// <param name="creditorZone">The creditor's zone, used only when the others give none.</param>
    /// <returns>The candidates and their basis.</returns>
    /// <exception cref="ArgumentException">A zone list holds a null.</exception>
    public static TimeZoneCandidates FromZones(
        DateTimeZone? storedZone, IEnumerable<DateTimeZone>? addressZones, IEnumerable<DateTimeZone>? phoneZones, DateTimeZone? creditorZone = null)
    {
        if (storedZone is not null)
        {
            return new TimeZoneCandidates(TimeZoneBasis.Stored, [storedZone]);
        }

        var fromAddress = Distinct(addressZones, nameof(addressZones));
        if (fromAddress.Length > 0)
        {
            return new TimeZoneCandidates(TimeZoneBasis.Address, fromAddress);
        }

        var fromPhones = Distinct(phoneZones, nameof(phoneZones));
        if (fromPhones.Length > 0)
        {
            return new TimeZoneCandidates(TimeZoneBasis.PhoneNumber, fromPhones);
        }

        return creditorZone is not null
            ? new TimeZoneCandidates(TimeZoneBasis.CreditorDefault, [creditorZone])
            : new TimeZoneCandidates(TimeZoneBasis.Unknown, []);
    }

    /// <summary>Applies the convention to a debtor: its stored zone, else its address's country, else every usable phone number it has.</summary>
    /// <param name="debtor">The debtor.</param>
    /// <param name="phoneNumbers">Where the phone numbers' zones come from.</param>
    /// <param name="addressCountryCode">The ISO 3166-1 alpha-2 country of the debtor's address, if known.</param>
    /// <param name="creditorZone">The creditor's zone, used only when the others give none.</param>
    /// <returns>The candidates and their basis.</returns>
    /// <remarks>All the debtor's usable (valid) mobile and landline numbers count, since the debtor may be where any of them is.</remarks>
    /// <exception cref="ArgumentNullException">The debtor or the phone source is null.</exception>
    public static TimeZoneCandidates Resolve(Debtor debtor, IPhoneNumberTimeZoneSource phoneNumbers, string? addressCountryCode = null, DateTimeZone? creditorZone = null)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        if (debtor.TimeZone is not null)
        {
            return FromZones(debtor.TimeZone, null, null, creditorZone);
        }

        var addressZones = CountryTimeZones.FindZones(addressCountryCode);
        var phoneZones = addressZones.Count > 0
            ? []
            : debtor.ContactPoints
                .Where(point => point.IsUsable && (point.Kind == ContactPointKind.Mobile || point.Kind == ContactPointKind.Landline))
                .SelectMany(point => phoneNumbers.FindZones(point.Value));
        return FromZones(null, addressZones, phoneZones, creditorZone);
    }

    private static ImmutableArray<DateTimeZone> Distinct(IEnumerable<DateTimeZone>? zones, string parameterName)
    {
        if (zones is null)
        {
            return [];
        }

        var list = zones.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("A list of time zones must not hold a null.", parameterName);
        }

        return [.. list.DistinctBy(zone => zone.Id, StringComparer.Ordinal).OrderBy(zone => zone.Id, StringComparer.Ordinal)];
    }
}
