using Collections.TestKit;
using FsCheck.Fluent;

namespace Collections.Kpi.Tests.Ledger;

/// <summary>Guards the ledger properties against a generator that only makes trivial ledgers: a sample of generated
/// ledgers must reach transitions with delinquent items, cures, settlements on a month end and entered accounts.</summary>
public sealed class LedgerGeneratorCoverageTests
{
    [Fact]
    public void Generated_ledgers_exercise_every_kind_of_transition()
    {
        var ledgers = KpiGenerators.Ledger().Sample(50, new FsCheck.Rnd(20251203UL), 200); // seeded: the check is reproducible
        var asOf = KpiGenerators.LedgerStart.PlusDays(600);
        var histories = ledgers.Select(items => LedgerHistory.Rebuild(items, asOf)).ToList();
        var itemMatrices = histories.SelectMany(h => h.ItemTransitions).SelectMany(t => t.Matrices).ToList();
        var accountMatrices = histories.SelectMany(h => h.AccountTransitions).SelectMany(t => t.Matrices).ToList();

        Assert.True(histories.Count(h => h.MonthEnds.Length >= 12) >= 10, "too few long histories");
        Assert.True(itemMatrices.Sum(m => m.CureRate().Denominator) >= 50, "too few delinquent items");
        Assert.True(itemMatrices.Sum(m => m.CureRate().Numerator) >= 10, "too few cured items");
        Assert.True(accountMatrices.Sum(m => m.TotalEntered.Count) >= 20, "too few accounts entering");
        Assert.True(accountMatrices.Sum(m => m.RowTotal(RollState.Paid).Count) >= 20, "too few paid accounts");
        Assert.True(ledgers.SelectMany(l => l).Count(i => i.SettledOn is { } s && s == s.With(DateAdjusters.EndOfMonth)) >= 5, "too few settlements on a month end");
        Assert.True(histories.Select(h => h.Currencies.Length).Max() == 2, "never two currencies");
    }
}
