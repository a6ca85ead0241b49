using System.Collections.Immutable;
using Collections.Core.TimeZones;

namespace Collections.Core.Tests.TimeZones;

public sealed class DebtorTimeZonesTests
{
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
    private static readonly DateTimeZone Dubai = DateTimeZoneProviders.Tzdb["Asia/Dubai"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    [Fact]
    public void Resolve_StoredZone_WinsOverAddressAndPhone()
    {
        var candidates = DebtorTimeZones.FromZones(Dubai, [Riyadh], [NewYork, London], Riyadh);

        Assert.Equal(TimeZoneBasis.Stored, candidates.Basis);
        Assert.Equal([Dubai], candidates.Zones);
    }

    [Fact]
    public void Resolve_NoStoredZone_TheAddressZonesWin()
    {
        var candidates = DebtorTimeZones.FromZones(null, [Riyadh], [NewYork]);

        Assert.Equal(TimeZoneBasis.Address, candidates.Basis);
        Assert.Equal([Riyadh], candidates.Zones);
    }

    [Fact]
    public void Resolve_NeitherStoredNorAddress_EveryPhoneZoneDistinctAndOrdered()
    {
        var candidates = DebtorTimeZones.FromZones(null, [], [NewYork, London, NewYork, Riyadh]);

        Assert.Equal(TimeZoneBasis.PhoneNumber, candidates.Basis);
        Assert.Equal(["America/New_York", "Asia/Riyadh", "Europe/London"], candidates.Zones.Select(z => z.Id));
        Assert.True(candidates.IsKnown);
    }

    [Fact]
    public void Resolve_NothingKnown_TheCreditorsZoneOrUnknown()
    {
        var withCreditor = DebtorTimeZones.FromZones(null, null, [], Riyadh);
        var without = DebtorTimeZones.FromZones(null, null, null);

        Assert.Equal(TimeZoneBasis.CreditorDefault, withCreditor.Basis);
        Assert.Equal([Riyadh], withCreditor.Zones);
        Assert.Equal(TimeZoneBasis.Unknown, without.Basis);
        Assert.Empty(without.Zones);
        Assert.False(without.IsKnown);
    }

    [Fact]
    public void Resolve_ZoneListWithNull_Refused() =>
        Assert.Throws<ArgumentException>(() => DebtorTimeZones.FromZones(null, [Riyadh, null!], null));

    [Fact]
    public void Resolve_DebtorWithStoredZone_StoredZoneWithoutAskingThePhoneSource()
    {
        var phones = new FixedPhoneZones();
        var debtor = Debtor(Dubai, ("+12125550100", ContactPointStatus.Valid));

        var candidates = DebtorTimeZones.Resolve(debtor, phones, "SA");

        Assert.Equal(TimeZoneBasis.Stored, candidates.Basis);
        Assert.Equal([Dubai], candidates.Zones);
        Assert.Equal(0, phones.Calls);
    }

    [Fact]
    public void Resolve_DebtorWithAddressInSaudiArabiaAndAUsPhone_TheAddressWins()
    {
        var debtor = Debtor(null, ("+12125550100", ContactPointStatus.Valid));

        var candidates = DebtorTimeZones.Resolve(debtor, new FixedPhoneZones(), "sa");

        Assert.Equal(TimeZoneBasis.Address, candidates.Basis);
        Assert.Equal([Riyadh], candidates.Zones);
    }

    [Fact]
    public void Resolve_DebtorWithoutAddress_EveryUsablePhoneNumberCounts()
    {
        var debtor = Debtor(
            null,
            ("+966551234567", ContactPointStatus.Valid),
            ("+12125550100", ContactPointStatus.Valid),
            ("+447911123456", ContactPointStatus.Invalid));

        var candidates = DebtorTimeZones.Resolve(debtor, new FixedPhoneZones(), addressCountryCode: null, creditorZone: Riyadh);

        Assert.Equal(TimeZoneBasis.PhoneNumber, candidates.Basis);
        Assert.Equal(["America/New_York", "Asia/Riyadh"], candidates.Zones.Select(z => z.Id));
    }

    [Fact]
    public void Resolve_DebtorWithUnknownCountryAndNoPhone_TheCreditorsZone()
    {
        var candidates = DebtorTimeZones.Resolve(Debtor(null), new FixedPhoneZones(), "XX", Riyadh);

        Assert.Equal(TimeZoneBasis.CreditorDefault, candidates.Basis);
        Assert.Equal("The creditor's time zone (the debtor's is unknown)", candidates.Basis.Title.English);
        Assert.Equal("المنطقة الزمنية للجهة الدائنة (منطقة المدين غير معروفة)", candidates.Basis.Title.Arabic);
    }

    [Fact]
    public void InMemoryPhoneNumberTimeZoneSource_FixedAnswers_DistinctOrderedAndNoneForOtherNumbers()
    {
        var source = new Core.InMemory.InMemoryPhoneNumberTimeZoneSource(new Dictionary<string, IReadOnlyList<DateTimeZone>>
        {
            ["+447911123456"] = [London, DateTimeZoneProviders.Tzdb["Europe/Jersey"], London],
        });

        Assert.Equal(["Europe/Jersey", "Europe/London"], source.FindZones("+447911123456").Select(z => z.Id));
        Assert.Empty(source.FindZones("+966551234567"));
        Assert.Throws<ArgumentException>(() => new Core.InMemory.InMemoryPhoneNumberTimeZoneSource(
            new Dictionary<string, IReadOnlyList<DateTimeZone>> { ["+1"] = [null!] }));
    }

    [Theory]
    [InlineData("SA", new[] { "Asia/Riyadh" })]
    [InlineData("sa", new[] { "Asia/Riyadh" })]
    [InlineData(" AE ", new[] { "Asia/Dubai" })]
    [InlineData("GB", new[] { "Europe/London" })]
    [InlineData("XX", new string[0])]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void CountryTimeZones_FindZones_FromTheTzDatabase(string? country, string[] expected) =>
        Assert.Equal(expected, CountryTimeZones.FindZones(country).Select(z => z.Id));

    [Fact]
    public void CountryTimeZones_UnitedStates_EveryZoneOfZoneTabIncludingHawaiiAndAlaska()
    {
        var zones = CountryTimeZones.FindZones("US").Select(z => z.Id).ToList();

        Assert.Equal(29, zones.Count); // zone.tab in tzdb 2026f lists 29 zones for US.
        Assert.Contains("America/New_York", zones);
        Assert.Contains("America/Phoenix", zones);
        Assert.Contains("Pacific/Honolulu", zones);
        Assert.Equal(zones.Order(StringComparer.Ordinal), zones);
    }

    [Fact]
    public void TimeZoneBasis_EveryBasis_HasEnglishAndArabicTitles() =>
        Assert.All(TimeZoneBasis.All, basis =>
        {
            Assert.False(string.IsNullOrWhiteSpace(basis.Title.English));
            Assert.Matches("[\u0600-\u06FF]", basis.Title.Arabic);
        });

    private static Debtor Debtor(DateTimeZone? zone, params (string Number, ContactPointStatus Status)[] phones) =>
        new(new DebtorId("D-1"))
        {
            TimeZone = zone,
            ContactPoints = [.. phones.Select((p, i) => new ContactPoint(new ContactPointId("P-" + i), ContactPointKind.Mobile, p.Number, p.Status))],
        };

    /// <summary>A phone source with fixed answers (the libphonenumber one is tested in Collections.PhoneNumbers.Tests).</summary>
    private sealed class FixedPhoneZones : IPhoneNumberTimeZoneSource
    {
        private static readonly Dictionary<string, string[]> Zones = new(StringComparer.Ordinal)
        {
            ["+966551234567"] = ["Asia/Riyadh"],
            ["+12125550100"] = ["America/New_York"],
            ["+447911123456"] = ["Europe/London", "Europe/Jersey"],
        };

        public int Calls { get; private set; }

        public IReadOnlyList<DateTimeZone> FindZones(string phoneNumber)
        {
            Calls++;
            return Zones.TryGetValue(phoneNumber, out var ids) ? [.. ids.Select(id => DateTimeZoneProviders.Tzdb[id])] : ImmutableArray<DateTimeZone>.Empty;
        }
    }
}
