using Collections.Kpi.Governance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>A batch added to <see cref="GovernanceReportBuilder"/> is all or none: a refused batch leaves the builder as it was.</summary>
public sealed class GovernanceBatchProperties
{
    /// <summary>KPIs that take a target (one value, a better direction).</summary>
    private static readonly KpiId[] Targetable =
        [.. KpiCatalog.Default.Definitions.Where(d => d.Source != KpiSource.RollRateMatrix && d.Direction != KpiDirection.Neutral).Select(d => d.Id)];

    private static readonly KpiId[] Neutral = [.. KpiCatalog.Default.Definitions.Where(d => d.Direction == KpiDirection.Neutral).Select(d => d.Id)];

    /// <summary>A valid target for a KPI: in its unit's range.</summary>
    private static KpiTarget TargetFor(KpiId id, Random random) =>
        new(id, KpiCatalog.Default[id].Unit == KpiUnit.Percent ? random.Next(0, 101) : random.Next(0, 5_000) / 10m);

    /// <summary>One to five targets for distinct KPIs that have no target in <see cref="GovernanceCase.Builder"/>.</summary>
    private static List<KpiTarget> FreshTargets(Random random)
    {
        var taken = Build().Targets.Select(t => t.Id).ToHashSet();
        return [.. Shuffle(Targetable.Where(id => !taken.Contains(id)).ToArray(), random.Next()).Take(random.Next(1, 6)).Select(id => TargetFor(id, random))];
    }

    private static KpiTarget RefusedTarget(List<KpiTarget> batch, Random random) => random.Next(3) switch
    {
        0 => new KpiTarget(Neutral[random.Next(Neutral.Length)], 1m), // neutral or the roll-rate matrix: takes no target
        1 => TargetFor(Build().Targets[random.Next(Build().Targets.Length)].Id, random), // already has a target
        _ => TargetFor(batch[random.Next(batch.Count)].Id, random), // repeats an item of the batch
    };

    private static List<GovernanceAccountActivity> FreshAccounts(Random random) =>
        [.. Enumerable.Range(10, random.Next(1, 6)).Select(i => new GovernanceAccountActivity(new AccountId("A" + i), Bank, new DaysPastDue(random.Next(0, 400)), Sr(random.Next(1, 10_000)), random.Next(0, 20), random.Next(0, 3)))];

    private static GovernanceAccountActivity RefusedAccount(List<GovernanceAccountActivity> batch, Random random) => random.Next(4) switch
    {
        0 => Activities[random.Next(Activities.Length)], // already added
        1 => batch[random.Next(batch.Count)], // repeats an item of the batch
        2 => batch[0] with { Account = new AccountId("A99"), Creditor = new CreditorId("bank-2") },
        _ => batch[0] with { Account = new AccountId("A99"), Balance = Money.Of(5m, Currency.UsDollar) },
    };

    private static List<T> WithItemAt<T>(List<T> batch, T item, Random random)
    {
        var result = new List<T>(batch);
        result.Insert(random.Next(result.Count + 1), item);
        return result;
    }

    [Property(MaxTest = 60)]
    public Property A_refused_batch_of_targets_leaves_the_builder_as_it_was() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var expected = Build();
            var builder = Builder();
            var fresh = FreshTargets(random);
            var batch = WithItemAt(fresh, RefusedTarget(fresh, random), random);

            var refused = Record.Exception(() => builder.AddTargets(batch)) is ArgumentException { ParamName: "targets" };
            var after = builder.Build();

            // The builder still takes the batch without the refused item: it was left usable, not only unchanged.
            var accepted = Builder().AddTargets(fresh).Build().Targets.Length == expected.Targets.Length + fresh.Count;
            return refused && accepted && after.Provenance.InputSha256 == expected.Provenance.InputSha256 && Describe(after) == Describe(expected);
        });

    [Property(MaxTest = 60)]
    public Property A_refused_batch_of_account_activity_leaves_the_builder_as_it_was() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var expected = Build();
            var builder = Builder();
            var fresh = FreshAccounts(random);
            var batch = WithItemAt(fresh, RefusedAccount(fresh, random), random);

            var refused = Record.Exception(() => builder.AddAccounts(batch)) is ArgumentException { ParamName: "activities" };
            var after = builder.Build();

            var accepted = Builder().AddAccounts(fresh).Build().Accounts.Length == expected.Accounts.Length + fresh.Count;
            return refused && accepted && after.Provenance.InputSha256 == expected.Provenance.InputSha256
                && after.Accounts.SequenceEqual(expected.Accounts);
        });
}
