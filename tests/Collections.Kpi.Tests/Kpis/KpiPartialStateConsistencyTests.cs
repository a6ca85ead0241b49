using System.Buffers.Binary;
using static Collections.Kpi.Tests.Kpis.HandComputedCase;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Partial state that is well-formed but impossible — counts no facts could have produced — is refused by
/// <c>LoadState</c> with a <see cref="FormatException"/> naming the part, the code or account and the counter, instead of
/// crashing <see cref="KpiAccumulator.ToReport"/> or giving impossible rates later.</summary>
/// <remarks>The corrupt states are valid states with bytes changed at offsets found by walking the format
/// (docs/kpi-partial-state.md).</remarks>
public sealed class KpiPartialStateConsistencyTests
{
    private static readonly LocalDate Day = new(2026, 3, 10);

    // Blocks of a tally, in order, and their longs per code.
    private const int Attempts = 0;
    private const int Promises = 1;
    private const int Payments = 3;
    private const int AccountsBlock = 4;
    private static readonly int[] BlockWidths = [54, 5, 1, 2, 12, 1];

    private static string LoadFails(byte[] state) => Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state)).Message;

    private static byte[] WithInt64(byte[] state, int offset, long value)
    {
        var bad = state.ToArray();
        BinaryPrimitives.WriteInt64LittleEndian(bad.AsSpan(offset < 0 ? bad.Length + offset : offset), value);
        return bad;
    }

    // The fact counters follow "int32 11" and precede the channel tally's dimension value 5.
    private static int CountersOffset(byte[] state)
    {
        for (var i = 16; i + 100 <= state.Length; i++)
        {
            if (BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(i)) == 11 && BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(i + 4 + (11 * 8))) == 5)
            {
                return i + 4;
            }
        }

        throw new InvalidOperationException("No fact counters found in the state.");
    }

    /// <summary>The offset of one long of a tally (0 = the channel tally, then the scope's other breakdowns in order).</summary>
    private static int Cell(byte[] state, int tally, int block, int code, int field)
    {
        var at = CountersOffset(state) + (11 * 8);
        for (var t = 0; ; t++)
        {
            var capacity = BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(at + 4));
            var data = at + 8;
            if (t == tally)
            {
                var offset = data;
                for (var b = 0; b < block; b++)
                {
                    offset += capacity * BlockWidths[b] * 8;
                }

                return offset + (((code * BlockWidths[block]) + field) * 8);
            }

            at = data + (capacity * BlockWidths.Sum() * 8);
        }
    }

    private static byte[] OnePromise(long promised, long paid) =>
        new KpiAccumulator(Scope).Add(new KpiPromiseDue(0, Day, Day, promised, paid)).SaveState();

    [Fact]
    public void TheHelpers_FindTheCellsTheTestsPatch()
    {
        var state = OnePromise(1_00, 0);

        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(state.AsSpan(Cell(state, 0, Promises, 0, 0))));
        Assert.Equal(1_00, BinaryPrimitives.ReadInt64LittleEndian(state.AsSpan(Cell(state, 0, Promises, 0, 3))));
        Assert.Equal(1_00, BinaryPrimitives.ReadInt64LittleEndian(state.AsSpan(Cell(state, 1, Promises, 0, 3)))); // by segment
        Assert.Equal(1, BinaryPrimitives.ReadInt64LittleEndian(state.AsSpan(CountersOffset(state) + (2 * 8)))); // promises due
    }

    [Fact]
    public void LoadState_AccountKeyWithASegmentCodeTheCountersDoNotHave_RefusedNamingAccountAndCode()
    {
        var state = new KpiAccumulator(Scope).Add(new KpiAccount(0, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = 100_00 }).SaveState();
        state[^8] = 200; // the key's segment code (bits 32-47): was 0, the segment counters have code 0 only

        var message = LoadFails(state);

        Assert.Contains("account keys is not valid: account index 0 has segment code 200, but the counters by segment have codes 0..0", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AccountKeyMovedToAnotherExistingCode_RefusedAsTheCountsPerCodeDisagree()
    {
        var accumulator = new KpiAccumulator(Scope).Add([
            new KpiAccount(0, InventoryStatus.AtStart) { Key = Seg(1) },
            new KpiAccount(1, InventoryStatus.AtStart) { Key = Seg(2) }]);
        var state = accumulator.SaveState();
        state[^8] = 1; // account 1's segment code 2 → 1: code 1 would have two keys and one account fact

        var message = LoadFails(state);

        Assert.Contains("account keys is not valid: 2 keys (2 in inventory) have segment code 1, but its counters hold 1 account facts (1 in inventory)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_FivePromisesKeptOfOneFallingDue_RefusedNamingTheCounter()
    {
        var state = OnePromise(1_00, 0);

        var message = LoadFails(WithInt64(state, Cell(state, 0, Promises, 0, 1), 5));

        Assert.Contains("counters by channel is not valid: code 0: the promises kept or partially kept (5) cannot exceed the promises falling due (1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ANegativeAmountKept_Refused()
    {
        var state = OnePromise(1_00, 50);

        var message = LoadFails(WithInt64(state, Cell(state, 0, Promises, 0, 4), -50));

        Assert.Contains("counters by channel is not valid: code 0: the amount kept is negative (-50)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AnAmountKeptAboveThePromise_Refused()
    {
        var state = OnePromise(1_00, 50);

        var message = LoadFails(WithInt64(state, Cell(state, 0, Promises, 0, 4), 101));

        Assert.Contains("code 0: the amount kept (101) cannot exceed the amount promised (100)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ANegativeFactCounter_Refused()
    {
        var state = OnePromise(1_00, 0);

        var message = LoadFails(WithInt64(state, CountersOffset(state) + (3 * 8), -1));

        Assert.Contains("counters is not valid: the count of promises falling due outside it is negative (-1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ChannelCountsThatAreNotTheFactCounters_Refused()
    {
        var state = OnePromise(1_00, 0);

        var message = LoadFails(WithInt64(state, CountersOffset(state) + (2 * 8), 2));

        Assert.Contains("counters by channel is not valid: the promises falling due summed over codes (1) are not the 2 the fact counters hold", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ABreakdownThatDoesNotSumToTheWhole_RefusedNamingTheDimension()
    {
        var state = OnePromise(1_00, 0);

        var message = LoadFails(WithInt64(state, Cell(state, 1, Promises, 0, 3), 2_00));

        Assert.Contains("counters by segment is not valid: the promise counters (field 3) summed over codes (200) are not the whole counted by channel (100)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AttemptRightPartyContactsWithoutTheAttemptCount_Refused()
    {
        var state = new KpiAccumulator(Scope).Add(new KpiAttempt(0, Channel.Call, AttemptOutcome.NoAnswer, Day)).SaveState();
        var rightPartyCall = 6 * 3; // class 6 (right party on a call), no agent: slot 6, its count

        var message = LoadFails(WithInt64(state, Cell(state, 0, Attempts, Channel.Call.Value, rightPartyCall), 1));

        Assert.Contains("counters by channel is not valid: the attempts summed over codes (2) are not the 1 the fact counters hold", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ResolvedAccountsAboveTheInventory_Refused()
    {
        var state = new KpiAccumulator(Scope).Add(new KpiAccount(0, InventoryStatus.AtStart)).SaveState();

        var message = LoadFails(WithInt64(state, Cell(state, 0, AccountsBlock, 0, 4), 2)); // settled

        Assert.Contains("counters by channel is not valid: code 0: the accounts resolved (2) cannot exceed the accounts in inventory (1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AmountsCollectedPerAccountThatAreNotThePaymentTotal_Refused()
    {
        // End of the state: paying count, index, amount (int64 at −28), account count, index, key, "ckpi".
        var state = new KpiAccumulator(Scope).Add(new KpiAccount(0, InventoryStatus.AtStart)).Add(new KpiPayment(0, Day, 100_00)).SaveState();
        Assert.Equal(100_00, BinaryPrimitives.ReadInt64LittleEndian(state.AsSpan(state.Length - 28)));

        Assert.Contains(
            "paying accounts is not valid: the amounts collected per account sum to 99, not to the 10000 the payment counters hold",
            LoadFails(WithInt64(state, -28, 99)),
            StringComparison.Ordinal);
        Assert.Contains("paying accounts is not valid: account index 0 has an amount collected of -1", LoadFails(WithInt64(state, -28, -1)), StringComparison.Ordinal);
        Assert.Contains("payments (1) cannot exceed the amount collected", LoadFails(WithInt64(state, Cell(state, 0, Payments, 0, 1), 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBitFlipOfASmallState_LoadsIntoAConsistentReportOrIsAFormatException()
    {
        var state = SmallState();
        var loaded = 0;
        var refused = 0;
        for (var bit = 0; bit < state.Length * 8; bit++)
        {
            var flipped = state.ToArray();
            flipped[bit >> 3] ^= (byte)(1 << (bit & 7));
            KpiAccumulator accumulator;
            try
            {
                accumulator = KpiAccumulator.LoadState(flipped);
            }
            catch (FormatException)
            {
                refused++;
                continue;
            }
            catch (Exception error)
            {
                Assert.Fail($"Bit {bit} (byte {bit >> 3}): LoadState threw {error.GetType().Name}: {error.Message}");
                throw;
            }

            loaded++;
            AssertConsistent(accumulator, bit);
        }

        // Some flips are harmless (a bucket label's letter, a balance's low bit): both outcomes occur.
        Assert.True(loaded > 0 && refused > loaded, $"{loaded} loaded, {refused} refused");
    }

    // A small state with every kind of fact: one breakdown (segment) keeps it to a few thousand bytes.
    private static byte[] SmallState()
    {
        var scope = KpiScope.Create(March, Scope.Currency, Scope.Buckets, [KpiDimension.Segment]);
        return new KpiAccumulator(scope)
            .Add(HandComputedCase.Accounts).Add(HandComputedCase.Attempts).Add(HandComputedCase.Promises)
            .Add(HandComputedCase.Payments).Add(Complaints).Add(AgentTimes)
            .SaveState();
    }

    private static void AssertConsistent(KpiAccumulator accumulator, int bit)
    {
        KpiReport report;
        try
        {
            report = accumulator.ToReport();
            foreach (var definition in KpiCatalog.Default.Definitions.Where(d => d.Source == KpiSource.Accumulator))
            {
                AssertInRange(definition, report.Figure(definition.Id), bit);
                foreach (var dimension in definition.Dimensions.Where(d => d == KpiDimension.Channel || report.Scope.Breakdowns.Contains(d)))
                {
                    foreach (var figure in report.Breakdown(definition.Id, dimension))
                    {
                        AssertInRange(definition, figure, bit);
                    }
                }
            }

            _ = report.RollRates.CureRate();
        }
        catch (Exception error) when (error is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"Bit {bit} (byte {bit >> 3}): the state loaded but the report threw {error.GetType().Name}: {error.Message}");
        }
    }

    // No rate is negative; a share of a whole (every percent but liquidation, which may pass 100 %) is at most 100 %.
    private static void AssertInRange(KpiDefinition definition, KpiFigure figure, int bit)
    {
        var rate = figure.Rate;
        Assert.True(rate.Numerator >= 0 && rate.Denominator >= 0, $"Bit {bit}: {definition.Code} {figure.Key} is {rate}");
        if (definition.Unit == KpiUnit.Percent && definition.Id != KpiId.LiquidationRate)
        {
            Assert.True(rate.Numerator <= rate.Denominator, $"Bit {bit}: {definition.Code} {figure.Key} is {rate}, above 100 %");
        }
    }
}
