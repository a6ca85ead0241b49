using Collections.ContactPolicy.InMemory;
using Collections.ContactPolicy.Tests.Support;
using Collections.Core.InMemory;
using Collections.Core.TimeZones;

namespace Collections.ContactPolicy.Tests.Gate;

/// <summary>The gate finds the debtor's zones by BRIEF's convention (stored, else address, else every phone number's zones, else the creditor's), so a host never hand-picks them.</summary>
public sealed class ContactGateTimeZoneTests
{
    private const string SaudiLandline = "+966112345678";
    private const string UkMobile = "+447911123456";

    private static readonly ContactPointId Landline = new("CP-LANDLINE");

    /// <summary>Sunday 2026-01-11 08:00Z: 11:00 in Riyadh, 08:00 in London (both +03 and +00 in January).</summary>
    private static readonly Instant Sunday0800Z = Zones.Utc(2026, 1, 11, 8, 0);

    private static readonly InMemoryPhoneNumberTimeZoneSource Phones = new(new Dictionary<string, IReadOnlyList<DateTimeZone>>
    {
        [SaudiLandline] = [Zones.Riyadh],
        [UkMobile] = [Zones.London],
    });

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Debtor Debtor(DateTimeZone? stored = null, params (ContactPointId Id, ContactPointKind Kind, string Value)[] points) =>
        new(TestRequests.Debtor)
        {
            TimeZone = stored,
            ContactPoints = [.. points.Select(p => new ContactPoint(p.Id, p.Kind, p.Value, ContactPointStatus.Valid))],
        };

    private static TestGate Gate(DebtorLocation location, Instant now) =>
        new(TestGates.SaudiPack(), now, b =>
        {
            b.DebtorLocations = new InMemoryDebtorLocationReader([location]);
            b.PhoneNumberTimeZones = Phones;
        });

    /// <summary>The call goes to the UK mobile, but the debtor lives in Saudi Arabia: the address wins, London's morning does not matter.</summary>
    [Fact]
    public async Task ContactAsync_PhoneOfAnotherCountryThanTheAddress_TheAddressZoneDecides()
    {
        var location = new DebtorLocation(Debtor(null, (TestRequests.Mobile, ContactPointKind.Mobile, UkMobile))) { AddressCountryCode = "SA" };
        var test = Gate(location, Sunday0800Z);

        // Zones passed by the host are not used: the gate resolves them.
        var result = await test.Gate.ContactAsync(TestGates.Call(Sunday0800Z, Zones.NewYork), test.Gateway, Token);

        Assert.True(result.WasMade);
        var decided = Assert.Single(test.Sink.Decisions).Request;
        Assert.Equal(["Asia/Riyadh"], decided.TimeZones.Select(z => z.Id));
        Assert.Equal(TimeZoneBasis.Address, decided.TimeZoneBasis);
        Assert.Equal(decided, result.Permit.Request);
    }

    /// <summary>No address: the debtor may be wherever either number is — a Saudi landline and a UK mobile — so the attempt must be allowed in both.</summary>
    [Fact]
    public async Task ContactAsync_NoAddressAndNumbersOfTwoCountries_MustBeAllowedInBothZones()
    {
        var location = new DebtorLocation(Debtor(null, (Landline, ContactPointKind.Landline, SaudiLandline), (TestRequests.Mobile, ContactPointKind.Mobile, UkMobile)));
        var test = Gate(location, Sunday0800Z);

        var morning = await test.Gate.ContactAsync(TestGates.Call(Sunday0800Z), test.Gateway, Token);
        test.Clock.Reset(Zones.Utc(2026, 1, 11, 9, 0));
        var nine = await test.Gate.ContactAsync(TestGates.Call(Sunday0800Z), test.Gateway, Token);

        // 08:00Z is 08:00 in London, before the 09:00 opening there; next allowed 09:00Z (12:00 in Riyadh).
        Assert.False(morning.WasMade);
        Assert.Equal([ContactRuleCode.OutsideContactWindow], morning.Decision.Codes);
        Assert.Contains("Europe/London", morning.Decision.Denials[0].Explanation.English, StringComparison.Ordinal);
        Assert.Equal(Zones.Utc(2026, 1, 11, 9, 0), morning.Decision.NextAllowedAt);
        Assert.True(nine.WasMade);
        Assert.Equal(["Asia/Riyadh", "Europe/London"], nine.Permit.Request.TimeZones.Select(z => z.Id));
        Assert.Equal(TimeZoneBasis.PhoneNumber, nine.Permit.Request.TimeZoneBasis);
        Assert.Single(test.Gateway.Sent);
    }

