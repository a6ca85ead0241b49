namespace Collections.ContactPolicy.Tests.Support;

/// <summary>Named policies for the examples, built in code (the JSON tests build the same shapes from files).</summary>
internal static class TestPolicies
{
    public static readonly RuleSource Creditor = RuleSource.CreditorInstruction("Test creditor instruction", "تعليمات اختبار");

    public static readonly IsoDayOfWeek[] SundayToThursday =
        [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday];

    public static readonly IsoDayOfWeek[] EveryDay =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public static ContactPolicyBuilder Builder() => new(new PolicyId("test-policy"), new CreditorId("CRED-1"))
    {
        Version = "1",
        ApprovedBy = "Compliance officer",
        ApprovedOn = new LocalDate(2025, 1, 1),
        EffectiveFrom = new LocalDate(2025, 1, 1),
    };

    /// <summary>A policy with the given rules only, in force since 2025-01-01 (Riyadh).</summary>
    public static ContactPolicy With(params ContactRule[] rules)
    {
        var builder = Builder();
        foreach (var rule in rules)
        {
            builder.Add(rule);
        }

        return builder.Build();
    }

    public static ContactWindowRule Hours(LocalTime start, LocalTime end, IEnumerable<IsoDayOfWeek>? days = null, ChannelSet? channels = null, bool endsNextDay = false) =>
        new(new RuleId("hours"), Creditor, channels ?? ChannelSet.All, ContactWindow.OnDays(days ?? EveryDay, start, end, endsNextDay));

    public static WeeklyRestDaysRule SaudiWeekend() =>
        new(new RuleId("weekend"), Creditor, ChannelSet.All, [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]);

    public static PublicHolidaysRule SaudiHolidays() => new(new RuleId("holidays"), Creditor, ChannelSet.All, HolidayCalendar.Saudi);

    public static FrequencyCapRule CallCap(int max, int days, CapScope? scope = null) =>
        new(new RuleId("call-cap"), Creditor, ChannelSet.Of(Channel.Call), scope ?? CapScope.Debt, max, days);

    public static RestrictionRule Honour(ContactRestriction restriction) =>
        new(new RuleId("honour-" + restriction.Code), Creditor, ChannelSet.All, restriction);

    /// <summary>The Saudi working-week policy: Sunday–Thursday 09:00–17:00 (Ramadan 10:00–15:00 and 21:00–01:00), Friday–Saturday off, Saudi holidays, 10 calls in 30 days, restrictions honoured.</summary>
    public static ContactPolicy Saudi()
    {
        var ramadan = new SpecialPeriodWindows(
            new PeriodId("ramadan"),
            new BilingualText("Ramadan", "رمضان"),
            CalendarPeriod.HijriMonth(9),
            [.. ContactWindow.OnDays(SundayToThursday, new LocalTime(10, 0), new LocalTime(15, 0)),
             .. ContactWindow.OnDays(SundayToThursday, new LocalTime(21, 0), new LocalTime(1, 0), endsNextDay: true)]);
        return Builder()
            .Add(new AllowedChannelsRule(new RuleId("channels"), Creditor, [Channel.Call, Channel.Sms, Channel.Email, Channel.Letter, Channel.App]))
            .Add(new ContactWindowRule(
                new RuleId("hours"),
                Creditor,
                ChannelSet.Of(Channel.Call, Channel.Sms, Channel.Email, Channel.App),
                ContactWindow.OnDays(SundayToThursday, new LocalTime(9, 0), new LocalTime(17, 0)),
                [ramadan]))
            .Add(SaudiWeekend())
            .Add(SaudiHolidays())
            .Add(new FrequencyCapRule(new RuleId("call-cap"), Creditor, ChannelSet.Of(Channel.Call), CapScope.Debtor, 10, 30))
            .Add(Honour(ContactRestriction.OptOut))
            .Add(Honour(ContactRestriction.DoNotContact))
            .Add(Honour(ContactRestriction.CeaseCommunication))
            .Add(Honour(ContactRestriction.Dispute))
            .Add(Honour(ContactRestriction.LegalHold))
            .Build();
    }
}
