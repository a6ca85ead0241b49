namespace Collections.Aging.Tests.Segmentation;

/// <summary>Hand-computed examples for deriving behaviour and reachability from a portfolio.</summary>
public sealed class AccountProfilesTests
{
    private static readonly Currency Twd = Currency.FromCode("TWD");
    private static readonly Currency Sar = Currency.SaudiRiyal;
    private static readonly YearMonth July = new(2005, 7);
    private static readonly YearMonth August = new(2005, 8);
    private static readonly YearMonth September = new(2005, 9);

    /// <summary>
    /// Snapshots for July–September 2005 (the default 3-period windows end with September):
    /// payer 60 → 30 → 0 days with payments 100, 0, 200: paid in 2 of 3, improving.
    /// roller 30 → 60 → 90 with no payments: paid in 0 of 3, worsening.
    /// steady 30 → 30 → 30 with no payment data: payments unknown, stable.
    /// newcomer: September only (30 days, paid 500): paid in 1 of 3, trend unknown.
    /// old: April (paid, outside both windows) and September (no payment data): payments unknown, trend unknown.
    /// disputed: flagged on the account.
    /// </summary>
    private static Portfolio SnapshotPortfolio()
    {
        var builder = new PortfolioBuilder(new CreditorId("bank"))
            .AddDebtor(new Debtor(new DebtorId("d1"))
            {
                ContactPoints =
                [
                    new ContactPoint(new ContactPointId("m1"), ContactPointKind.Mobile, "+966551234567", ContactPointStatus.Valid),
                    new ContactPoint(new ContactPointId("l1"), ContactPointKind.Landline, "12345", ContactPointStatus.Invalid),
                ],
            })
            .AddDebtor(new Debtor(new DebtorId("d2")) { ContactPoints = [new ContactPoint(new ContactPointId("m2"), ContactPointKind.Mobile, "0000", ContactPointStatus.Invalid)] })
            .AddDebtor(new Debtor(new DebtorId("d3")));
        foreach (var (account, debtor) in new[] { ("payer", "d1"), ("roller", "d2"), ("steady", "d3"), ("newcomer", "d1"), ("old", "d1"), ("disputed", "d1") })
        {
            builder.AddAccount(new Account(new AccountId(account), new DebtorId(debtor), Twd) { HasOpenDispute = account == "disputed" });
        }

        Add(builder, "payer", July, 2, 1_000m, 100m);
        Add(builder, "payer", August, 1, 900m, 0m);
        Add(builder, "payer", September, 0, 700m, 200m);
        Add(builder, "roller", July, 1, 500m, 0m);
        Add(builder, "roller", August, 2, 600m, 0m);
        Add(builder, "roller", September, 3, 700m, 0m);
        Add(builder, "steady", July, 1, 500m, null);
        Add(builder, "steady", August, 1, 500m, null);
        Add(builder, "steady", September, 1, 500m, null);
        Add(builder, "newcomer", September, 1, 300m, 500m);
        Add(builder, "old", new YearMonth(2005, 4), 0, 100m, 50m);
        Add(builder, "old", September, 2, 100m, null);
        Add(builder, "disputed", September, 4, 9_000m, 0m);
        return builder.Build();
    }

    [Fact]
    public void FromSnapshots_RecentWindow_PaymentsAndTrendAsComputedByHand()
    {
        var profiles = AccountProfiles.FromSnapshots(SnapshotPortfolio(), September);

        var expected = new (string Account, int? Paid, DelinquencyTrend Trend, bool Dispute, int Days)[]
        {
            ("payer", 2, DelinquencyTrend.Improving, false, 0),
            ("roller", 0, DelinquencyTrend.Worsening, false, 90),
            ("steady", null, DelinquencyTrend.Stable, false, 30),
            ("newcomer", 1, DelinquencyTrend.Unknown, false, 30),
            ("old", null, DelinquencyTrend.Unknown, false, 60),
            ("disputed", 0, DelinquencyTrend.Unknown, true, 120),
        };
        Assert.Equal(expected, profiles.Select(p => (p.AccountId.Value, p.Behaviour.PeriodsWithPayment, p.Behaviour.Trend, p.Behaviour.HasOpenDispute, p.Position.WorstDaysPastDue.Value)));
        Assert.All(profiles, p => Assert.Equal((3, 3), (p.Behaviour.RecentPeriods, p.Behaviour.TrendPeriods)));
    }

