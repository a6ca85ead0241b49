using static Collections.Kpi.Tests.Support.TestData;

namespace Collections.Kpi.Tests.Ledger;

/// <summary>A small ledger worked by hand. Two customers, SAR, 30-day terms, as of 2025-03-31:
/// <code>
/// item  account issued      due         amount    settled
/// INV1  A       2025-01-05  2025-02-04  1,000.00  2025-01-20   paid within January
/// INV2  A       2025-01-15  2025-02-14  2,000.00  2025-03-10
/// INV3  A       2025-02-10  2025-03-12  1,500.00  2025-02-28   settled ON the February month end
/// INV4  B       2025-01-25  2025-02-24  3,000.00  2025-04-15   settled after the as-of date: still open
/// INV5  B       2025-02-20  2025-03-22    500.00  2025-03-31   settled ON the March month end
/// INV6  B       2025-03-05  2025-04-04    800.00  (none)       open
/// INV7  B       2025-04-02  2025-05-02    900.00  (none)       issued after the as-of date: left out
/// </code>
/// Open at a month end = issued on or before it and settled after it (settled on the day = not open).
/// <code>
/// month end   open items (DPD → bucket)                                   closing  current  sales  opening
/// 2025-01-31  INV2 (−14, current) 2,000; INV4 (−24, current) 3,000           5,000    5,000  6,000        0
/// 2025-02-28  INV2 (14, 1-30) 2,000; INV4 (4, 1-30) 3,000;                   5,500      500  2,000    5,000
///             INV5 (−22, current) 500
/// 2025-03-31  INV4 (35, 31-60) 3,000; INV6 (−4, current) 800                 3,800      800    800    5,500
/// </code></summary>
public sealed class LedgerHistoryTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);

    private static ReceivableItem Invoice(string id, string account, LocalDate issued, decimal amount, LocalDate? settled) =>
        new(new ItemId(id), new AccountId(account), issued, issued.PlusDays(30), Sr(amount)) { SettledOn = settled };

    private static ReceivableItem[] SevenInvoices() =>
    [
        Invoice("INV1", "A", new(2025, 1, 5), 1000, new(2025, 1, 20)),
        Invoice("INV2", "A", new(2025, 1, 15), 2000, new(2025, 3, 10)),
        Invoice("INV3", "A", new(2025, 2, 10), 1500, new(2025, 2, 28)),
        Invoice("INV4", "B", new(2025, 1, 25), 3000, new(2025, 4, 15)),
        Invoice("INV5", "B", new(2025, 2, 20), 500, new(2025, 3, 31)),
        Invoice("INV6", "B", new(2025, 3, 5), 800, null),
        Invoice("INV7", "B", new(2025, 4, 2), 900, null),
    ];

    [Fact]
    public void Rebuild_SevenInvoices_MonthEndsFromFirstIssueMonthToAsOf()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);

        Assert.Equal([new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28), new LocalDate(2025, 3, 31)], history.MonthEnds.Select(m => m.Date));
        Assert.Equal(1, history.ItemsIssuedAfterAsOf); // INV7
        Assert.Equal(1, history.ItemsSettledAfterAsOf); // INV4
        Assert.Equal(1, history.ItemsWithoutSettlementDate); // INV6
        Assert.Equal([Sar], history.Currencies);
    }

    [Theory]
    [InlineData(1, 0, 6000, 5000, 5000)]
    [InlineData(2, 5000, 2000, 5500, 500)]
    [InlineData(3, 5500, 800, 3800, 800)]
    public void Rebuild_SevenInvoices_ReceivablesAndSalesAsWorkedByHand(int month, decimal opening, decimal sales, decimal closing, decimal current)
    {
        var figures = MonthFigures(month);

        Assert.Equal(Sr(opening), figures.OpeningReceivables);
        Assert.Equal(Sr(sales), figures.CreditSales);
        Assert.Equal(Sr(closing), figures.ClosingReceivables);
        Assert.Equal(Sr(current), figures.ClosingCurrentReceivables);
    }

    [Fact]
    public void Rebuild_SevenInvoices_DaysSalesOutstandingPerMonth()
    {
        // DSO = closing / sales × days in the month.
        // January:  5,000 / 6,000 × 31 = 25.8333…   February: 5,500 / 2,000 × 28 = 77   March: 3,800 / 800 × 31 = 147.25
        Assert.Equal(25.833333m, Math.Round(MonthFigures(1).DaysSalesOutstanding.Days!.Value, 6));
        Assert.Equal(77m, MonthFigures(2).DaysSalesOutstanding.Days);
        Assert.Equal(147.25m, MonthFigures(3).DaysSalesOutstanding.Days);
        Assert.Equal(28, MonthFigures(2).DaysInPeriod);
    }

    [Fact]
    public void Rebuild_SevenInvoices_CollectionEffectivenessIndexPerMonth()
    {
        // CEI = (opening + sales − closing) / (opening + sales − closing current) × 100, N = 1.
        // January:  (0 + 6,000 − 5,000) / (0 + 6,000 − 5,000)       = 1,000 / 1,000 = 100%
        // February: (5,000 + 2,000 − 5,500) / (5,000 + 2,000 − 500) = 1,500 / 6,500 = 23.0769…%
        // March:    (5,500 + 800 − 3,800) / (5,500 + 800 − 800)     = 2,500 / 5,500 = 45.4545…%
        Assert.Equal(new Rate(1000, 1000), MonthFigures(1).CollectionEffectivenessIndex.Rate);
        Assert.Equal(new Rate(1500, 6500), MonthFigures(2).CollectionEffectivenessIndex.Rate);
        Assert.Equal(new Rate(2500, 5500), MonthFigures(3).CollectionEffectivenessIndex.Rate);
        Assert.Equal(23.0769m, Math.Round(MonthFigures(2).CollectionEffectivenessIndex.Percent!.Value, 4));
        Assert.Equal(1, MonthFigures(3).CollectionEffectivenessIndex.Months);
    }

    [Fact]
    public void CollectionEffectivenessOver_FebruaryToMarch_UsesSalesOverNAndStatesN()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);

        // N = 2; opening = February's opening 5,000; sales = 2,000 + 800 = 2,800, / 2 = 1,400; closing = March's 3,800 and 800.
        // (5,000 + 1,400 − 3,800) / (5,000 + 1,400 − 800) = 2,600 / 5,600 = 46.4286%
        var cei = history.CollectionEffectivenessOver(new YearMonth(2025, 2), new YearMonth(2025, 3), Sar);

        Assert.Equal(2, cei.Months);
        Assert.Equal(new Rate(2600, 5600), cei.Rate);
    }

    [Fact]
    public void DaysSalesOutstandingOver_FebruaryToMarch_ClosingOverSalesTimesAllDays()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);

        // 3,800 / (2,000 + 800) × (28 + 31) = 3,800 / 2,800 × 59 = 80.0714…
        var dso = history.DaysSalesOutstandingOver(new YearMonth(2025, 2), new YearMonth(2025, 3), Sar);

        Assert.Equal(59, dso.DaysInPeriod);
        Assert.Equal(80.071429m, Math.Round(dso.Days!.Value, 6));
    }

    [Fact]
    public void Rebuild_SevenInvoices_AgingAtEachMonthEnd()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);
        var february = history.MonthEnds[1].Aging;
        var march = history.MonthEnds[2].Aging;

        Assert.Equal(new LocalDate(2025, 2, 28), february.AsOf);
        Assert.Equal((2, 2, Sr(5000)), Line(february, "1-30")); // INV2 and INV4, on A and B
        Assert.Equal((1, 1, Sr(500)), Line(february, "current")); // INV5 (INV3 was settled that day)
        Assert.Equal((1, 1, Sr(3000)), Line(march, "31-60")); // INV4
        Assert.Equal((1, 1, Sr(800)), Line(march, "current")); // INV6
        Assert.Equal(1, march.ZeroBalanceAccounts); // A: items issued, none open
    }

    [Fact]
    public void Rebuild_SevenInvoices_ItemRollRatesJanuaryToFebruary()
    {
        var matrix = LedgerHistory.Rebuild(SevenInvoices(), AsOf).ItemTransitions[0].MatrixFor(Sar);

        // Open at 01-31: INV2 and INV4, both current; both are in 1-30 at 02-28.
        Assert.Equal(RollRateUnit.Item, matrix.Unit);
        Assert.Equal(new RollRateCell(2, Sr(5000)), matrix.Cell(State("current"), State("1-30")));
        Assert.Equal(new RollRateCell(2, Sr(5000)), matrix.Total);
        Assert.Equal(new Rate(2, 2), matrix.ForwardRollRate(Bucket("current")));
        // Issued in February: INV3 (settled on 02-28 → paid, nothing open) and INV5 (current, 500). INV1 was settled before 01-31: in neither.
        Assert.Equal(new RollRateCell(1, Sr(0)), matrix.Entered(State("paid")));
        Assert.Equal(new RollRateCell(1, Sr(500)), matrix.Entered(State("current")));
    }

    [Fact]
    public void Rebuild_SevenInvoices_ItemRollRatesFebruaryToMarch()
    {
        var matrix = LedgerHistory.Rebuild(SevenInvoices(), AsOf).ItemTransitions[1].MatrixFor(Sar);

        // At 02-28: INV2 (1-30, 2,000), INV4 (1-30, 3,000), INV5 (current, 500).
        // At 03-31: INV2 settled 03-10 → paid; INV4 → 31-60; INV5 settled on 03-31 itself → paid.
        Assert.Equal(new RollRateCell(1, Sr(2000)), matrix.Cell(State("1-30"), State("paid")));
        Assert.Equal(new RollRateCell(1, Sr(3000)), matrix.Cell(State("1-30"), State("31-60")));
        Assert.Equal(new RollRateCell(1, Sr(500)), matrix.Cell(State("current"), State("paid")));
        Assert.Equal(new RollRateCell(1, Sr(800)), matrix.Entered(State("current"))); // INV6
        Assert.Equal(new Rate(1, 2), matrix.CureRate()); // INV2 cured, INV4 rolled
        Assert.Equal(new Rate(2000, 5000), matrix.BalanceShare(State("1-30"), State("paid")));
    }

    [Fact]
    public void Rebuild_SevenInvoices_AccountRollRatesByWorstOpenItem()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);
        var januaryToFebruary = history.AccountTransitions[0].MatrixFor(Sar);
        var februaryToMarch = history.AccountTransitions[1].MatrixFor(Sar);

        // 01-31: A current (INV2, 2,000), B current (INV4, 3,000). 02-28: A 1-30 (INV2); B worst of INV4 (1-30) and INV5 (current) = 1-30, owing 3,500.
        Assert.Equal(RollRateUnit.Account, januaryToFebruary.Unit);
        Assert.Equal(new RollRateCell(2, Sr(5000)), januaryToFebruary.Cell(State("current"), State("1-30")));
        Assert.Equal(0, januaryToFebruary.TotalEntered.Count);
        // 03-31: A has items but none open → paid; B worst of INV4 (31-60) and INV6 (current) = 31-60.
        Assert.Equal(new RollRateCell(1, Sr(2000)), februaryToMarch.Cell(State("1-30"), State("paid")));
        Assert.Equal(new RollRateCell(1, Sr(3500)), februaryToMarch.Cell(State("1-30"), State("31-60")));
        Assert.Equal(new Rate(1, 2), februaryToMarch.CureRate());
    }

    [Fact]
    public void Rebuild_ItemSettledOnTheMonthEnd_NotOpenAtThatMonthEnd()
    {
        // Open on 01-30 (the day before settlement), not at the end of 01-31 (the settlement day).
        var item = Invoice("X", "A", new(2025, 1, 2), 100, new(2025, 1, 31));
        Assert.Equal(Sr(100), item.OpenAmountOn(new LocalDate(2025, 1, 30)));
        Assert.Equal(Sr(0), item.OpenAmountOn(new LocalDate(2025, 1, 31)));

        var history = LedgerHistory.Rebuild([item, Invoice("Y", "A", new(2025, 1, 2), 50, null)], new LocalDate(2025, 2, 28));

        var january = history.MonthEnds[0].FiguresFor(Sar);
        Assert.Equal(Sr(50), january.ClosingReceivables); // only Y
        Assert.Equal(new Rate(100, 100), january.CollectionEffectivenessIndex.Rate); // (0 + 150 − 50) / (0 + 150 − 50)
        Assert.Equal(1, history.ItemTransitions[0].MatrixFor(Sar).Total.Count); // only Y was open at 01-31
    }

    [Fact]
    public void Rebuild_AsOfMidMonth_EndsAtThePreviousMonthEnd()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), new LocalDate(2025, 3, 15));

        Assert.Equal(new LocalDate(2025, 2, 28), history.MonthEnds[^1].Date);
        Assert.Single(history.ItemTransitions);
        // INV2 (settled 03-10) is known settled at 03-15; INV4 and INV5 are settled after 03-15; INV6 (issued 03-05) has
        // no settlement date; only INV7 (issued 04-02) is issued after 03-15.
        Assert.Equal(2, history.ItemsSettledAfterAsOf);
        Assert.Equal(1, history.ItemsIssuedAfterAsOf);
        Assert.Equal(1, history.ItemsWithoutSettlementDate);
    }

    [Fact]
    public void Rebuild_ItemsWithoutIssueDate_LeftOutAndCounted_TheHistoryIsThatOfTheDatedItems()
    {
        var undated = SevenInvoices().Select((item, i) => i < 2 ? new ReceivableItem(item.Id, item.AccountId, null, item.DueOn, item.Amount) { SettledOn = item.SettledOn } : item).ToList();

        var history = LedgerHistory.Rebuild(undated, new LocalDate(2025, 3, 31));
        var dated = LedgerHistory.Rebuild(SevenInvoices().Skip(2), new LocalDate(2025, 3, 31));

        Assert.Equal(2, history.ItemsWithoutIssueDate);
        Assert.Equal(dated.MonthEnds.Select(m => m.FiguresFor(Sar).ClosingReceivables), history.MonthEnds.Select(m => m.FiguresFor(Sar).ClosingReceivables));
    }

    [Fact]
    public void Rebuild_AsOfBeforeTheFirstMonthEnd_NoMonthEnds()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), new LocalDate(2025, 1, 30));

        Assert.Empty(history.MonthEnds);
        Assert.Empty(history.ItemTransitions);
        Assert.Empty(history.AccountTransitions);
        Assert.False(history.TryGetMonthEnd(new YearMonth(2025, 1), out _));
    }

    [Fact]
    public void Rebuild_NoItems_EmptyHistory()
    {
        var history = LedgerHistory.Rebuild([], AsOf);

        Assert.Empty(history.MonthEnds);
        Assert.Empty(history.Currencies);
    }

    [Fact]
    public void Rebuild_CreditNote_AgedAsCreditNotSalesNorItemRollRates()
    {
        var invoice = Invoice("INV", "A", new(2025, 1, 10), 1000, null);
        var creditNote = new ReceivableItem(new ItemId("CN"), new AccountId("A"), new(2025, 1, 12), new(2025, 1, 12), Sr(-200));

        var history = LedgerHistory.Rebuild([invoice, creditNote], new LocalDate(2025, 2, 28));

        var january = history.MonthEnds[0];
        Assert.Equal(Sr(1000), january.FiguresFor(Sar).CreditSales);
        Assert.Equal(Sr(1000), january.FiguresFor(Sar).ClosingReceivables);
        Assert.Equal(Sr(-200), january.Aging.TotalCredit(Sar));
        Assert.Equal(1, history.ItemTransitions[0].MatrixFor(Sar).Total.Count);
    }

    [Fact]
    public void Rebuild_AccountWithTwoCurrencies_RefusedNamingTheAccount()
    {
        ReceivableItem[] items =
        [
            Invoice("1", "A", new(2025, 1, 10), 10, null),
            new(new ItemId("2"), new AccountId("A"), new(2025, 1, 10), new(2025, 2, 10), Money.Of(10, Currency.UsDollar)),
        ];

        var error = Assert.Throws<ArgumentException>(() => LedgerHistory.Rebuild(items, AsOf));

        Assert.Contains("1 account(s) mix currencies: A", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionEffectivenessOver_MonthsOutsideTheHistory_RefusedListingBoth()
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);

        var error = Assert.Throws<ArgumentException>(() => history.CollectionEffectivenessOver(new YearMonth(2024, 12), new YearMonth(2025, 4), Sar));

        Assert.Contains("2024-12 is not in the history (it runs from 2025-01 to 2025-03)", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-04 is not in the history", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiguresFor_CurrencyWithoutItems_ZerosWithMeasuresNotApplicable()
    {
        var figures = LedgerHistory.Rebuild(SevenInvoices(), AsOf).MonthEnds[0].FiguresFor(Currency.UsDollar);

        Assert.Equal(Money.Zero(Currency.UsDollar), figures.ClosingReceivables);
        Assert.False(figures.DaysSalesOutstanding.IsDefined);
        Assert.False(figures.CollectionEffectivenessIndex.Rate.IsDefined);
    }

    private static LedgerMonthFigures MonthFigures(int month)
    {
        var history = LedgerHistory.Rebuild(SevenInvoices(), AsOf);
        Assert.True(history.TryGetMonthEnd(new YearMonth(2025, month), out var monthEnd));
        return monthEnd.FiguresFor(Sar);
    }

    private static (int Accounts, int Items, Money Balance) Line(AgingReport report, string bucket)
    {
        var line = report.LineFor(report.Buckets.Buckets.Single(b => b.Label == bucket), Sar);
        return (line.Accounts, line.Items, line.Balance);
    }
}
