using static Collections.Fees.Tests.Fixtures;

namespace Collections.Fees.Tests.Schedules;

public sealed class FeeScheduleTests
{
    private static System.Collections.Immutable.ImmutableArray<FeeScheduleViolation> Violations(IEnumerable<FeeTier> tiers, FeeScheduleTerms? terms = null, CollectionTrack? track = null) =>
        Assert.Throws<FeeScheduleException>(() => FeeSchedule.Create(new FeeScheduleId("s"), Creditor, track ?? CollectionTrack.Amicable, Sar, tiers, terms)).Violations;

    [Fact]
    public void Create_OverlappingAgeTiers_RefusedNamingTheField()
    {
        var violations = Violations([FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), 8m), FeeTier.ForAge("B", DaysPastDueRange.AtLeast(61), 12m)]);

        Assert.Equal([new FeeScheduleViolation("tiers[1].age", "61.. overlaps tiers[0].age (..90)")], violations);
    }

    [Fact]
    public void Create_GapBetweenAgeTiers_RefusedNamingTheMissingAges()
    {
        var violations = Violations([FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), 8m), FeeTier.ForAge("C", DaysPastDueRange.AtLeast(100), 12m)]);

        Assert.Equal([new FeeScheduleViolation("tiers[1].age", "leaves a gap after tiers[0].age: ages 91..99 have no tier")], violations);
    }

    [Fact]
    public void Create_TiersNotCoveringTheYoungestOrOldestAges_Refused()
    {
        var violations = Violations([FeeTier.ForAge("A", DaysPastDueRange.Between(0, 90), 8m), FeeTier.ForAge("B", DaysPastDueRange.Between(91, 365), 12m)]);

        Assert.Equal(
            [
                new FeeScheduleViolation("tiers[0].age", "the youngest tier must have no minimum, so that every age at placement has a tier (ages below 0 have none)"),
                new FeeScheduleViolation("tiers[1].age", "the oldest tier must have no maximum, so that every age at placement has a tier (ages above 365 have none)"),
            ],
            violations);
    }

    [Fact]
    public void Create_NegativeOrAbove100Percentage_RefusedNamingTheField()
    {
        var violations = Violations([FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), -5m), FeeTier.ForAge("B", DaysPastDueRange.AtLeast(91), 120m)]);

        Assert.Equal(
            [
                new FeeScheduleViolation("tiers[0].percent", "must not be negative (got -5)"),
                new FeeScheduleViolation("tiers[1].percent", "must be at most 100 (got 120); a fee is a share of what was collected"),
            ],
            violations);
    }

    [Fact]
    public void Create_CapBelowItsMinimum_RefusedNamingTheCap()
    {
        var violations = Violations(
            [FeeTier.ForAge("A", DaysPastDueRange.All, 8m)],
            new FeeScheduleTerms { MinimumPerPayment = Sr(25m), CapPerPayment = Sr(10m), MinimumPerStatement = Sr(1_000m), CapPerStatement = Sr(999.99m) });

        Assert.Equal(
            [
                new FeeScheduleViolation("capPerPayment", "the cap (10.00 SAR) is below the minimum (minimumPerPayment 25.00 SAR)"),
                new FeeScheduleViolation("capPerStatement", "the cap (999.99 SAR) is below the minimum (minimumPerStatement 1000.00 SAR)"),
            ],
            violations);
    }

    [Fact]
    public void Create_BalanceTiersOverlappingOrWithGaps_RefusedNamingTheField()
    {
        var age = DaysPastDueRange.All;
        var overlapping = Violations(
        [
            new FeeTier("S", age, MoneyRange.Between(Sr(0m), Sr(10_000m)), 12m),
            new FeeTier("L", age, MoneyRange.AtLeast(Sr(5_000m)), 10m),
        ]);
        var gap = Violations(
        [
            new FeeTier("S", age, MoneyRange.Between(Sr(0m), Sr(5_000m)), 12m),
            new FeeTier("L", age, MoneyRange.AtLeast(Sr(10_000m)), 10m),
        ]);
        var unbanded = Violations([new FeeTier("S", age, MoneyRange.Between(Sr(0m), Sr(5_000m)), 12m), FeeTier.ForAge("ALL", age, 10m)]);

        Assert.Equal([new FeeScheduleViolation("tiers[1].placedBalance", "[5000.00 SAR, …) overlaps tiers[0].placedBalance ([0.00 SAR, 10000.00 SAR))")], overlapping);
        Assert.Equal([new FeeScheduleViolation("tiers[1].placedBalance", "leaves a gap after tiers[0].placedBalance: balances from 5000.00 SAR to below 10000.00 SAR have no tier")], gap);
        Assert.Equal(
            [new FeeScheduleViolation("tiers[1].placedBalance", "is required: tiers[0], tiers[1] share the ages .., so each needs a balance range (or keep one tier for these ages)")],
            unbanded);
    }

    [Fact]
    public void Create_EveryViolationListedAtOnce_WithStageFeesOnTheWrongTrack()
    {
        var terms = new FeeScheduleTerms
        {
            VatPercent = -1m,
            CapPerPayment = Money.Of(5m, Currency.UsDollar),
            StageFees = [new StageFee(new LegalStageCode("filed"), Sr(100m)), new StageFee(new LegalStageCode("filed"), Sr(-1m))],
        };

        var error = Assert.Throws<FeeScheduleException>(() => FeeSchedule.Create(default, Creditor, CollectionTrack.Amicable, Sar, [FeeTier.ForAge("", DaysPastDueRange.Between(10, 5), 8m)], terms));

        Assert.Equal(
            ["schedule", "tiers[0].code", "tiers[0].age", "stageFees", "stageFees[1].stage", "stageFees[1].fee", "capPerPayment", "vatPercent"],
            error.Violations.Select(v => v.Field));
        Assert.Contains("tiers[0].age: ends (5) before it starts (10)", error.Message, StringComparison.Ordinal);
        Assert.Contains("stage fees belong to the legal track (this schedule is for the amicable track)", error.Message, StringComparison.Ordinal);
        Assert.Contains("capPerPayment: must be in the schedule's currency SAR (got 5.00 USD)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-30, 4_000.00, "A")]
    [InlineData(90, 4_000.00, "A")]
    [InlineData(91, 9_999.99, "B-small")]
    [InlineData(180, 10_000.00, "B-large")]
    [InlineData(181, 10_000.00, "C")]
    [InlineData(3650, 1.00, "C")]
    public void TierFor_AgeAtPlacementAndPlacedBalance_PickTheOneTier(int age, double balance, string expected) =>
        Assert.Equal(expected, Amicable().TierFor(new DaysPastDue(age), Sr((decimal)balance)).Code);

    [Theory]
    [InlineData(100.10, 12.5, 12.51)]   // 12.5125 → 12.51
    [InlineData(0.05, 10, 0.01)]        // 0.005 → 0.01 (half away from zero)
    [InlineData(0.04, 10, 0.00)]        // 0.004 → 0.00
    [InlineData(2_500.05, 10, 250.01)]  // 250.005 → 250.01
    [InlineData(1_000, 0, 0.00)]
    public void PercentageFee_RoundsHalfAwayFromZeroToTheHalala(double collected, double percent, double expected)
    {
        var tier = FeeTier.ForAge("T", DaysPastDueRange.All, (decimal)percent);
        var schedule = FeeSchedule.Create(new FeeScheduleId("s"), Creditor, CollectionTrack.Amicable, Sar, [tier]);

        Assert.Equal(Sr((decimal)expected), schedule.PercentageFee(Sr((decimal)collected), tier));
    }

    [Fact]
    public void Create_TiersGivenInAnyOrder_KeptYoungestFirstThenSmallestBalance()
    {
        var schedule = FeeSchedule.Create(
            new FeeScheduleId("s"),
            Creditor,
            CollectionTrack.Amicable,
            Sar,
            [
                FeeTier.ForAge("C", DaysPastDueRange.AtLeast(181), 15m),
                new FeeTier("B-large", DaysPastDueRange.Between(91, 180), MoneyRange.AtLeast(Sr(10_000m)), 10m),
                FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), 8m),
                new FeeTier("B-small", DaysPastDueRange.Between(91, 180), MoneyRange.Between(Sr(0m), Sr(10_000m)), 12m),
            ]);

        Assert.Equal(["A", "B-small", "B-large", "C"], schedule.Tiers.Select(t => t.Code));
        Assert.Equal(Amicable().Tiers, schedule.Tiers);
    }

    [Fact]
    public void TierFor_BalanceInAnotherCurrency_Refused() =>
        Assert.Throws<ArgumentException>(() => Amicable().TierFor(new DaysPastDue(10), Money.Of(5m, Currency.UsDollar)));

    [Fact]
    public void FeeScheduleCatalog_TwoSchedulesForOneCreditorAndTrack_Refused()
    {
        var catalog = FeeScheduleCatalog.Create([Amicable(), Flat(10m, track: CollectionTrack.Legal)]);

        Assert.True(catalog.TryGet(Creditor, CollectionTrack.Legal, out var legal));
        Assert.Equal(new FeeScheduleId("flat"), legal.Id);
        Assert.False(catalog.TryGet(new CreditorId("OTHER"), CollectionTrack.Legal, out _));
        var error = Assert.Throws<ArgumentException>(() => FeeScheduleCatalog.Create([Amicable(), Flat(10m)]));
        Assert.Contains("schedules acme-phone-2026 and flat are both for creditor ACME-BANK on the amicable track", error.Message, StringComparison.Ordinal);
    }
}