    [Fact]
    public void FromSnapshots_OnePeriodWindows_TrendUnknownAndOnlyThePeriodsPayment()
    {
        var profiles = AccountProfiles.FromSnapshots(SnapshotPortfolio(), September, new AccountProfileOptions { RecentPeriods = 1, TrendPeriods = 1 });

        var payer = profiles.Single(p => p.AccountId.Value == "payer");
        Assert.Equal((1, DelinquencyTrend.Unknown), (payer.Behaviour.PeriodsWithPayment, payer.Behaviour.Trend));
    }

    [Fact]
    public void FromSnapshots_ContactPointsOnFile_AvailabilityPerDebtor()
    {
        var profiles = AccountProfiles.FromSnapshots(SnapshotPortfolio(), September);

        var byAccount = profiles.ToDictionary(p => p.AccountId.Value, p => p.Reachability);
        Assert.Equal((ContactPointAvailability.Usable, 1, 2), (byAccount["payer"].Availability, byAccount["payer"].UsableContactPoints, byAccount["payer"].KnownContactPoints));
        Assert.Equal((ContactPointAvailability.NoneUsable, 0, 1), (byAccount["roller"].Availability, byAccount["roller"].UsableContactPoints, byAccount["roller"].KnownContactPoints));
        Assert.Equal((ContactPointAvailability.NoneUsable, 0, 0), (byAccount["steady"].Availability, byAccount["steady"].UsableContactPoints, byAccount["steady"].KnownContactPoints));
        Assert.All(byAccount.Values, r => Assert.False(r.HasAttemptHistory));
    }

    [Fact]
    public void FromSnapshots_ContactPointsDeclaredAbsent_AvailabilityUnknown()
    {
        var profiles = AccountProfiles.FromSnapshots(SnapshotPortfolio(), September, new AccountProfileOptions { ContactPointsProvided = false });

        Assert.All(profiles, p => Assert.Equal(ReachabilitySignals.NoContactData, p.Reachability));
    }

    [Fact]
    public void FromSnapshots_Attempts_CountedUpToTheEndOfTheAsOfDayInRiyadh()
    {
        var payer = new AccountId("payer");
        ContactAttempt[] attempts =
        [
            new(payer, Channel.Call, Instant.FromUtc(2005, 9, 10, 9, 0), AttemptOutcome.RightParty),
            new(payer, Channel.Call, Instant.FromUtc(2005, 9, 30, 20, 59, 59), AttemptOutcome.NoAnswer),  // 23:59:59 in Riyadh (+03) on the 30th: counts
            new(payer, Channel.Call, Instant.FromUtc(2005, 9, 30, 21, 0), AttemptOutcome.RightParty),      // 00:00 on 1 October in Riyadh: after the as-of day
            new(new AccountId("roller"), Channel.Sms, Instant.FromUtc(2005, 9, 1, 9, 0), AttemptOutcome.Delivered),
        ];

        var profiles = AccountProfiles.FromSnapshots(SnapshotPortfolio(), September, attempts: attempts);

        var byAccount = profiles.ToDictionary(p => p.AccountId.Value, p => p.Reachability);
        Assert.Equal((true, 2, 1), (byAccount["payer"].HasAttemptHistory, byAccount["payer"].Attempts, byAccount["payer"].RightPartyContacts));
        Assert.Equal((true, 1, 0), (byAccount["roller"].HasAttemptHistory, byAccount["roller"].Attempts, byAccount["roller"].RightPartyContacts));
        Assert.Equal((true, 0, 0), (byAccount["steady"].HasAttemptHistory, byAccount["steady"].Attempts, byAccount["steady"].RightPartyContacts));
    }

