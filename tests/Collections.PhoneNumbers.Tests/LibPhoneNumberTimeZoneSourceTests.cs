using Microsoft.Extensions.DependencyInjection;
using PhoneNumbers;

namespace Collections.PhoneNumbers.Tests;

public sealed class LibPhoneNumberTimeZoneSourceTests
{
    private static readonly LibPhoneNumberTimeZoneSource Source = new();

    [Theory]
    [InlineData("+966551234567")] // STC mobile
    [InlineData("+966112345678")] // Riyadh landline
    [InlineData("+966126543210")] // Jeddah landline: Saudi Arabia has one zone
    public void FindZones_SaudiNumber_Riyadh(string number) =>
        Assert.Equal(["Asia/Riyadh"], Ids(Source.FindZones(number)));

    [Theory]
    [InlineData("+12125550100", "America/New_York")]
    [InlineData("+14155550100", "America/Los_Angeles")]
    [InlineData("+16235550100", "America/Phoenix")]
    public void FindZones_UsNumberWithAnAreaCode_ItsZone(string number, string zone) =>
        Assert.Equal([zone], Ids(Source.FindZones(number)));

    [Theory]
    [InlineData("+18005550100")]
    [InlineData("+18885550100")]
    public void FindZones_UsTollFreeNumber_EveryZoneOfCountryCodeOne(string number)
    {
        var zones = Ids(Source.FindZones(number));

        // libphonenumber-csharp 9.0.43 maps +1 numbers without a place to the 42 zones of the North American Numbering Plan.
        Assert.Equal(42, zones.Count);
        Assert.Contains("America/New_York", zones);
        Assert.Contains("America/Los_Angeles", zones);
        Assert.Contains("America/Anchorage", zones);
        Assert.Contains("America/Adak", zones);
        Assert.Equal(zones.Order(StringComparer.Ordinal), zones);
    }

    [Fact]
    public void FindZones_UkLandline_London() =>
        Assert.Equal(["Europe/London"], Ids(Source.FindZones("+442071838750")));

