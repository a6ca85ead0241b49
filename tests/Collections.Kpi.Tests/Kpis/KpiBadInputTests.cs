using Collections.TestKit;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Kpis;

/// <summary>Bad facts, bad merges and bad partial state get a clear error naming what is wrong, and change nothing.</summary>
public sealed class KpiBadInputTests
{
    private static readonly LocalDate Day = new(2026, 3, 3);

    private static KpiScope Scope => HandComputedCase.Scope;

    [Fact]
    public void Attempt_ResultsOnAnOutcomeThatIsNotAnRpc_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new KpiAttempt(0, Channel.Call, AttemptOutcome.ThirdParty, Day) { Results = ContactResults.Promise });

        Assert.Contains("third_party", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms", "right_party")]
    [InlineData("call", "delivered")]
    [InlineData("letter", "right_party")]
    [InlineData("visit", "read")]
    [InlineData("whatsapp", "no_answer")]
    public void Attempt_AnOutcomeTheChannelCannotHave_RefusedNamingOutcomeAndBothCodes(string channelCode, string outcomeCode)
    {
        Assert.True(Channel.TryFromCode(channelCode, out var channel));
        Assert.True(AttemptOutcome.TryFromCode(outcomeCode, out var outcome));

        var error = Assert.Throws<ArgumentException>(() => new KpiAttempt(0, channel, outcome, Day));
        var at = Assert.Throws<ArgumentException>(() => KpiAttempt.At(0, channel, outcome, Instant.FromUtc(2026, 3, 3, 9, 0), DateTimeZone.Utc));

        Assert.Equal("outcome", error.ParamName);
        Assert.Equal("outcome", at.ParamName);
        Assert.StartsWith($"Outcome {outcomeCode} is not an outcome of channel {channelCode}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attempt_SmsRightPartyWithAPromise_NeverCountedAsAnRpc()
    {
        var accumulator = new KpiAccumulator(Scope);

        Assert.Throws<ArgumentException>(() => accumulator.Add(new KpiAttempt(0, Channel.Sms, AttemptOutcome.RightParty, Day) { Results = ContactResults.Promise }));

        Assert.Equal(0, accumulator.ToReport().Figure(KpiId.RightPartyContactRate).Rate.Denominator);
    }

    [Fact]
    public void Attempt_PairsAChannelCanHave_Accepted()
    {
        var letter = new KpiAttempt(0, Channel.Letter, AttemptOutcome.Delivered, Day);
        var visit = new KpiAttempt(0, Channel.Visit, AttemptOutcome.RightParty, Day) { Results = ContactResults.PaymentPlan };
        var reply = new KpiAttempt(0, Channel.WhatsApp, AttemptOutcome.Replied, Day);

        Assert.Equal((false, true, true, false), (letter.IsRightPartyContact, visit.IsRightPartyContact, visit.IsProductive, reply.IsRightPartyContact));
    }

    [Fact]
    public void Facts_NegativeAccountOrAmounts_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAttempt(-1, Channel.Call, AttemptOutcome.Busy, Day));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAttempt(0, Channel.Call, AttemptOutcome.Busy, Day) { CostMinorUnits = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAttempt(0, Channel.Call, AttemptOutcome.Busy, Day) { HandleSeconds = -5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiPromiseDue(0, Day, Day, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiPromiseDue(0, Day, Day, 100, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiPayment(0, Day, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAgentTime(0, Day, 3600));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAccount(0, InventoryStatus.AtStart) { PlacedBalanceMinorUnits = -1 });
    }

    [Fact]
    public void Accumulator_AccountCapacityNegativeOrBeyondArrays_RefusedNamingIt()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAccumulator(Scope, -1));
        var beyondArrays = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiAccumulator(Scope, int.MaxValue));

        Assert.Equal("accountCapacity", negative.ParamName);
        Assert.Equal("accountCapacity", beyondArrays.ParamName);
    }

    [Fact]
    public void Promise_DueBeforeItWasMade_RefusedNamingBothDates()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KpiPromiseDue(0, Day, Day.PlusDays(-1), 100, 0));

        Assert.Contains("2026-03-02", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-03-03", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAttempts_ADefaultAttempt_RefusedNamingItsPosition_NothingCounted()
    {
        var accumulator = new KpiAccumulator(Scope);
        var before = accumulator.SaveState();

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add([new KpiAttempt(0, Channel.Call, AttemptOutcome.Busy, Day), default]));

        Assert.Contains("Attempt 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, accumulator.SaveState());
    }

    [Fact]
    public void AddAttempts_ALargeCallWithABadAttemptNearItsEnd_NothingCounted_TheAccumulatorStillWorks()
    {
        var data = KpiFactGenerator.Generate(new KpiDataShape(2_000, 40_000), 11, [KpiDimension.Agent, KpiDimension.Segment]);
        var accumulator = new KpiAccumulator(data.Scope).Add(data.Attempts.AsSpan(0, 5_000));
        var before = accumulator.SaveState();
        KpiAttempt[] attempts = [.. data.Attempts.AsSpan(5_000), default];

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add(attempts));

        Assert.Contains("Attempt 35000 is a default KpiAttempt", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, accumulator.SaveState());
        accumulator.Add(data.Attempts.AsSpan(5_000));
        Assert.Equal(new KpiAccumulator(data.Scope).Add(data.Attempts).SaveState(), accumulator.SaveState());
    }

    [Fact]
    public void AddAttempts_ABucketCodeTheScopeDoesNotHave_RefusedNamingPositionAndCode()
    {
        var accumulator = new KpiAccumulator(Scope);
        var bad = new KpiAttempt(0, Channel.Call, AttemptOutcome.Busy, Day) { Key = new KpiKey(0, 0, 0, 7) };

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add([new KpiAttempt(0, Channel.Sms, AttemptOutcome.Read, Day), bad]));

        Assert.Contains("Attempt 1 has aging-bucket code 7", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, accumulator.Facts.Attempts);
    }

    [Fact]
    public void AddAccounts_AnAccountTwice_RefusedAndNoneOfTheBatchCounted()
    {
        var accumulator = new KpiAccumulator(Scope).Add(new KpiAccount(3, InventoryStatus.AtStart));
        var before = accumulator.SaveState();

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add([new KpiAccount(1, InventoryStatus.AtStart), new KpiAccount(3, InventoryStatus.PlacedDuring)]));

        Assert.Contains("Account 1 (index 3) was already added", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, accumulator.SaveState());
        accumulator.Add(new KpiAccount(1, InventoryStatus.AtStart)); // account 1 was not left marked
        Assert.Equal(2, accumulator.Facts.Accounts);
    }

    [Fact]
    public void AddAccount_StartBucketAndKeyBucketDisagree_Refused()
    {
        var account = new KpiAccount(0, InventoryStatus.AtStart) { Key = new KpiKey(0, 0, 0, 2), StartState = State("31-60") };

        var error = Assert.Throws<ArgumentException>(() => new KpiAccumulator(Scope).Add(account));

        Assert.Contains("aging-bucket code 2 but starts the period in bucket '31-60' (code 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAccount_AStateFromAnotherBucketSet_RefusedNamingTheAccount()
    {
        var other = AgingBucketSet.FromLowerBounds(0, 1, 91);
        var account = new KpiAccount(4, InventoryStatus.AtStart) { StartState = RollState.InBucket(other.Buckets[2]), EndState = RollState.Paid };

        var error = Assert.Throws<ArgumentException>(() => new KpiAccumulator(Scope).Add(account));

        Assert.Contains("Account 0 (index 4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentScopes_RefusedListingEveryDifference()
    {
        var april = KpiScope.Create(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), Currency.UsDollar);

        var error = Assert.Throws<ArgumentException>(() => new KpiAccumulator(Scope).Merge(new KpiAccumulator(april)));

        Assert.Contains("the periods differ", error.Message, StringComparison.Ordinal);
        Assert.Contains("the currencies differ (SAR and USD)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the breakdowns differ (segment, aging_bucket, agent and none)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_PartitionsHoldingTheSameAccount_RefusedNamingIt_NothingChanged()
    {
        var left = new KpiAccumulator(Scope).Add([new KpiAccount(2, InventoryStatus.AtStart), new KpiAccount(70, InventoryStatus.AtStart)]);
        var right = new KpiAccumulator(Scope).Add(new KpiAccount(70, InventoryStatus.AtStart));
        var before = left.SaveState();

        var error = Assert.Throws<ArgumentException>(() => left.Merge(right));

        Assert.Contains("account index 70", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, left.SaveState());
    }

    [Fact]
    public void Merge_IntoItself_Refused()
    {
        var accumulator = new KpiAccumulator(Scope);

        Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator));
    }

    [Fact]
    public void LoadState_NotPartialState_FormatExceptionSaysSo()
    {
        var error = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState("{\"not\":\"state\"}"u8));

        Assert.Contains("not KPI partial state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ANewerFormatVersion_FormatExceptionNamesTheVersions()
    {
        var state = new KpiAccumulator(Scope).SaveState();
        state[4] = 3; // the version follows the four magic bytes

        var error = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state));

        Assert.Contains("format version 3 is not one this library reads (it reads 2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_Truncated_FormatExceptionSaysWhere()
    {
        var data = KpiFactGenerator.Generate(new KpiDataShape(200, 1_000), 7);
        var state = data.AddTo(new KpiAccumulator(data.Scope)).SaveState();

        var error = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState(state.AsSpan(0, state.Length - 100)));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadState_ExtraBytesAfterTheEnd_Refused()
    {
        var state = new KpiAccumulator(Scope).SaveState();

        var error = Assert.Throws<FormatException>(() => KpiAccumulator.LoadState([.. state, 0]));

        Assert.Contains("1 bytes after its end marker", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AKpiFromALedgerOrAMatrix_RefusedSayingWhereItComesFrom()
    {
        var report = new KpiAccumulator(Scope).ToReport();

        Assert.Contains("LedgerHistory", Assert.Throws<ArgumentException>(() => report.Figure(KpiId.DaysSalesOutstanding)).Message, StringComparison.Ordinal);
        Assert.Contains("RollRates", Assert.Throws<ArgumentException>(() => report.Figure(KpiId.RollRate)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ABreakdownTheKpiDoesNotHave_Refused()
    {
        var report = new KpiAccumulator(Scope).ToReport();

        var error = Assert.Throws<ArgumentException>(() => report.Figure(KpiId.ResolutionRate, KpiBreakdownKey.For(KpiDimension.Agent, 1)));

        Assert.Contains("'resolution_rate' cannot be broken down by agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ABreakdownTheScopeDidNotCount_RefusedNamingWhatWasCounted()
    {
        var report = new KpiAccumulator(Scope).ToReport();

        var error = Assert.Throws<ArgumentException>(() => report.Figure(KpiId.RightPartyContactRate, KpiBreakdownKey.For(KpiDimension.Template, 1)));

        Assert.Contains("did not break down by template", error.Message, StringComparison.Ordinal);
        Assert.Contains("segment, aging_bucket, agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_UnspecifiedCurrencyOrHijriPeriod_RefusedListingBoth()
    {
        var hijri = new DateInterval(new LocalDate(1447, 9, 1, CalendarSystem.UmAlQura), new LocalDate(1447, 9, 29, CalendarSystem.UmAlQura));

        var error = Assert.Throws<ArgumentException>(() => KpiScope.Create(hijri, default));

        Assert.Contains("the currency is unspecified", error.Message, StringComparison.Ordinal);
        Assert.Contains("give it in the ISO calendar", error.Message, StringComparison.Ordinal);
    }
}
