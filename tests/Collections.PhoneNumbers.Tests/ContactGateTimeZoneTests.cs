using Collections.ContactPolicy;
using Collections.ContactPolicy.InMemory;
using Collections.Core;
using NodaTime.Testing;

namespace Collections.PhoneNumbers.Tests;

/// <summary>End to end with libphonenumber: the contact gate finds a debtor's zones from the numbers when the address is unknown, and from the address when it is known.</summary>
public sealed class ContactGateTimeZoneTests
{
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    private static ContactGate Gate(DebtorLocation location, FakeClock clock)
    {
        var source = RuleSource.CreditorInstruction("Working hours", "ساعات العمل");
        var days = new[] { IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday };
        var policy = new ContactPolicyBuilder(new PolicyId("acme"), new CreditorId("C-17"))
        {
            Version = "1", ApprovedBy = "Head of Compliance", ApprovedOn = new LocalDate(2026, 1, 1), EffectiveFrom = new LocalDate(2026, 1, 1),
        }.Add(new ContactWindowRule(new RuleId("hours"), source, ChannelSet.All, ContactWindow.OnDays(days, new LocalTime(9, 0), new LocalTime(17, 0)))).Build();
        return new ContactGateBuilder(policy)
        {
            Attempts = new InMemoryContactAttemptStore(),
            Restrictions = new InMemoryContactRestrictionRegistry(),
            Templates = new InMemoryTemplateCatalog([]),
            Holidays = InMemoryHolidayAnnouncementSource.None,
            Decisions = ContactDecisionSinks.None,
            Clock = clock,
            DebtorLocations = new InMemoryDebtorLocationReader([location]),
            PhoneNumberTimeZones = new LibPhoneNumberTimeZoneSource("SA"),
        }.Build();
    }

    private static DebtorLocation Location(string? country, params string[] numbers) =>
        new(new Debtor(new DebtorId("D-1"))
        {
            ContactPoints = [.. numbers.Select((n, i) => new ContactPoint(new ContactPointId("P-" + i), ContactPointKind.Mobile, n, ContactPointStatus.Valid))],
        })
        { AddressCountryCode = country };

    [Fact]
    public async Task AuthorizeAsync_SaudiAndUkMobilesNoAddress_AllowedOnlyWhenOpenInRiyadhAndInLondon()
    {
        // Sunday 2026-01-11 08:00Z: 11:00 in Riyadh, 08:00 in London and the Crown dependencies (UK mobiles map to all four).
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 11, 8, 0));
        var gate = Gate(Location(null, "+966551234567", "+447911123456"), clock);
        var request = new ContactRequest(new AccountId("A-1"), new DebtorId("D-1"), new ContactPointId("P-1"), Channel.Call, clock.GetCurrentInstant());

        var early = await gate.AuthorizeAsync(request, TestContext.Current.CancellationToken);
        clock.Reset(Instant.FromUtc(2026, 1, 11, 9, 0));
        var nine = await gate.AuthorizeAsync(request, TestContext.Current.CancellationToken);

        Assert.False(early.IsAllowed);
        Assert.Equal(Instant.FromUtc(2026, 1, 11, 9, 0), early.Decision.NextAllowedAt);
        Assert.True(nine.IsAllowed);
        Assert.Equal(
            ["Asia/Riyadh", "Europe/Guernsey", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/London"],
            nine.Permit.Request.TimeZones.Select(z => z.Id));
        Assert.Equal(TimeZoneBasis.PhoneNumber, nine.Permit.Request.TimeZoneBasis);
    }

    [Fact]
    public async Task AuthorizeAsync_UkMobileButASaudiAddress_TheAddressWins()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 11, 8, 0));
        var gate = Gate(Location("SA", "+447911123456"), clock);
        var request = new ContactRequest(new AccountId("A-1"), new DebtorId("D-1"), new ContactPointId("P-0"), Channel.Call, clock.GetCurrentInstant());

        var authorization = await gate.AuthorizeAsync(request, TestContext.Current.CancellationToken);

        Assert.True(authorization.IsAllowed);
        Assert.Equal([Riyadh], authorization.Permit.Request.TimeZones);
        Assert.Equal(TimeZoneBasis.Address, authorization.Permit.Request.TimeZoneBasis);
    }
}
