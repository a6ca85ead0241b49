using System.Collections.Immutable;
using Collections.Core.Audit;
using Collections.Core.InMemory;
using Collections.Kpi.Governance;

namespace Collections.Kpi.Tests.Governance;

/// <summary>The governance sketch of src/Collections.Kpi/README.md, as written there (with a quarter of empty weeks and an
/// in-memory audit store).</summary>
public sealed class GovernanceReadmeExampleTests
{
    [Fact]
    public async Task Readme_governance_example_builds_a_report_and_recommendations()
    {
        var quarter = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        var codebook = new KpiCodebookBuilder().Build();
        var baseline = KpiBaseline.Create("assessment", [new KpiBaselineValue(KpiId.ForwardRollRate, 8m)]);
        var auditStore = new InMemoryAuditStore();
        var ct = TestContext.Current.CancellationToken;
        var account = new AccountId("ACC-7");
        var creditor = new CreditorId("bank-1");
        var balance = Money.Of(5_000m, Currency.SaudiRiyal);

        var builder = new GovernanceReportBuilder(new CreditorId("bank-1"), GovernancePeriodKind.Weekly, Currency.SaudiRiyal, codebook)
        {
            FirstDayOfWeek = IsoDayOfWeek.Sunday,
            CreditorZone = DateTimeZoneProviders.Tzdb["Asia/Riyadh"],
            Baseline = baseline,
            AuditHead = await auditStore.ReadHeadAsync(ct),
        };
        foreach (var week in GovernancePeriod.Cut(GovernancePeriodKind.Weekly, quarter, IsoDayOfWeek.Sunday))
        {
            var scope = KpiScope.Create(week.Interval, Currency.SaudiRiyal, AgingBucketSet.Default,
                [KpiDimension.Segment, KpiDimension.Agent, KpiDimension.Template]);
            var accumulator = new KpiAccumulator(scope);
            builder.AddPeriod(accumulator.ToReport());
        }

        builder.AddTarget(new KpiTarget(KpiId.RightPartyContactRate, 30m))
               .AddChannelCost(Channel.Call, Money.Of(1.20m, Currency.SaudiRiyal))
               .AddAccount(new GovernanceAccountActivity(account, creditor, new DaysPastDue(120), balance, Attempts: 8, PromisesKept: 0));

        GovernanceReport report = builder.Build();
        ImmutableArray<Recommendation> next = NextQuarterRecommendations.Evaluate(report);

        Assert.Equal(14, report.Periods.Length);
        Assert.Equal(AuditHead.Empty, report.Provenance.AuditHead);
        Assert.All(report.Periods, p => Assert.Equal(KpiTargetStatus.NoValue, p.Kpi(KpiId.RightPartyContactRate)!.Status));
        var escalation = Assert.Single(next);
        Assert.Equal([account], escalation.Subject.Accounts);
    }
}