    [Fact]
    public void FindZones_UkMobile_LondonAndTheCrownDependencies() =>
        Assert.Equal(["Europe/Guernsey", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/London"], Ids(Source.FindZones("+447911123456")));

    [Theory]
    [InlineData("+15551234567")] // 555 is not a valid area code
    [InlineData("+123")]
    [InlineData("+9665")]
    [InlineData("+999123456")] // no such country code
    [InlineData("+80012345678")] // international toll-free: valid, but no place ("Etc/Unknown")
    [InlineData("not a number")]
    [InlineData("")]
    [InlineData("0551234567")] // national form, and no default region given
    public void FindZones_InvalidOrUnplaceableNumber_NoZone(string number) =>
        Assert.Empty(Source.FindZones(number));

    [Fact]
    public void FindZones_NationalFormWithDefaultRegion_ReadAsThatRegion()
    {
        var saudi = new LibPhoneNumberTimeZoneSource("sa");

        Assert.Equal("SA", saudi.DefaultRegion);
        Assert.Equal(["Asia/Riyadh"], Ids(saudi.FindZones("0551234567")));
        Assert.Equal(["America/New_York"], Ids(saudi.FindZones("+12125550100")));
    }

    [Fact]
    public void FindZones_ArabicIndicDigits_ReadLikeAsciiDigits() =>
        Assert.Equal(["Asia/Riyadh"], Ids(Source.FindZones("+٩٦٦٥٥١٢٣٤٥٦٧")));

    [Fact]
    public void Constructor_UnknownRegion_Refused()
    {
        Assert.Throws<ArgumentException>(() => new LibPhoneNumberTimeZoneSource("XX"));
        Assert.Throws<ArgumentException>(() => new LibPhoneNumberTimeZoneSource(" "));
        Assert.Throws<ArgumentNullException>(() => Source.FindZones(null!));
    }

    [Fact]
    public void FindZones_ExampleNumbersOfEveryRegion_NoZoneIsUnknownToNodaTime()
    {
        // Every zone libphonenumber gives for the example numbers (mobile, fixed line, toll-free) of every region it supports
        // must come back as a NodaTime zone: none may be dropped silently for want of a tzdb id.
        var util = PhoneNumberUtil.GetInstance();
        var mapper = PhoneNumberToTimeZonesMapper.GetInstance();
        var checkedNumbers = 0;
        var dropped = new List<string>();
        foreach (var region in util.GetSupportedRegions())
        {
            foreach (var type in new[] { PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE })
            {
                if (util.GetExampleNumberForType(region, type) is not { } example || !util.IsValidNumber(example))
                {
                    continue;
                }

                var e164 = util.Format(example, PhoneNumberFormat.E164);
                var expected = mapper.GetTimeZonesForNumber(example).Where(id => id != "Etc/Unknown").Distinct().ToList();
                var found = Ids(Source.FindZones(e164));
                dropped.AddRange(expected.Where(id => !found.Contains(id)).Select(id => $"{e164}: {id}"));
                checkedNumbers++;
            }
        }

        Assert.True(checkedNumbers > 500, $"only {checkedNumbers} example numbers");
        Assert.Empty(dropped);
    }

    [Fact]
    public async Task FindZones_ManyThreadsAtOnce_SameAnswers()
    {
        string[] numbers = ["+966551234567", "+18005550100", "+447911123456", "+12125550100", "+15551234567"];
        var expected = numbers.Select(n => Ids(Source.FindZones(n))).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(
            () => (i % numbers.Length, Ids(Source.FindZones(numbers[i % numbers.Length]))), TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.Equal(expected[r.Item1], r.Item2));
    }

    [Fact]
    public void DebtorTimeZones_DebtorWithOnlyAUsTollFreeNumber_EveryZoneOfCountryCodeOneIsACandidate()
    {
        var debtor = new Core.Debtor(new Core.DebtorId("D-1"))
        {
            ContactPoints = [new Core.ContactPoint(new Core.ContactPointId("P-1"), Core.ContactPointKind.Landline, "+18005550100", Core.ContactPointStatus.Valid)],
        };

        var candidates = DebtorTimeZones.Resolve(debtor, Source, addressCountryCode: null, creditorZone: DateTimeZoneProviders.Tzdb["Asia/Riyadh"]);

        Assert.Equal(TimeZoneBasis.PhoneNumber, candidates.Basis);
        Assert.Equal(42, candidates.Zones.Length);
    }

    [Fact]
    public void DebtorTimeZones_SaudiAddressAndAUkMobile_TheAddressWins()
    {
        var debtor = new Core.Debtor(new Core.DebtorId("D-1"))
        {
            ContactPoints = [new Core.ContactPoint(new Core.ContactPointId("P-1"), Core.ContactPointKind.Mobile, "+447911123456", Core.ContactPointStatus.Valid)],
        };

        Assert.Equal(["Asia/Riyadh"], Ids(DebtorTimeZones.Resolve(debtor, Source, "SA").Zones));
        Assert.Equal(4, DebtorTimeZones.Resolve(debtor, Source).Zones.Length);
    }

    [Fact]
    public void AddCollectionsPhoneNumberTimeZones_HostSourceFirst_HostWinsElseLibPhoneNumber()
    {
        using var defaults = new ServiceCollection().AddCollectionsPhoneNumberTimeZones("SA").BuildServiceProvider();
        var host = new LibPhoneNumberTimeZoneSource();
        using var hosted = new ServiceCollection().AddSingleton<IPhoneNumberTimeZoneSource>(host).AddCollectionsPhoneNumberTimeZones().BuildServiceProvider();

        Assert.Equal("SA", Assert.IsType<LibPhoneNumberTimeZoneSource>(defaults.GetRequiredService<IPhoneNumberTimeZoneSource>()).DefaultRegion);
        Assert.Same(host, hosted.GetRequiredService<IPhoneNumberTimeZoneSource>());
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCollectionsPhoneNumberTimeZones("XX"));
    }

    private static List<string> Ids(IEnumerable<DateTimeZone> zones) => [.. zones.Select(z => z.Id)];
}
