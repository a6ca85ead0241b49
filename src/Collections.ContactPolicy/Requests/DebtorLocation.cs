using System.Collections.Immutable;
using Collections.Core;
using Collections.Core.TimeZones;
using NodaTime;

namespace Collections.ContactPolicy;

/// <summary>What is known of where a debtor is: the debtor (stored zone, phone numbers) and the address (its country, or zones the host geocoded).</summary>
public sealed record DebtorLocation
{
    /// <summary>Creates a location.</summary>
    /// <param name="debtor">The debtor, with its stored zone (if any) and contact points.</param>
    /// <exception cref="ArgumentNullException">The debtor is null.</exception>
    public DebtorLocation(Debtor debtor)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        Debtor = debtor;
    }

    /// <summary>The debtor, with its stored zone (if any) and contact points.</summary>
    public Debtor Debtor { get; }

    /// <summary>The ISO 3166-1 alpha-2 country of the address (for example <c>SA</c>), if known: its tz database zones are the address's zones.</summary>
    public string? AddressCountryCode { get; init; }

    /// <summary>The address's zones when the host geocoded it (they win over the country's zones).</summary>
    public ImmutableArray<DateTimeZone> AddressZones
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>The candidate zones by BRIEF's convention: stored zone, else address, else every phone number's zones, else the creditor's zone.</summary>
    /// <param name="phoneNumbers">Where phone numbers' zones come from.</param>
    /// <param name="creditorZone">The creditor's zone, the last resort.</param>
    /// <returns>The candidates and their basis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TimeZoneCandidates Resolve(IPhoneNumberTimeZoneSource phoneNumbers, DateTimeZone creditorZone)
    {
        ArgumentNullException.ThrowIfNull(phoneNumbers);
        ArgumentNullException.ThrowIfNull(creditorZone);
        return AddressZones.IsEmpty || Debtor.TimeZone is not null
            ? DebtorTimeZones.Resolve(Debtor, phoneNumbers, AddressCountryCode, creditorZone)
            : DebtorTimeZones.FromZones(null, AddressZones, null, creditorZone);
    }
}
