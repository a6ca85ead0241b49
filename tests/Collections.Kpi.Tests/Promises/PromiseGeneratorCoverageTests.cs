using FsCheck.Fluent;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>Guards the promise properties against a generator that only makes trivial cases: a seeded sample must reach every
/// status, installments, late and back-dated payments, reversals that change the answer and payments beyond the promise.</summary>
public sealed class PromiseGeneratorCoverageTests
{
    [Fact]
    public void Generated_scenarios_reach_every_status_and_every_kind_of_payment()
    {
        var scenarios = PromiseGenerators.Scenarios().Sample(500, new FsCheck.Rnd(20261204UL), 50);
        var evaluations = scenarios.Select(s => (Scenario: s, Evaluation: s.Evaluate())).ToList();

        foreach (var status in PromiseStatus.All)
        {
            Assert.True(evaluations.Count(e => e.Evaluation.Status == status) >= 25, $"too few {status.Code} promises: " + string.Join(",", evaluations.GroupBy(e => e.Evaluation.Status.Code).Select(g => g.Key + "=" + g.Count())));
        }

        Assert.True(evaluations.Count(e => e.Scenario.Promise.HasInstallments) >= 100, "too few installment promises");
        Assert.True(evaluations.Count(e => e.Evaluation.PaidAfterGrace.IsPositive) >= 25, "too few late payments");
        Assert.True(evaluations.Count(e => e.Evaluation.PaidBeyondPromise.IsPositive) >= 25, "too few payments beyond the promise");
        Assert.True(evaluations.Count(e => e.Evaluation.Installments.Any(i => i.Status == PromiseStatus.Kept) && e.Evaluation.Installments.Any(i => i.IsMissed)) >= 10, "too few promises with kept and missed installments");
        Assert.True(
            evaluations.Count(e => e.Scenario.Payments.Any(p => p.PostedAt > NoonOn(e.Scenario.LastGraceEnd) && p.ValueDate <= e.Scenario.LastGraceEnd && e.Evaluation.CountedPayments.Contains(p.Id))) >= 10,
            "too few back-dated payments that count");
        Assert.True(
            evaluations.Count(e => PromiseEvaluator.Evaluate(e.Scenario.Promise, e.Scenario.Payments, [], e.Scenario.AsOf).AmountKept != e.Evaluation.AmountKept) >= 25,
            "too few reversals that change the amount kept");
    }
}
