using System.Collections.Immutable;

namespace Collections.Aging.Tests.Segmentation;

/// <summary>Examples for the default segment set: each segment with an account that lands in it, and the reasons it gives.</summary>
public sealed class StandardSegmentsTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;

    public static TheoryData<string, int, decimal, bool, int?, ContactPointAvailability, string> Accounts() => new()
    {
        // account, worst DPD, debt (SAR), open dispute, periods with payment (of 3), contact points → expected segment
        { "disputed late account", 200, 10_000m, true, 0, ContactPointAvailability.Usable, "dispute" },
        { "disputed, no contact point", 45, 100m, true, null, ContactPointAvailability.NoneUsable, "dispute" },
        { "owes nothing", 0, 0m, false, null, ContactPointAvailability.Unknown, "no-debt" },
        { "no usable contact point", 45, 1_000m, false, null, ContactPointAvailability.NoneUsable, "tracing" },
        { "121+ and no payment", 150, 1_000m, false, 0, ContactPointAvailability.Usable, "escalation-review" },
        { "121+ and paying", 150, 1_000m, false, 1, ContactPointAvailability.Usable, "late-stage" },
        { "121+ and payments unknown", 121, 1_000m, false, null, ContactPointAvailability.Unknown, "late-stage" },
        { "91-120", 91, 1_000m, false, null, ContactPointAvailability.Usable, "intensive" },
        { "91-120, upper edge", 120, 100_000m, false, 0, ContactPointAvailability.Usable, "intensive" },
        { "31-90 at the threshold", 31, 5_000m, false, null, ContactPointAvailability.Usable, "mid-stage-high" },
        { "31-90 high, reachability unknown", 90, 50_000m, false, null, ContactPointAvailability.Unknown, "mid-stage-high" },
        { "31-90 just below the threshold", 60, 4_999.99m, false, null, ContactPointAvailability.Usable, "mid-stage" },
        { "30 days, high", 30, 20_000m, false, null, ContactPointAvailability.Usable, "early-stage-high" },
        { "current, low", 0, 100m, false, null, ContactPointAvailability.Unknown, "early-stage" },
        { "not yet due, low", -10, 100m, false, null, ContactPointAvailability.Usable, "early-stage" },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public void Saudi_Account_LandsInTheSegmentItsStageCallsFor(string account, int daysPastDue, decimal debt, bool dispute, int? paid, ContactPointAvailability contact, string expected)
    {
        var profile = Profile(account, daysPastDue, debt, dispute, paid, contact);

        var assignment = Assert.Single(PortfolioSegmentation.Assign(StandardSegments.Saudi, [profile], StandardSegments.OptionsFor(StandardSegments.SaudiHighBalance)).Assignments);

        Assert.Equal(expected, assignment.Segment.Id.Value);
    }

    [Fact]
    public void Saudi_OtherCurrencyWithoutAThreshold_NeverHighBalance()
    {
        var profile = Profile("usd", 45, 1_000_000m, false, null, ContactPointAvailability.Usable) with
        {
            Position = new AccountPosition(new AccountId("usd"), new DaysPastDue(45), Money.Of(1_000_000m, Currency.UsDollar), Money.Zero(Currency.UsDollar), 1),
        };

        Assert.Equal("mid-stage", PortfolioSegmentation.Assign(StandardSegments.Saudi, [profile]).Assignments[0].Segment.Id.Value);
        Assert.Equal("mid-stage-high", PortfolioSegmentation.Assign(StandardSegments.Create(Money.Of(5_000m, Currency.UsDollar)), [profile]).Assignments[0].Segment.Id.Value);
    }

    [Fact]
    public void Saudi_CallsRarelyReachTheDebtors_HardToReachWrittenChannelsFirst()
    {
        // Four accounts 45 days late, 20 attempts each, 1 RPC in all: p0 = 1/80 = 1.25%, every estimate below 10%.
        var profiles = Enumerable.Range(0, 4)
            .Select(i => Profile("a" + i, 45, 10_000m, false, null, ContactPointAvailability.Usable) with
            {
                Reachability = new ReachabilitySignals(ContactPointAvailability.Usable, 1, 1, hasAttemptHistory: true, 20, i == 0 ? 1 : 0),
            })
            .ToList();

        var result = PortfolioSegmentation.Assign(StandardSegments.Saudi, profiles);

        Assert.All(result.Assignments, a => Assert.Equal("hard-to-reach", a.Segment.Id.Value));
        Assert.All(result.Assignments, a => Assert.True(a.Reachability.SmoothedRate!.Value.Value < StandardSegments.HardToReachBelow));
        Assert.Equal(0, result.Assignments[0].ChannelMix.PercentFor(Channel.Call));
    }

    [Fact]
    public void Saudi_Escalation_ReasonsInWordsInBothLanguages()
    {
        var profile = Profile("late", 150, 1_000m, false, 0, ContactPointAvailability.Unknown) with { Reachability = ReachabilitySignals.NoContactData };

        var reasons = PortfolioSegmentation.Assign(StandardSegments.Saudi, [profile]).Assignments[0].Reasons;

        Assert.Equal(
        [
            "121 or more days past due and no payment in the recent periods: review for legal escalation, which needs the creditor's prior written authorization. Meanwhile a final demand letter and calls.",
            "150 days past due (bucket 121+); debt 1000.00 SAR.",
            "Payments in 0 of the last 3 periods.",
            "Reachability unknown — no contact data (no contact points and no contact attempts were provided).",
        ],
        reasons.Select(r => r.English));
        Assert.Contains("التصعيد القانوني", reasons[0].Arabic, StringComparison.Ordinal);   // BRIEF: legal escalation
        Assert.Contains("تفويض كتابي مسبق", reasons[0].Arabic, StringComparison.Ordinal);  // BRIEF: prior written authorization
        Assert.Contains("الجهة الدائنة", reasons[0].Arabic, StringComparison.Ordinal);     // BRIEF: creditor
        Assert.Equal("أيام التأخر 150 (الفئة 121+)؛ المديونية 1000.00 SAR.", reasons[1].Arabic);
        Assert.Equal("سداد في 0 من آخر 3 فترات.", reasons[2].Arabic);
    }

    [Fact]
    public void Saudi_Dispute_NoOutboundContactAndSaysContactIsFrozen()
    {
        var assignment = PortfolioSegmentation.Assign(StandardSegments.Saudi, [Profile("d", 200, 10_000m, true, 0, ContactPointAvailability.Usable)]).Assignments[0];

        Assert.True(assignment.ChannelMix.WithholdsContact);
        Assert.Empty(assignment.ChannelMix.Shares);
        Assert.StartsWith("An open dispute freezes contact about the debt on every channel", assignment.Reasons[0].English, StringComparison.Ordinal);
        Assert.Contains("اعتراض", assignment.Reasons[0].Arabic, StringComparison.Ordinal); // BRIEF: dispute
        Assert.Contains("Open dispute (1 disputed open item(s)).", assignment.Reasons.Select(r => r.English));
    }

    [Fact]
    public void Saudi_CreditOnlyAccount_NothingOwedAndCreditKeptApart()
    {
        var profile = AccountProfile.Of(new AccountPosition(new AccountId("c"), DaysPastDue.Current, Money.Zero(Sar), Money.Of(-50m, Sar), 1));

        var assignment = PortfolioSegmentation.Assign(StandardSegments.Saudi, [profile]).Assignments[0];

        Assert.Equal("no-debt", assignment.Segment.Id.Value);
        Assert.Equal(["Nothing owed as of the date.", "Credit balance -50.00 SAR kept apart, not netted against debt."], assignment.Reasons.Skip(1).Take(2).Select(r => r.English));
    }

    [Fact]
    public void Saudi_Definitions_TwelveSegmentsEveryTitleAndReasonInBothLanguages()
    {
        var set = StandardSegments.Saudi;

        Assert.Equal(
            ["dispute", "no-debt", "tracing", "escalation-review", "late-stage", "hard-to-reach", "intensive", "mid-stage-high", "mid-stage", "early-stage-high", "early-stage", "general"],
            set.Definitions.Select(d => d.Id.Value));
        Assert.True(set.CatchAll.IsCatchAll);
        Assert.All(set.Definitions, d => Assert.Matches("\\p{IsArabic}", d.Title.Arabic));
        Assert.All(set.Definitions.SelectMany(d => d.Reasons), r => Assert.Matches("\\p{IsArabic}", r.Arabic));
        Assert.All(set.Definitions.Where(d => !d.ChannelMix.WithholdsContact), d => Assert.Equal(100, d.ChannelMix.Shares.Sum(s => s.Percent)));
        Assert.Equal(["dispute", "no-debt", "tracing"], set.Definitions.Where(d => d.ChannelMix.WithholdsContact).Select(d => d.Id.Value));
    }

    [Fact]
    public void Create_NoThreshold_Refused() =>
        Assert.Throws<ArgumentException>(() => StandardSegments.Create());

    [Fact]
    public void Summaries_SharesOfAccountsAndDebtAsComputedByHand()
    {
        // early-stage: 100 + 300 = 400 SAR (2 accounts); mid-stage-high: 6,000 SAR (1); no-debt: 1 account, 0 SAR.
        // Shares: accounts 2/4, 1/4, 1/4; debt 400/6,400 = 6.25%, 6,000/6,400 = 93.75%.
        AccountProfile[] profiles =
        [
            Profile("e1", 0, 100m, false, null, ContactPointAvailability.Unknown),
            Profile("e2", 10, 300m, false, null, ContactPointAvailability.Unknown),
            Profile("m1", 45, 6_000m, false, null, ContactPointAvailability.Unknown),
            Profile("z1", 0, 0m, false, null, ContactPointAvailability.Unknown),
        ];

        var result = PortfolioSegmentation.Assign(StandardSegments.Saudi, profiles);

        Assert.True(result.TryGetSummary(StandardSegments.EarlyStage, out var early));
        Assert.Equal((2, 0.5m, 400m, 0.0625m), (early.Accounts, early.ShareOfAccounts.Value!.Value, early.DebtIn(Sar).Amount, early.Debt.Single().ShareOfCurrencyDebt.Value!.Value));
        Assert.True(result.TryGetSummary(StandardSegments.MidStageHigh, out var mid));
        Assert.Equal((1, 0.25m, 6_000m, 0.9375m), (mid.Accounts, mid.ShareOfAccounts.Value!.Value, mid.DebtIn(Sar).Amount, mid.Debt.Single().ShareOfCurrencyDebt.Value!.Value));
        Assert.True(result.TryGetSummary(StandardSegments.Intensive, out var empty));
        Assert.Equal((0, 0m), (empty.Accounts, empty.ShareOfAccounts.Value!.Value));
    }

    [Fact]
    public void Summaries_NoAccounts_SharesAreNotApplicableNotZero()
    {
        var result = PortfolioSegmentation.Assign(StandardSegments.Saudi, []);

        Assert.All(result.Summaries, s => Assert.False(s.ShareOfAccounts.IsDefined));
        Assert.Empty(result.Assignments);
    }

    [Fact]
    public void Assign_SameAccountTwice_Refused()
    {
        var profile = Profile("a", 0, 1m, false, null, ContactPointAvailability.Unknown);

        var error = Assert.Throws<ArgumentException>(() => PortfolioSegmentation.Assign(StandardSegments.Saudi, [profile, profile]));

        Assert.Contains("account a appears again at profile 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assign_ProfileWithoutAPosition_RefusedNamingIt()
    {
        var broken = Profile("a", 0, 1m, false, null, ContactPointAvailability.Unknown) with { Position = null! };

        var error = Assert.Throws<ArgumentException>(() => PortfolioSegmentation.Assign(StandardSegments.Saudi, [Profile("b", 0, 1m, false, null, ContactPointAvailability.Unknown), broken]));

        Assert.Contains("profile 1 lacks its position, behaviour or reachability", error.Message, StringComparison.Ordinal);
    }

    private static AccountProfile Profile(string account, int daysPastDue, decimal debt, bool dispute, int? paid, ContactPointAvailability contact) =>
        new(
            new AccountPosition(new AccountId(account), debt > 0 ? new DaysPastDue(daysPastDue) : DaysPastDue.Current, Money.Of(debt, Sar), Money.Zero(Sar), debt > 0 ? 1 : 0),
            new BehaviourSignals(3, paid, DelinquencyTrend.Unknown, 3) { HasOpenDispute = dispute, DisputedOpenItems = dispute ? 1 : 0 },
            contact == ContactPointAvailability.Unknown
                ? ReachabilitySignals.NoContactData
                : new ReachabilitySignals(contact, contact == ContactPointAvailability.Usable ? 1 : 0, 1, hasAttemptHistory: false, 0, 0));
}
