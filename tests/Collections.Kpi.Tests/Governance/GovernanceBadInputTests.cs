using Collections.Kpi.Governance;
using static Collections.Kpi.Tests.Governance.GovernanceCase;
using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Governance;

/// <summary>Bad input to <see cref="GovernanceReportBuilder"/> is refused with an exception naming the argument and saying
/// what is wrong; nothing is half-applied.</summary>
public sealed class GovernanceBadInputTests
{
    private static GovernanceReportBuilder NewBuilder() => new(Bank, GovernancePeriodKind.Weekly, Sar, Codebook);

    private static KpiReport ReportOver(LocalDate start, LocalDate end, Currency? currency = null) =>
        new KpiAccumulator(KpiScope.Create(new DateInterval(start, end), currency ?? Sar, Buckets, Breakdowns)).ToReport();

    [Fact]
    public void AddPeriod_SameWeekTwice_RefusedAsOverlapping()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1));

        var error = Assert.Throws<ArgumentException>(() => builder.AddPeriod(GovernanceCase.Report(Week1)));

        Assert.Equal("report", error.ParamName);
        Assert.Contains("overlaps the period weekly 2026-03-01..2026-03-07", error.Message, StringComparison.Ordinal);
        Assert.Single(builder.Build().Periods);
    }

    [Fact]
    public void AddPeriod_NotOneWeek_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddPeriod(ReportOver(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10))));

        Assert.Equal("report", error.ParamName);
        Assert.Contains("2026-03-01..2026-03-10 is not one week starting on Sunday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_WeekStartingOnMondayInASundayReport_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddPeriod(ReportOver(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 8))));

        Assert.Contains("is not one week starting on Sunday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_MondayWeeksWhenConfigured_Accepted()
    {
        var builder = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, Codebook) { FirstDayOfWeek = IsoDayOfWeek.Monday };

        var report = builder.AddPeriod(ReportOver(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 8))).Build();

        Assert.Equal(IsoDayOfWeek.Monday, report.Periods[0].Period.Start.DayOfWeek);
    }

    [Fact]
    public void AddPeriod_OtherCurrency_RefusedAsWrongCurrency()
    {
        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddPeriod(ReportOver(Week1.Start, Week1.End, Currency.UsDollar)));

        Assert.Equal("report", error.ParamName);
        Assert.Contains("its currency is USD, the report's is SAR (wrong currency)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_FactsOfAnotherCreditor_RefusedAsCreditorMismatch()
    {
        var codes = new KpiCodebookBuilder();
        codes.Creditor(new CreditorId("bank-2"));
        var accumulator = new KpiAccumulator(KpiScope.Create(Week1.Interval, Sar, Buckets, Breakdowns))
            .Add(new KpiAttempt(0, Channel.Call, AttemptOutcome.NoAnswer, Week1.Start) { Key = new KpiKey(1, 0, 0, 0) });
        var builder = new GovernanceReportBuilder(Bank, GovernancePeriodKind.Weekly, Sar, codes.Build());

        var error = Assert.Throws<ArgumentException>(() => builder.AddPeriod(accumulator.ToReport()));

        Assert.Contains("it holds facts of creditor bank-2, the report is for bank-1 (creditor mismatch)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_AgingNotAsOfThePeriodEnd_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddPeriod(GovernanceCase.Report(Week1), AgingAt(Week2)));

        Assert.Equal("aging", error.ParamName);
        Assert.Contains("it is as of 2026-03-14, the period weekly 2026-03-01..2026-03-07 ends on 2026-03-07", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPeriod_AgingInAnotherCurrency_RefusedAndNothingAdded()
    {
        var aging = PortfolioAging.AgeItems(
            [new ReceivableItem(new ItemId("I9"), new AccountId("A9"), null, new LocalDate(2026, 2, 1), Money.Of(10m, Currency.UsDollar))], Week1.End);
        var builder = NewBuilder();

        var error = Assert.Throws<ArgumentException>(() => builder.AddPeriod(GovernanceCase.Report(Week1), aging));

        Assert.Equal("aging", error.ParamName);
        Assert.Contains("it holds USD, the report's currency is SAR (wrong currency)", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(builder.Build); // the refused period was not added
    }

    [Fact]
    public void Build_NoPeriod_RefusedAsEmpty()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NewBuilder().Build());

        Assert.Contains("at least one period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTarget_NeutralKpi_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddTarget(new KpiTarget(KpiId.AverageHandleTime, 180m)));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("'average_handle_time' has no better direction (neutral)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTarget_Twice_Refused()
    {
        var builder = NewBuilder().AddTarget(new KpiTarget(KpiId.CureRate, 30m));

        var error = Assert.Throws<ArgumentException>(() => builder.AddTarget(new KpiTarget(KpiId.CureRate, 35m)));

        Assert.Contains("'cure_rate' already has a target (30)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddChannelCost_OtherCurrencyOrNegative_Refused()
    {
        var wrong = Assert.Throws<ArgumentException>(() => NewBuilder().AddChannelCost(Channel.Call, Money.Of(1m, Currency.UsDollar)));
        var negative = Assert.Throws<ArgumentException>(() => NewBuilder().AddChannelCost(Channel.Call, Sr(-1m)));

        Assert.Equal("costPerAttempt", wrong.ParamName);
        Assert.Contains("is in USD, the report's currency is SAR (wrong currency)", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("The cost of call is negative", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAccount_OtherCreditor_RefusedAsCreditorMismatch()
    {
        var activity = new GovernanceAccountActivity(new AccountId("A9"), new CreditorId("bank-2"), new DaysPastDue(100), Sr(10m), 1, 0);

        var error = Assert.Throws<ArgumentException>(() => NewBuilder().AddAccount(activity));

        Assert.Equal("activity", error.ParamName);
        Assert.Contains("its creditor is bank-2, the report is for bank-1 (creditor mismatch)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAccount_Twice_Refused()
    {
        var builder = NewBuilder().AddAccount(Activities[0]);

        var error = Assert.Throws<ArgumentException>(() => builder.AddAccount(Activities[0]));

        Assert.Contains("Account activity A0 is refused: the account was already added", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDayOfWeek_ChangedAfterAPeriod_Refused()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1));

        Assert.Throws<InvalidOperationException>(() => builder.FirstDayOfWeek = IsoDayOfWeek.Monday);
    }

    [Fact]
    public void AddTargets_RepeatedKpiInTheBatch_NothingOfTheBatchAdded()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1));

        var error = Assert.Throws<ArgumentException>(() => builder.AddTargets(
            [new KpiTarget(KpiId.ContactRate, 40m), new KpiTarget(KpiId.RightPartyContactRate, 30m), new KpiTarget(KpiId.RightPartyContactRate, 35m)]));

        Assert.Equal("targets", error.ParamName);
        Assert.StartsWith("The targets are refused, none of them added: [2] 'rpc_rate' is already given by [1] of this batch (one target per KPI).", error.Message, StringComparison.Ordinal);
        Assert.Empty(builder.Build().Targets);
        Assert.Equal(KpiTargetStatus.NoTarget, builder.Build().Periods[0].Kpi(KpiId.ContactRate)!.Status);
    }

    [Fact]
    public void AddTargets_EveryRefusedItemListed_AndTheEarlierStateKept()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1)).AddTarget(new KpiTarget(KpiId.CureRate, 30m));

        var error = Assert.Throws<ArgumentException>(() => builder.AddTargets(
            [new KpiTarget(KpiId.ContactRate, 40m), new KpiTarget(KpiId.CureRate, 35m), null!, new KpiTarget(KpiId.AverageHandleTime, 180m)]));

        Assert.StartsWith(
            "The targets are refused, none of them added: [1] 'cure_rate' already has a target (30); [2] is null; [3] 'average_handle_time' has no better direction (neutral), so no target can be met or missed.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal([new KpiTarget(KpiId.CureRate, 30m)], builder.Build().Targets);
    }

    [Fact]
    public void AddTargets_AfterARefusedBatch_TheCorrectedBatchIsAdded()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1));
        Assert.Throws<ArgumentException>(() => builder.AddTargets([new KpiTarget(KpiId.ContactRate, 40m), new KpiTarget(KpiId.ContactRate, 45m)]));

        builder.AddTargets([new KpiTarget(KpiId.ContactRate, 40m), new KpiTarget(KpiId.RightPartyContactRate, 30m)]);

        Assert.Equal([KpiId.RightPartyContactRate, KpiId.ContactRate], builder.Build().Targets.Select(t => t.Id));
    }

    [Fact]
    public void AddAccounts_OneRefusedActivity_NothingOfTheBatchAdded()
    {
        var builder = NewBuilder().AddPeriod(GovernanceCase.Report(Week1)).AddAccount(Activities[0]);
        var otherCreditor = Activities[2] with { Creditor = new CreditorId("bank-2") };

        var error = Assert.Throws<ArgumentException>(() => builder.AddAccounts([Activities[1], otherCreditor, Activities[0], Activities[3], Activities[3]]));

        Assert.Equal("activities", error.ParamName);
        Assert.StartsWith(
            "The account activities are refused, none of them added: [1] A2: its creditor is bank-2, the report is for bank-1 (creditor mismatch); [2] A0: the account was already added; [4] A3: the account is already given by [3] of this batch.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(["A0"], builder.Build().Accounts.Select(a => a.Account.Value));
    }
}
