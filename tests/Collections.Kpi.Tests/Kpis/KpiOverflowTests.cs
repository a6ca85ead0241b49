using static Collections.Kpi.Tests.Kpis.HandComputedCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>An Add batch or a Merge whose sums would leave the range of 64-bit numbers throws
/// <see cref="OverflowException"/> and changes nothing: the saved state is byte for byte the one before.</summary>
public sealed class KpiOverflowTests
{
    private static readonly LocalDate Day = new(2026, 3, 10);
    private const long Half = (long.MaxValue / 2) + 1;

    private static KpiAccumulator Started() =>
        new KpiAccumulator(Scope).Add(new KpiAccount(5, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = 10_00 })
            .Add(new KpiAttempt(5, Channel.Call, AttemptOutcome.RightParty, Day) { Agent = 1 })
            .Add(new KpiPayment(5, Day, 1_00));

    private static void AssertRefusedAndUnchanged(KpiAccumulator accumulator, Action refused)
    {
        var before = accumulator.SaveState();

        var error = Assert.Throws<OverflowException>(refused);

        Assert.Contains("nothing", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, accumulator.SaveState());
    }

    [Fact]
    public void Merge_APaymentSumOutOfRange_ChangesNothing_NotEvenTheAttemptsCountedBeforeThePaymentsInTheOldOrder()
    {
        var a = new KpiAccumulator(Scope).Add(new KpiPayment(0, Day, long.MaxValue - 10));
        var b = new KpiAccumulator(Scope).Add(new KpiPayment(1, Day, 100)).Add(new KpiAttempt(1, Channel.Call, AttemptOutcome.RightParty, Day));

        AssertRefusedAndUnchanged(a, () => a.Merge(b));

        Assert.Equal(0, a.Facts.Attempts);
        Assert.Null(a.ToReport().Figure(KpiId.RightPartyContactRate).Value);
        Assert.Equal(1, b.Facts.Attempts); // the other is left as it was too
    }

    [Fact]
    public void Merge_CellsThatFitButWholesThatDoNot_Refused()
    {
        // No breakdown: each channel's amount promised fits in its cell, their sum over channels does not.
        var scope = KpiScope.Create(March, Scope.Currency, Buckets);
        var a = new KpiAccumulator(scope).Add(new KpiPromiseDue(0, Day, Day, Half, 0) { Channel = Channel.Call });
        var b = new KpiAccumulator(scope).Add(new KpiPromiseDue(1, Day, Day, Half, 0) { Channel = Channel.Sms });

        AssertRefusedAndUnchanged(a, () => a.Merge(b));
    }

    [Fact]
    public void Merge_ThatFits_StillAddsEverything()
    {
        var a = new KpiAccumulator(Scope).Add(new KpiPayment(0, Day, long.MaxValue - 100));
        var b = new KpiAccumulator(Scope).Add(new KpiPayment(1, Day, 100));

        a.Merge(b);

        Assert.Equal(2, a.Facts.Payments);
        Assert.Equal(a.SaveState(), KpiAccumulator.LoadState(a.SaveState()).SaveState());
    }

    [Fact]
    public void AddPayments_TwoHalvesOfTheRangeInOneBatch_CountNeitherNorTheirPayingBits()
    {
        var accumulator = Started();

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add([new KpiPayment(0, Day, Half), new KpiPayment(1, Day, Half)]));

        Assert.Equal(1, accumulator.Facts.Payments);
        Assert.Equal(new Rate(1, 1), accumulator.ToReport().Figure(KpiId.PayingAccountsRate).Rate);
    }

    [Fact]
    public void AddPayments_OneThatWouldTakeTheTotalOutOfRange_Refused()
    {
        var accumulator = Started().Add(new KpiPayment(0, Day, long.MaxValue - 1_00));

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add(new KpiPayment(0, Day, 1)));
    }

    [Fact]
    public void AddPayments_OutsideThePeriod_CountOnlyAsFactsAndDoNotOverflow()
    {
        var accumulator = Started().Add(new KpiPayment(0, Day, long.MaxValue - 1_00));

        accumulator.Add(new KpiPayment(0, Day.PlusDays(30), long.MaxValue));

        Assert.Equal(1, accumulator.Facts.PaymentsOutsidePeriod);
    }

    [Fact]
    public void AddPromises_AmountsPromisedOutOfRange_Refused()
    {
        var accumulator = Started();

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add([new KpiPromiseDue(0, Day, Day, Half, Half), new KpiPromiseDue(1, Day, Day, Half, 0)]));
    }

    [Fact]
    public void AddAccounts_BalancesPlacedOutOfRange_RefusedAndTheAccountsCanBeAddedAgain()
    {
        var accumulator = Started();
        KpiAccount[] accounts =
        [
            new(0, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = Half },
            new(1, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = Half },
        ];

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add(accounts));

        accumulator.Add(accounts[0]); // not marked present by the refused batch
        Assert.Equal(2, accumulator.Facts.Accounts);
    }

    [Fact]
    public void AddAccounts_StartBalancesOutOfRange_Refused()
    {
        var accumulator = Started();
        KpiAccount Rolling(int index) => new(index, InventoryStatus.AtStart)
        {
            StartState = RollState.InBucket(Buckets.Buckets[1]),
            EndState = RollState.InBucket(Buckets.Buckets[2]),
            BalanceAtStartMinorUnits = Half,
        };

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add([Rolling(0), Rolling(1)]));
    }

    [Fact]
    public void AddAttempts_CostThatWouldTakeTheTotalOutOfRange_RefusedWholeAlsoOnTheChunkedPath()
    {
        // A total near the limit is only reachable through a loaded state: one attempt's cost patched in every tally.
        var accumulator = NearTheCostLimit();
        var small = new KpiAttempt(0, Channel.Call, AttemptOutcome.NoAnswer, Day);
        var costly = small with { CostMinorUnits = 1_001 };

        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add([small, costly]));

        var large = Enumerable.Repeat(small, 20_000).Append(costly).ToArray(); // more than one chunk: counted chunk by chunk
        AssertRefusedAndUnchanged(accumulator, () => accumulator.Add(large));
        Assert.Equal(1, accumulator.Facts.Attempts);
    }

    // One attempt whose cost is long.MaxValue − 1,000 (patched into the channel and every breakdown, so it loads).
    private static KpiAccumulator NearTheCostLimit()
    {
        var scope = KpiScope.Create(March, Scope.Currency, Buckets);
        var state = new KpiAccumulator(scope).Add(new KpiAttempt(0, Channel.Call, AttemptOutcome.NoAnswer, Day) { CostMinorUnits = 12_345 }).SaveState();
        var at = state.AsSpan().IndexOf(BitConverter.GetBytes(12_345L));
        BitConverter.GetBytes(long.MaxValue - 1_000).CopyTo(state, at);
        Assert.Equal(-1, state.AsSpan(at + 8).IndexOf(BitConverter.GetBytes(12_345L))); // no breakdown: the channel tally only
        return KpiAccumulator.LoadState(state);
    }
}
