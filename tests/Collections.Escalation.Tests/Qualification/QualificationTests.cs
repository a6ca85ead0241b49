using Collections.Escalation.Tests.Support;

namespace Collections.Escalation.Tests.Qualification;

/// <summary>Hand cases of the qualification rules: each criterion on both sides of its threshold, and the evidence in words.</summary>
public sealed class QualificationTests
{
    private static QualificationCheck CheckOf(QualificationResult result, QualificationCriterion criterion) =>
        result.Checks.Single(c => c.Criterion == criterion);

    [Fact]
    public void Qualify_145DaysSar12500_14AttemptsOn3Channels_TwoBrokenPromises_Qualifies()
    {
        var result = TestEscalation.Rules().Qualify(TestEscalation.Qualifying());

        Assert.True(result.IsQualified);
        Assert.Empty(result.Unmet);
        Assert.Equal(
            [
                "145 days past due, above the creditor's threshold of 90.",
                "Balance of 12,500.00 SAR, at least the creditor's minimum of 5,000.00 SAR.",
                "Productive contact exhausted: 14 attempts on 3 channels in the period (the creditor requires 12 on 2 channels) and no promise to pay kept or pending.",
                "No open dispute about the debt.",
            ],
            result.Checks.Select(c => c.Explanation.English));
        Assert.Equal(
            "استُنفد التواصل المثمر: 14 محاولة عبر 3 وسائل تواصل خلال الفترة (تشترط الجهة الدائنة 12 عبر وسيلتي تواصل) دون وعد بالسداد تم الوفاء به أو ما زال قائماً.",
            CheckOf(result, QualificationCriterion.ContactExhausted).Explanation.Arabic);
    }

    [Fact]
    public void Evidence_Summary_AttemptsAndPromisesInWords_EnglishAndArabic()
    {
        var summary = TestEscalation.Qualifying().Summary;

        Assert.Equal(
            "In the 90 days from 2026-01-01 to 2026-03-31: 14 attempts on 3 channels (Call 8, SMS 4, Letter 2), 1 right-party contact; 2 promises to pay: 0 kept, 0 partially kept, 2 broken, 0 pending.",
            summary.English);
        Assert.Equal(
            "خلال 90 يوماً من 2026-01-01 إلى 2026-03-31: 14 محاولة عبر 3 وسائل تواصل (اتصال هاتفي 8، رسالة نصية 4، خطاب 2)، وحالة تواصل واحدة مع الطرف المعني؛ وعدان بالسداد: تم الوفاء بـ0، ووفاء جزئي بـ0، ولم يتم الوفاء بـ2، و0 قيد الانتظار.",
            summary.Arabic);
    }

    [Fact]
    public void Evidence_Summary_NoAttempts_LeavesOutTheChannelList()
    {
        var summary = TestEscalation.Qualifying(channels: [], promises: PromiseSummary.None).Summary;

        Assert.Equal(
            "In the 90 days from 2026-01-01 to 2026-03-31: 0 attempts on 0 channels, 0 right-party contacts; 0 promises to pay: 0 kept, 0 partially kept, 0 broken, 0 pending.",
            summary.English);
    }

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void Qualify_DaysPastDue_StrictlyAboveTheThreshold(int daysPastDue, bool met)
    {
        var check = CheckOf(TestEscalation.Rules().Qualify(TestEscalation.Qualifying(daysPastDue: daysPastDue)), QualificationCriterion.DaysPastDue);

        Assert.Equal(met, check.IsMet);
        Assert.Equal(
            met ? "91 days past due, above the creditor's threshold of 90." : "90 days past due, not above the creditor's threshold of 90.",
            check.Explanation.English);
    }

    [Theory]
    [InlineData(4_999.99, false)]
    [InlineData(5_000.00, true)]
    public void Qualify_Balance_AtLeastTheMinimum(decimal balance, bool met)
    {
        var check = CheckOf(TestEscalation.Rules().Qualify(TestEscalation.Qualifying(balance: balance)), QualificationCriterion.Balance);

        Assert.Equal(met, check.IsMet);
    }

    [Fact]
    public void Qualify_BalanceInACurrencyWithoutMinimum_NotQualifiedAndSaysSo()
    {
        var evidence = TestEscalation.Qualifying();
        evidence = new EscalationEvidence(
            evidence.Account, evidence.AsOf, evidence.DaysPastDue, Money.Of(20_000m, Currency.UsDollar), false, evidence.Period, evidence.Channels, evidence.Promises);

        var check = CheckOf(TestEscalation.Rules().Qualify(evidence), QualificationCriterion.Balance);

        Assert.False(check.IsMet);
        Assert.Equal("Balance of 20,000.00 USD: the creditor set no minimum balance in USD, so no account in USD qualifies.", check.Explanation.English);
    }

