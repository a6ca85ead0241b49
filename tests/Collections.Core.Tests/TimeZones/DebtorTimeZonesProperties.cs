using Collections.Core.TimeZones;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Core.Tests.TimeZones;

public sealed class DebtorTimeZonesProperties
{
    private static readonly DateTimeZone[] Zones =
        [.. new[] { "Asia/Riyadh", "Asia/Dubai", "Asia/Kuwait", "America/New_York", "America/Phoenix", "Europe/London", "Pacific/Honolulu" }.Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static Gen<DateTimeZone[]> ZoneList() => Gen.Elements(Zones).ArrayOf();

    private static Gen<DateTimeZone?> MaybeZone() => Gen.OneOf(Gen.Constant<DateTimeZone?>(null), Gen.Elements(Zones).Select(z => (DateTimeZone?)z));

    [Property(MaxTest = 300)]
    public Property A_stored_zone_always_wins_alone() =>
        Prop.ForAll(Gen.Elements(Zones).ToArbitrary(), ZoneList().ToArbitrary(), ZoneList().Zip(MaybeZone()).ToArbitrary(), (stored, address, rest) =>
        {
            var candidates = DebtorTimeZones.FromZones(stored, address, rest.Item1, rest.Item2);
            return candidates.Basis == TimeZoneBasis.Stored && candidates.Zones.SequenceEqual([stored]);
        });

    [Property(MaxTest = 300)]
    public Property Without_a_stored_zone_the_first_source_that_gives_a_zone_gives_all_of_its_zones() =>
        Prop.ForAll(ZoneList().ToArbitrary(), ZoneList().ToArbitrary(), MaybeZone().ToArbitrary(), (address, phone, creditor) =>
        {
            var candidates = DebtorTimeZones.FromZones(null, address, phone, creditor);
            var (basis, expected) = address.Length > 0 ? (TimeZoneBasis.Address, address)
                : phone.Length > 0 ? (TimeZoneBasis.PhoneNumber, phone)
                : creditor is not null ? (TimeZoneBasis.CreditorDefault, [creditor])
                : (TimeZoneBasis.Unknown, []);
            return candidates.Basis == basis
                && candidates.Zones.Select(z => z.Id).SequenceEqual(expected.Select(z => z.Id).Distinct().Order(StringComparer.Ordinal));
        });
}