    /// <summary>
    /// A ledger as of 2013-03-15 (windows: January–March 2013 for payments; the trend compares 2013-01-15 with 2013-03-15):
    /// c1: i1 due 2012-12-31 settled 2013-01-20 (20 days late); i2 due 2013-01-31 settled 2013-03-10 (38 days late);
    ///     i3 due 2013-03-03, open and disputed (DPD 12); i4 due 2013-03-31, settled 2013-03-20, after the as-of date (open, current).
    ///     → payments in January and March: 2 of 3; average days late (20 + 38)/2 = 29; on 2013-01-15 its worst open DPD was
    ///     15 (i1, due 2012-12-31), on 2013-03-15 it is 12 (i3): improving; one disputed open item.
    /// c2: one item issued 2013-02-20, open: no item issued by 2013-01-15 → trend unknown; no payment: 0 of 3.
    /// c3: one item due 2012-10-31, open: DPD 76 on 2013-01-15 (30 + 31 + 15), 135 on 2013-03-15 (+ 31 + 28 + 0): worsening.
    /// </summary>
    private static Portfolio LedgerPortfolio(bool withSettlements = true)
    {
        var builder = new PortfolioBuilder(new CreditorId("ibm")).AddDebtor(new Debtor(new DebtorId("d")));
        foreach (var account in new[] { "c1", "c2", "c3" })
        {
            builder.AddAccount(new Account(new AccountId(account), new DebtorId("d"), Sar));
        }

        builder
            .AddItem(Item("i1", "c1", new LocalDate(2012, 12, 1), 100m, withSettlements ? new LocalDate(2013, 1, 20) : null))
            .AddItem(Item("i2", "c1", new LocalDate(2013, 1, 1), 200m, withSettlements ? new LocalDate(2013, 3, 10) : null))
            .AddItem(Item("i3", "c1", new LocalDate(2013, 2, 1), 300m, null) with { IsDisputed = true })
            .AddItem(Item("i4", "c1", new LocalDate(2013, 3, 1), 50m, withSettlements ? new LocalDate(2013, 3, 20) : null))
            .AddItem(Item("i5", "c2", new LocalDate(2013, 2, 20), 80m, null))
            .AddItem(Item("i6", "c3", new LocalDate(2012, 10, 1), 75m, null));
        return builder.Build();
    }

    [Fact]
    public void FromItems_Ledger_BehaviourAsComputedByHand()
    {
        var profiles = AccountProfiles.FromItems(LedgerPortfolio(), new LocalDate(2013, 3, 15));

        var expected = new (string Account, int? Paid, DelinquencyTrend Trend, bool Dispute, int Disputed, decimal? Late, int Settled, int Days, decimal Debt)[]
        {
            ("c1", 2, DelinquencyTrend.Improving, true, 1, 29m, 2, 12, 350m),
            ("c2", 0, DelinquencyTrend.Unknown, false, 0, null, 0, -7, 80m),  // due 2013-03-22: DPD −7 (current, 7 days before due)
            ("c3", 0, DelinquencyTrend.Worsening, false, 0, null, 0, 135, 75m),
        };
        Assert.Equal(expected, profiles.Select(p => (
            p.AccountId.Value, p.Behaviour.PeriodsWithPayment, p.Behaviour.Trend, p.Behaviour.HasOpenDispute, p.Behaviour.DisputedOpenItems,
            p.Behaviour.AverageDaysLate, p.Behaviour.SettledItems, p.Position.WorstDaysPastDue.Value, p.Position.Debt.Amount)));
        Assert.All(profiles, p => Assert.True(p.Reachability.IsUnknown));
    }

    [Fact]
    public void FromItems_LedgerWithoutSettlementDates_PaymentsUnknown()
    {
        var profiles = AccountProfiles.FromItems(LedgerPortfolio(withSettlements: false), new LocalDate(2013, 3, 15));

        Assert.All(profiles, p => Assert.Null(p.Behaviour.PeriodsWithPayment));
        Assert.All(profiles, p => Assert.Null(p.Behaviour.PaidRecently));
    }

    [Fact]
    public void FromItems_InvalidOptions_RefusedListingEveryViolation()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            AccountProfiles.FromItems(LedgerPortfolio(), new LocalDate(2013, 3, 15), new AccountProfileOptions { RecentPeriods = 0, TrendPeriods = 500 }));

        Assert.Contains("RecentPeriods is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("TrendPeriods is 500", error.Message, StringComparison.Ordinal);
    }

    private static void Add(PortfolioBuilder builder, string account, YearMonth period, int monthsPastDue, decimal balance, decimal? payment) =>
        builder.AddSnapshot(new AccountSnapshot(new AccountId(account), period, DaysPastDue.FromMonthsPastDue(monthsPastDue), Money.Of(balance, Twd))
        {
            Payment = payment is { } p ? Money.Of(p, Twd) : null,
        });

    private static ReceivableItem Item(string id, string account, LocalDate issuedOn, decimal amount, LocalDate? settledOn) =>
        new(new ItemId(id), new AccountId(account), issuedOn, issuedOn.PlusDays(30), Money.Of(amount, Sar)) { SettledOn = settledOn };
}
