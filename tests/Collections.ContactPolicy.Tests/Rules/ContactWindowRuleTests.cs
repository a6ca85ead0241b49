using Collections.ContactPolicy.Tests.Support;

namespace Collections.ContactPolicy.Tests.Rules;

/// <summary>Contact windows, weekly rest days and Ramadan windows in the debtor's local time, DST days, several candidate zones.</summary>
public sealed class ContactWindowRuleTests
{
    private static readonly Collections.ContactPolicy.ContactPolicy Saudi = TestPolicies.Saudi();

    [CulturedFact(["ar-SA", "", "en-US"])]
    public void Decide_FridayInRiyadh_RefusedAsWeeklyRestDayUntilSunday0900()
    {
        // Friday 2026-01-09 10:00 Riyadh (+03). Saturday is also a rest day; Sunday's window opens at 09:00 = 06:00Z.
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 9, 10)), ContactHistory.Empty);

        Assert.False(decision.IsAllowed);
        Assert.Contains(ContactRuleCode.WeeklyRestDay, decision.Codes);
        Assert.Equal(NextAllowedKind.Later, decision.NextAllowed);
        Assert.Equal(Zones.Utc(2026, 1, 11, 6, 0), decision.NextAllowedAt);
        var rest = decision.Denials.Single(d => d.Code == ContactRuleCode.WeeklyRestDay);
        Assert.Equal("2026-01-09 10:00 (Asia/Riyadh, +03:00) is a Friday, a weekly rest day.", rest.Explanation.English);
        Assert.Equal("2026-01-09 10:00 (Asia/Riyadh, +03:00) يوم الجمعة، وهو يوم راحة أسبوعية.", rest.Explanation.Arabic);
        Assert.Equal(Zones.Utc(2026, 1, 10, 21, 0), rest.LiftsAt); // the rest days alone lift at Sunday 00:00 Riyadh
    }

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]   // the start minute is inside
    [InlineData(16, 59, true)]
    [InlineData(17, 0, false)] // half-open: the end minute is outside
    public void Decide_ThursdayAroundTheWindowEdges_StartInsideEndOutside(int hour, int minute, bool allowed)
    {
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 8, hour, minute)), ContactHistory.Empty);

        Assert.Equal(allowed, decision.IsAllowed);
    }

    [Fact]
    public void Decide_ThursdayAt1700_NextAllowedSundayAt0900()
    {
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 8, 17, 0)), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.OutsideContactWindow], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 1, 11, 9, 0), decision.NextAllowedAt);
    }

    [Theory]
    [InlineData(19, 59, false)]
    [InlineData(20, 0, true)]
    [InlineData(23, 59, true)]
    public void Decide_WindowCrossingMidnight_MondayEvening(int hour, int minute, bool allowed)
    {
        // Monday 20:00 to Tuesday 02:00 is one window (Monday 2026-01-12).
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(20, 0), new LocalTime(2, 0), [IsoDayOfWeek.Monday], endsNextDay: true));

        Assert.Equal(allowed, policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 12, hour, minute)), ContactHistory.Empty).IsAllowed);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1, 59, true)]
    [InlineData(2, 0, false)] // the end minute, on the next day, is outside
    public void Decide_WindowCrossingMidnight_TuesdayEarlyMorningBelongsToMondaysWindow(int hour, int minute, bool allowed)
    {
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(20, 0), new LocalTime(2, 0), [IsoDayOfWeek.Monday], endsNextDay: true));

        var decision = policy.Decide(TestRequests.Call(Zones.InRiyadh(2026, 1, 13, hour, minute)), ContactHistory.Empty);

        Assert.Equal(allowed, decision.IsAllowed);
        if (!allowed)
        {
            // Tuesday has no window of its own: the next one opens Monday 2026-01-19 20:00.
            Assert.Equal(Zones.InRiyadh(2026, 1, 19, 20, 0), decision.NextAllowedAt);
        }
    }

    [Fact]
    public void Decide_RamadanMorningBeforeTen_NextAllowedAtTheRamadanWindow()
    {
        // Sunday 2026-03-01 is 12 Ramadan 1447: Ramadan hours are 10:00–15:00 and 21:00–01:00 instead of 09:00–17:00.
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 3, 1, 9, 30)), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.OutsideContactWindow], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 3, 1, 10, 0), decision.NextAllowedAt);
        Assert.Contains("Ramadan", decision.Denials[0].Explanation.English, StringComparison.Ordinal);
        Assert.Contains("رمضان", decision.Denials[0].Explanation.Arabic, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 1, 15, 30, false)] // after the afternoon window; next at 21:00
    [InlineData(3, 1, 23, 30, true)]  // in the evening window, which crosses midnight
    [InlineData(3, 2, 0, 30, true)]   // Monday 00:30 belongs to Sunday's evening window
    [InlineData(3, 2, 9, 30, false)]  // 09:30 would be allowed outside Ramadan
    [InlineData(2, 16, 9, 30, true)]  // Monday 2026-02-16 is 28 Sha'ban: usual hours
    public void Decide_RamadanWindows_ReplaceTheUsualHours(int month, int day, int hour, int minute, bool allowed)
    {
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, month, day, hour, minute)), ContactHistory.Empty);

        Assert.Equal(allowed, decision.IsAllowed);
    }

    [Fact]
    public void Decide_RamadanAnnouncedADayLater_TheComputedFirstDayKeepsTheUsualHours()
    {
        // Computed: 1 Ramadan 1447 = Wednesday 2026-02-18. Announced (moon sighting): Thursday 2026-02-19, 29 days.
        var announced = new AnnouncedPeriod(new PeriodId("ramadan"), new LocalDate(2026, 2, 19), 29);
        var request = TestRequests.Call(Zones.InRiyadh(2026, 2, 18, 9, 30)) with { AnnouncedPeriods = [announced] };

        Assert.False(Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 2, 18, 9, 30)), ContactHistory.Empty).IsAllowed); // computed: Ramadan hours from 10:00
        Assert.True(Saudi.Decide(request, ContactHistory.Empty).IsAllowed);                                                   // announced: still Sha'ban, 09:00–17:00
        Assert.False(Saudi.Decide(request with { At = Zones.InRiyadh(2026, 2, 19, 9, 30) }, ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_RamadanAfternoon_NextAllowedAtTheEveningWindow()
    {
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 3, 1, 15, 30)), ContactHistory.Empty);

        Assert.Equal(Zones.InRiyadh(2026, 3, 1, 21, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_RamadanEveningWindowRunningIntoFriday_CutByTheRestDay()
    {
        // Thursday 2026-03-05's window runs to Friday 01:00, but Friday is a rest day; next: Sunday 2026-03-08 10:00 (Ramadan hours).
        var decision = Saudi.Decide(TestRequests.Call(Zones.InRiyadh(2026, 3, 6, 0, 30)), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.WeeklyRestDay], decision.Codes);
        Assert.Equal(Zones.InRiyadh(2026, 3, 8, 10, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_NewYorkOnSpringForwardDay_WindowFollowsLocalTime()
    {
        // Regulation F hours 08:00–21:00. On 2026-03-08 New York moves from EST (−05) to EDT (−04) at 07:00Z.
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(8, 0), new LocalTime(21, 0)));

        // 11:59Z = 07:59 EDT: refused; 08:00 EDT = 12:00Z, an hour earlier in UTC than the day before (08:00 EST = 13:00Z).
        var early = policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 8, 11, 59), Zones.NewYork), ContactHistory.Empty);
        Assert.False(early.IsAllowed);
        Assert.Equal(Zones.Utc(2026, 3, 8, 12, 0), early.NextAllowedAt);
        Assert.False(policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 7, 12, 30), Zones.NewYork), ContactHistory.Empty).IsAllowed);
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 8, 12, 30), Zones.NewYork), ContactHistory.Empty).IsAllowed);

        // The evening: 21:00 EDT = 01:00Z on 2026-03-09; 00:59Z is 20:59 EDT, allowed.
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 9, 0, 59), Zones.NewYork), ContactHistory.Empty).IsAllowed);
        var late = policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 9, 1, 0), Zones.NewYork), ContactHistory.Empty);
        Assert.Equal(Zones.Utc(2026, 3, 9, 12, 0), late.NextAllowedAt); // 08:00 EDT on Monday
    }

    [Fact]
    public void Decide_NewYorkOnFallBackDay_WindowFollowsLocalTime()
    {
        // On 2026-11-01 New York moves from EDT (−04) to EST (−05) at 06:00Z; 08:00 EST = 13:00Z (the day before, 08:00 EDT = 12:00Z).
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(8, 0), new LocalTime(21, 0)));

        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 10, 31, 12, 30), Zones.NewYork), ContactHistory.Empty).IsAllowed);
        var early = policy.Decide(TestRequests.Call(Zones.Utc(2026, 11, 1, 12, 30), Zones.NewYork), ContactHistory.Empty);
        Assert.False(early.IsAllowed);
        Assert.Equal(Zones.Utc(2026, 11, 1, 13, 0), early.NextAllowedAt);
        Assert.Contains("07:30 (America/New_York, -05:00)", early.Denials[0].Explanation.English, StringComparison.Ordinal);
        // 21:00 EST = 02:00Z on 2026-11-02.
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 11, 2, 1, 59), Zones.NewYork), ContactHistory.Empty).IsAllowed);
        Assert.False(policy.Decide(TestRequests.Call(Zones.Utc(2026, 11, 2, 2, 0), Zones.NewYork), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_WindowStartingInTheSpringForwardGap_OpensWhenTheGapEnds()
    {
        // A Sunday window 02:30–05:00: on 2026-03-08 local times 02:00–02:59 do not exist in New York.
        // The window opens at the first instant after the gap, 03:00 EDT = 07:00Z (not 03:30 as a lenient shift would give).
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(2, 30), new LocalTime(5, 0), [IsoDayOfWeek.Sunday]));

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 8, 6, 59), Zones.NewYork), ContactHistory.Empty);

        Assert.Equal(Zones.Utc(2026, 3, 8, 7, 0), decision.NextAllowedAt);
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 3, 8, 7, 0), Zones.NewYork), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_WindowStartingInTheRepeatedHour_FollowsTheWallClockBothTimes()
    {
        // A Sunday window 01:30–05:00 on 2026-11-01: 01:00–01:59 happens twice (EDT, then EST after 06:00Z).
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(1, 30), new LocalTime(5, 0), [IsoDayOfWeek.Sunday]));

        // 05:45Z = 01:45 EDT: inside.
        Assert.True(policy.Decide(TestRequests.Call(Zones.Utc(2026, 11, 1, 5, 45), Zones.NewYork), ContactHistory.Empty).IsAllowed);

        // 06:10Z = 01:10 EST (the clock went back): outside again until 01:30 EST = 06:30Z.
        var repeated = policy.Decide(TestRequests.Call(Zones.Utc(2026, 11, 1, 6, 10), Zones.NewYork), ContactHistory.Empty);
        Assert.False(repeated.IsAllowed);
        Assert.Equal(Zones.Utc(2026, 11, 1, 6, 30), repeated.NextAllowedAt);
    }

    [Fact]
    public void Decide_PhoneOfAnotherCountryThanTheAddress_MustBeAllowedInBothZones()
    {
        // Address in Riyadh (+03), a UK mobile (Europe/London, +00 in January). Hours Sunday–Thursday 09:00–17:00 local.
        var policy = TestPolicies.With(TestPolicies.Hours(new LocalTime(9, 0), new LocalTime(17, 0), TestPolicies.SundayToThursday));
        Instant Sunday(int hour) => Zones.Utc(2026, 1, 11, hour, 0);

        // 08:00Z = 11:00 Riyadh, 08:00 London: London refuses. Next: 09:00 London = 12:00 Riyadh.
        var morning = policy.Decide(TestRequests.Call(Sunday(8), Zones.Riyadh, Zones.London), ContactHistory.Empty);
        Assert.False(morning.IsAllowed);
        Assert.Contains("Europe/London", morning.Denials.Single().Explanation.English, StringComparison.Ordinal);
        Assert.Equal(Sunday(9), morning.NextAllowedAt);

        // 09:00Z–13:59Z is inside both; 14:00Z = 17:00 Riyadh: Riyadh refuses. Next: Monday 09:00 London = 09:00Z (12:00 Riyadh).
        Assert.True(policy.Decide(TestRequests.Call(Sunday(13), Zones.Riyadh, Zones.London), ContactHistory.Empty).IsAllowed);
        var afternoon = policy.Decide(TestRequests.Call(Sunday(14), Zones.Riyadh, Zones.London), ContactHistory.Empty);
        Assert.Contains("Asia/Riyadh", afternoon.Denials.Single().Explanation.English, StringComparison.Ordinal);
        Assert.Equal(Zones.Utc(2026, 1, 12, 9, 0), afternoon.NextAllowedAt);

        // With the Riyadh zone alone, 08:00Z is allowed.
        Assert.True(policy.Decide(TestRequests.Call(Sunday(8), Zones.Riyadh), ContactHistory.Empty).IsAllowed);
    }

    [Fact]
    public void Decide_ThursdayNightInLondonIsFridayInRiyadh_RefusedAsRestDay()
    {
        // Thursday 2026-01-08 22:30 London = Friday 01:30 Riyadh: the Saudi rest days apply in each candidate zone.
        var policy = TestPolicies.With(TestPolicies.SaudiWeekend());

        var decision = policy.Decide(TestRequests.Call(Zones.Utc(2026, 1, 8, 22, 30), Zones.London, Zones.Riyadh), ContactHistory.Empty);

        Assert.Equal([ContactRuleCode.WeeklyRestDay], decision.Codes);
        Assert.Contains("Asia/Riyadh", decision.Denials[0].Explanation.English, StringComparison.Ordinal);
        // Sunday 00:00 Riyadh = Saturday 21:00Z, but Saturday 21:00 London is still a rest day there: Sunday 00:00 London.
        Assert.Equal(Zones.Utc(2026, 1, 11, 0, 0), decision.NextAllowedAt);
    }

    [Fact]
    public void Decide_ChannelOutsideTheRulesChannels_NotLimitedByHours()
    {
        // Letters are outside the hours rule of the Saudi test policy (only the rest days and holidays apply).
        var decision = Saudi.Decide(TestRequests.On(Channel.Letter, Zones.InRiyadh(2026, 1, 8, 23, 0)), ContactHistory.Empty);

        Assert.True(decision.IsAllowed);
    }

    [Fact]
    public void ContactWindow_EndingBeforeItStarts_IsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => ContactWindow.SameDay(IsoDayOfWeek.Monday, new LocalTime(17, 0), new LocalTime(9, 0)));

        Assert.Contains("ends (09:00) before or when it starts (17:00)", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ContactWindow.Overnight(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(10, 0)));
    }
}