    [Fact]
    public async Task CheckAsync_StoredZone_WinsOverTheAddress()
    {
        // Stored America/New_York; address in Saudi Arabia. Monday 2026-01-12 15:00Z: 18:00 in Riyadh (closed), 10:00 in New York (open).
        var location = new DebtorLocation(Debtor(Zones.NewYork, (TestRequests.Mobile, ContactPointKind.Mobile, UkMobile))) { AddressCountryCode = "SA" };
        var test = Gate(location, Zones.Utc(2026, 1, 12, 15, 0));

        var decision = await test.Gate.CheckAsync(TestGates.Call(Zones.Utc(2026, 1, 12, 15, 0)), Token);

        Assert.True(decision.IsAllowed);
        Assert.Equal(TimeZoneBasis.Stored, Assert.Single(test.Sink.Decisions).Request.TimeZoneBasis);
    }

    [Fact]
    public async Task CheckAsync_GeocodedAddressZones_WinOverTheCountry()
    {
        var location = new DebtorLocation(Debtor()) { AddressCountryCode = "SA", AddressZones = [Zones.London] };
        var test = Gate(location, Sunday0800Z);

        await test.Gate.CheckAsync(TestGates.Call(Sunday0800Z), Token);

        Assert.Equal(["Europe/London"], Assert.Single(test.Sink.Decisions).Request.TimeZones.Select(z => z.Id));
    }

    [Fact]
    public async Task CheckAsync_NothingKnown_TheCreditorsZone()
    {
        var location = new DebtorLocation(Debtor(null, (TestRequests.Email, ContactPointKind.Email, "debtor@example.invalid")));
        var test = Gate(location, Sunday0800Z);

        await test.Gate.CheckAsync(TestGates.Call(Sunday0800Z), Token);

        var decided = Assert.Single(test.Sink.Decisions).Request;
        Assert.Equal(TimeZoneBasis.CreditorDefault, decided.TimeZoneBasis);
        Assert.Equal(["Asia/Riyadh"], decided.TimeZones.Select(z => z.Id));
    }

    [Fact]
    public async Task ContactAsync_DebtorUnknownToTheLocationReader_RefusedAsACallerBugAndNothingSent()
    {
        var test = Gate(new DebtorLocation(new Debtor(new DebtorId("DEB-OTHER"))), Sunday0800Z);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => test.Gate.ContactAsync(TestGates.Call(Sunday0800Z), test.Gateway, Token));

        Assert.Contains("Debtor 'DEB-1' is unknown to the IDebtorLocationReader", exception.Message, StringComparison.Ordinal);
        Assert.Empty(test.Gateway.Sent);
    }

    [Fact]
    public async Task ContactRequestWithoutZones_TheGateFindsThem_DecideAloneRefusesIt()
    {
        var location = new DebtorLocation(Debtor()) { AddressCountryCode = "SA" };
        var test = Gate(location, Sunday0800Z);
        var request = new ContactRequest(TestRequests.Account, TestRequests.Debtor, TestRequests.Mobile, Channel.Call, Sunday0800Z) { TemplateId = TestGates.Script.Id };

        var result = await test.Gate.ContactAsync(request, test.Gateway, Token);
        var exception = Assert.Throws<ArgumentException>(() => TestGates.SaudiPack().Decide(request, ContactHistory.Empty));

        Assert.True(result.WasMade);
        Assert.Contains("The request has no time zone", exception.Message, StringComparison.Ordinal);
    }
}
