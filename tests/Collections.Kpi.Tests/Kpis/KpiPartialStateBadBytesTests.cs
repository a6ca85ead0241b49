using System.Buffers.Binary;
using static Collections.Kpi.Tests.Kpis.HandComputedCase;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Corrupt or hostile partial state, built by changing bytes of a valid state, fails with a
/// <see cref="FormatException"/> that names what is wrong, before anything large is allocated.</summary>
/// <remarks>
/// The state with one account fact (index 0) and no attempts or payments ends (docs/kpi-partial-state.md, parts 6–9) with
/// attempted words (int32) = 0, paying accounts (int32) = 0, account count (int32) = 1, account index (int32) = 0, key
/// (int64), "ckpi": offsets from the end −28, −24, −20, −16, −12, −4. The currency code is at offset 16 (7-bit length 3,
/// "SAR"); the channel tally's capacity follows its dimension value 5 right after the 11 fact counters.
/// </remarks>
public sealed class KpiPartialStateBadBytesTests
{
    private static byte[] OneAccountState() =>
        new KpiAccumulator(Scope).Add(new KpiAccount(0, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = 100_00 }).SaveState();

    private static byte[] FullState() =>
        new KpiAccumulator(Scope).Add(HandComputedCase.Accounts).Add(Attempts).Add(HandComputedCase.Promises).Add(HandComputedCase.Payments).Add(Complaints).Add(AgentTimes).SaveState();

    private static byte[] WithInt32(byte[] state, int offset, int value)
    {
        var bad = state.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(bad.AsSpan(offset < 0 ? bad.Length + offset : offset), value);
        return bad;
    }

    private static int ChannelCapacityOffset(byte[] state)
    {
        for (var i = 16; i + 100 <= state.Length; i++)
        {
            if (BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(i)) == 11 && BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(i + 4 + (11 * 8))) == 5)
            {
                return i + 4 + (11 * 8) + 4;
            }
        }

        throw new InvalidOperationException("No channel tally found in the state.");
    }

    private static string LoadFails(byte[] state) => Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state)).Message;

    [Fact]
    public void TheValidStates_Load()
    {
        var one = OneAccountState();
        Assert.Equal(one, KpiAccumulator.LoadState(one).SaveState());
        Assert.Equal(1, BinaryPrimitives.ReadInt32LittleEndian(one.AsSpan(one.Length - 20)));
        Assert.Equal("ckpi"u8.ToArray(), one[^4..]);
        Assert.Equal(3, one[16]);
        Assert.Equal(0x7FFF, BinaryPrimitives.ReadInt32LittleEndian(WithInt32(one, -16, 0x7FFF).AsSpan(one.Length - 16))); // the helper writes where the test reads
        var full = FullState();
        Assert.Equal(full, KpiAccumulator.LoadState(full).SaveState());
    }

    [Fact]
    public void Every_truncation_of_a_state_is_a_format_exception_saying_truncated_or_not_state()
    {
        var state = FullState();

        for (var length = 0; length < state.Length; length++)
        {
            var message = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state.AsSpan(0, length))).Message;
            Assert.True(
                message.Contains("truncated", StringComparison.Ordinal) || message.Contains("not KPI partial state", StringComparison.Ordinal),
                $"Cut at {length} bytes: {message}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)] // version 1 kept no amount collected per account (liquidation counts the inventory's payments only)
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void LoadState_AnotherFormatVersion_NamesBothVersions(int version)
    {
        var message = LoadFails(WithInt32(OneAccountState(), 4, version));

        Assert.Contains(FormattableString.Invariant($"format version {version} is not one this library reads (it reads 2)"), message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AHugeAccountIndex_RefusedNamingTheIndexAndTheLimit()
    {
        var message = LoadFails(WithInt32(OneAccountState(), -16, int.MaxValue));

        Assert.Contains("account keys is not valid: account index 2147483647 is outside 0..16777215", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AnAccountIndexAtOrAboveAnExplicitLimit_Refused()
    {
        var state = WithInt32(OneAccountState(), -16, 1_000);

        Assert.Equal(state, KpiAccumulator.LoadState(state, accountLimit: 1_001).SaveState());
        var message = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state, accountLimit: 1_000)).Message;
        Assert.Contains("account index 1000 is outside 0..999 (the account limit is 1000)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ANegativeAccountIndex_Refused()
    {
        var message = LoadFails(WithInt32(OneAccountState(), -16, -7));

        Assert.Contains("account index -7 is outside", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(int.MaxValue, "2147483647 accounts, more than the account limit (16777216)")]
    [InlineData(1_000_000, "truncated: it ends inside the account keys (1000000 accounts need 12000000 bytes, 16 are left)")]
    [InlineData(-1, "account keys is not valid: a negative count (-1)")]
    public void LoadState_ABadAccountCount_RefusedBeforeReadingOrAllocating(int count, string expected)
    {
        var message = LoadFails(WithInt32(OneAccountState(), -20, count));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-28, int.MaxValue, "attempted accounts is not valid: 2147483647 words of account bits, more than the account limit (16777216) needs (262144)")]
    [InlineData(-24, -5, "paying accounts is not valid: a negative count (-5)")]
    [InlineData(-24, 16_777_217, "paying accounts is not valid: 16777217 accounts, more than the account limit (16777216)")]
    [InlineData(-24, 262_144, "truncated: it ends inside the paying accounts (262144 accounts need 3145728 bytes, 20 are left)")]
    public void LoadState_ABadAccountBitCount_RefusedBeforeAllocating(int offset, int words, string expected)
    {
        var message = LoadFails(WithInt32(OneAccountState(), offset, words));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "counters by channel is not valid: capacity -1 is outside 1..65536")]
    [InlineData(0, "counters by channel is not valid: capacity 0 is outside 1..65536")]
    [InlineData(int.MaxValue, "counters by channel is not valid: capacity 2147483647 is outside 1..65536")]
    [InlineData(65_536, "truncated: it ends inside the counters by channel (capacity 65536 need 39321600 bytes")]
    public void LoadState_ABadTallyCapacity_RefusedBeforeAllocating(int capacity, string expected)
    {
        var state = OneAccountState();

        var message = LoadFails(WithInt32(state, ChannelCapacityOffset(state), capacity));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ANegativeStringLength_RefusedNamingTheScope()
    {
        var bad = OneAccountState();
        bad[16] = 0xFF; // 7-bit encoded −1: FF FF FF FF 0F
        bad[17] = 0xFF;
        bad[18] = 0xFF;
        bad[19] = 0xFF;
        bad[20] = 0x0F;

        var message = LoadFails(bad);

        Assert.Contains("scope is not valid: a currency code of -1 bytes (0..4096)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AHugeStringLength_RefusedBeforeAllocating()
    {
        var bad = OneAccountState();
        bad[16] = 0xFF; // 7-bit encoded int.MaxValue: FF FF FF FF 07
        bad[17] = 0xFF;
        bad[18] = 0xFF;
        bad[19] = 0xFF;
        bad[20] = 0x07;

        var message = LoadFails(bad);

        Assert.Contains("scope is not valid: a currency code of 2147483647 bytes (0..4096)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_AStringLengthThatIsNotA7BitNumber_RefusedNamingTheScope()
    {
        var bad = OneAccountState();
        bad.AsSpan(16, 5).Fill(0xFF); // a fifth byte above 0x0F does not fit 32 bits

        var message = LoadFails(bad);

        Assert.Contains("The KPI partial state's scope is not valid:", message, StringComparison.Ordinal);
    }
}