    [Fact]
    public void Qualify_ThreeRightPartyContactsOnOneChannel_ContactExhausted()
    {
        var result = TestEscalation.Rules().Qualify(TestEscalation.Qualifying(channels: [new ChannelActivity(Channel.Call, 5, 3)]));

        var check = CheckOf(result, QualificationCriterion.ContactExhausted);
        Assert.True(check.IsMet);
        Assert.Equal(
            "Productive contact exhausted: 3 right-party contacts in the period (the creditor requires 3) and no promise to pay kept or pending.",
            check.Explanation.English);
    }

    [Fact]
    public void Qualify_TwelveAttemptsOnOneChannel_NotExhausted()
    {
        var result = TestEscalation.Rules().Qualify(TestEscalation.Qualifying(channels: [new ChannelActivity(Channel.Call, 12, 2)]));

        var check = CheckOf(result, QualificationCriterion.ContactExhausted);
        Assert.False(check.IsMet);
        Assert.False(result.IsQualified);
        Assert.Equal(
            "Contact not yet exhausted: 2 right-party contacts (the creditor requires 3), or 12 attempts on 1 channel (the creditor requires 12 on 2 channels) in the period.",
            check.Explanation.English);
    }

    [Theory]
    [InlineData(1, 0, 0, "Contact is still productive: 1 promise to pay kept in full or in part in the period.")]
    [InlineData(0, 2, 0, "Contact is still productive: 2 promises to pay kept in full or in part in the period.")]
    [InlineData(0, 0, 1, "Contact is still productive: 1 promise to pay not yet due.")]
    public void Qualify_PromiseKeptInFullOrInPartOrPending_ContactStillProductive(int kept, int partiallyKept, int pending, string explanation)
    {
        var result = TestEscalation.Rules().Qualify(TestEscalation.Qualifying(
            channels: [new ChannelActivity(Channel.Call, 20, 6), new ChannelActivity(Channel.Sms, 5, 0)],
            promises: new PromiseSummary(kept, partiallyKept, broken: 3, pending)));

        var check = CheckOf(result, QualificationCriterion.ContactExhausted);
        Assert.False(check.IsMet);
        Assert.Equal(explanation, check.Explanation.English);
    }

    [Fact]
    public void Qualify_OpenDispute_NotQualified()
    {
        var result = TestEscalation.Rules().Qualify(TestEscalation.Qualifying(dispute: true));

        Assert.False(result.IsQualified);
        var unmet = Assert.Single(result.Unmet);
        Assert.Equal(QualificationCriterion.NoOpenDispute, unmet.Criterion);
        Assert.Equal("يوجد اعتراض قائم على الدين: ينتظر التصعيد حتى البت فيه.", unmet.Explanation.Arabic);
    }

    [Fact]
    public void Qualify_EvidenceCountedOverAnotherPeriod_RefusedNamingThePeriodTheRulesCount()
    {
        var exception = Assert.Throws<ArgumentException>(() => TestEscalation.Rules().Qualify(TestEscalation.Qualifying(periodDays: 60)));

        Assert.Equal("evidence", exception.ParamName);
        Assert.Contains("counted from 2026-01-31 to 2026-03-31", exception.Message, StringComparison.Ordinal);
        Assert.Contains("from 2026-01-01 to 2026-03-31", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Qualify_AnotherCreditorsAccount_Refused()
    {
        var evidence = TestEscalation.Qualifying(account: TestEscalation.AccountOf(creditor: TestEscalation.OtherCreditor));

        var exception = Assert.Throws<ArgumentException>(() => TestEscalation.Rules().Qualify(evidence));

        Assert.Contains("creditor 'OTHER'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_PeriodNotEndingOnTheAsOfDate_AndARepeatedChannel_EveryProblemNamed()
    {
        var exception = Assert.Throws<ArgumentException>(() => new EscalationEvidence(
            TestEscalation.AccountOf(),
            TestEscalation.AsOf,
            new DaysPastDue(100),
            TestEscalation.Sar(1m),
            false,
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 30)),
            [new ChannelActivity(Channel.Call, 1, 0), new ChannelActivity(Channel.Call, 2, 0)],
            PromiseSummary.None));

        Assert.Equal("period", exception.ParamName);
        Assert.Contains("period: must end on the as-of date 2026-03-31 (it ends on 2026-03-30)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("channels: 'call' is listed more than once", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChannelActivity_MoreRightPartyContactsThanAttempts_Refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelActivity(Channel.Sms, 2, 3));

        Assert.Equal("rightPartyContacts", exception.ParamName);
    }

    [Fact]
    public void PeriodFor_TheLastPeriodDaysWithTheAsOfDate()
    {
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), TestEscalation.Rules().Qualification.PeriodFor(new LocalDate(2026, 3, 31)));
    }
}
