using System.Globalization;
using Collections.TestKit;

namespace Collections.Kpi.Tests.RealData;

/// <summary>The month-end history of the bundled IBM "late payment histories" invoices (2,466 paid invoices, 100
/// customers, invoiced 2012-01-03 … 2013-12-02), rebuilt as of 2013-06-30 and checked against plain loops.</summary>
/// <remarks>Dates are month-first (M/D/YYYY). The file states no currency; USD (two decimals) stands in for it. An
/// invoice is open at the end of a day when issued on or before it and settled after it.</remarks>
public sealed class IbmReceivablesHistoryTests
{
    private static readonly LocalDate AsOf = new(2013, 6, 30);
    private static readonly Currency Usd = Currency.UsDollar;
    private static readonly Lazy<List<Invoice>> Invoices = new(ReadInvoices);
    private static readonly Lazy<LedgerHistory> History = new(() => LedgerHistory.Rebuild(Invoices.Value.Select(ToItem), AsOf));

    [Fact]
    public void Rebuild_AsOf20130630_EighteenMonthEndsJanuary2012ToJune2013()
    {
        var history = History.Value;

        Assert.Equal(2466, Invoices.Value.Count);
        Assert.Equal(18, history.MonthEnds.Length);
        Assert.Equal(new LocalDate(2012, 1, 31), history.MonthEnds[0].Date);
        Assert.Equal(new LocalDate(2013, 6, 30), history.MonthEnds[^1].Date);
        Assert.Equal(Invoices.Value.Count(i => i.Issued > AsOf), history.ItemsIssuedAfterAsOf);
        Assert.Equal(Invoices.Value.Count(i => i.Issued <= AsOf && i.Settled > AsOf), history.ItemsSettledAfterAsOf);
        Assert.Equal(0, history.ItemsWithoutSettlementDate);
        Assert.Equal(17, history.ItemTransitions.Length);
    }

    [Fact]
    public void Rebuild_AsOf20130630_AgingAt20130531MatchesAPlainLoop()
    {
        var monthEnd = new LocalDate(2013, 5, 31);
        var items = new int[6];
        var amounts = new decimal[6];
        var customers = Enumerable.Range(0, 6).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var invoice in Invoices.Value.Where(i => IsOpen(i, monthEnd)))
        {
            var bucket = PlainBucket(Period.Between(invoice.Due, monthEnd, PeriodUnits.Days).Days);
            items[bucket]++;
            amounts[bucket] += invoice.Amount;
            customers[bucket].Add(invoice.Customer);
        }

        Assert.True(History.Value.TryGetMonthEnd(new YearMonth(2013, 5), out var may));
        for (var b = 0; b < 6; b++)
        {
            var line = may.Aging.LineFor(AgingBucketSet.Default.Buckets[b], Usd);
            Assert.Equal((customers[b].Count, items[b], Money.Of(amounts[b], Usd)), (line.Accounts, line.Items, line.Balance));
        }
    }

    [Fact]
    public void Rebuild_AsOf20130630_AprilToMayItemMatrixMatchesAPlainLoop()
    {
        LocalDate april = new(2013, 4, 30), may = new(2013, 5, 31);
        var counts = new long[7, 7];
        var amounts = new decimal[7, 7];
        var entered = new long[7];
        foreach (var invoice in Invoices.Value)
        {
            if (IsOpen(invoice, april))
            {
                int from = ItemState(invoice, april), to = ItemState(invoice, may);
                counts[from, to]++;
                amounts[from, to] += invoice.Amount;
            }
            else if (invoice.Issued > april && invoice.Issued <= may)
            {
                entered[ItemState(invoice, may)]++;
            }
        }

        var matrix = History.Value.ItemTransitions.Single(t => t.FromPeriod == new YearMonth(2013, 4)).MatrixFor(Usd);
        Assert.Equal(RollRateUnit.Item, matrix.Unit);
        for (var f = 0; f < 7; f++)
        {
            Assert.Equal(entered[f], matrix.Entered(State(f)).Count);
            for (var t = 0; t < 7; t++)
            {
                Assert.Equal((counts[f, t], Money.Of(amounts[f, t], Usd)), (matrix.Cell(State(f), State(t)).Count, matrix.Cell(State(f), State(t)).Balance));
            }
        }
    }

    [Fact]
    public void Rebuild_AsOf20130630_AprilToMayAccountMatrixMatchesAPlainLoop()
    {
        LocalDate april = new(2013, 4, 30), may = new(2013, 5, 31);
        var counts = new long[7, 7];
        var entered = new long[7];
        foreach (var customer in Invoices.Value.GroupBy(i => i.Customer))
        {
            var atMay = CustomerState(customer, may);
            if (atMay is null)
            {
                continue; // no invoice issued by the end of May
            }

            if (CustomerState(customer, april) is { } atApril)
            {
                counts[atApril, atMay.Value]++;
            }
            else
            {
                entered[atMay.Value]++;
            }
        }

        var matrix = History.Value.AccountTransitions.Single(t => t.FromPeriod == new YearMonth(2013, 4)).MatrixFor(Usd);
        Assert.Equal(RollRateUnit.Account, matrix.Unit);
        for (var f = 0; f < 7; f++)
        {
            Assert.Equal(entered[f], matrix.Entered(State(f)).Count);
            for (var t = 0; t < 7; t++)
            {
                Assert.Equal(counts[f, t], matrix.Cell(State(f), State(t)).Count);
            }
        }
    }

    [Fact]
    public void Rebuild_AsOf20130630_May2013DsoAndCeiMatchAPlainLoop()
    {
        LocalDate april = new(2013, 4, 30), may = new(2013, 5, 31);
        var opening = Invoices.Value.Where(i => IsOpen(i, april)).Sum(i => i.Amount);
        var sales = Invoices.Value.Where(i => i.Issued > april && i.Issued <= may).Sum(i => i.Amount);
        var closing = Invoices.Value.Where(i => IsOpen(i, may)).Sum(i => i.Amount);
        var closingCurrent = Invoices.Value.Where(i => IsOpen(i, may) && i.Due >= may).Sum(i => i.Amount);

        Assert.True(History.Value.TryGetMonthEnd(new YearMonth(2013, 5), out var monthEnd));
        var figures = monthEnd.FiguresFor(Usd);
        Assert.Equal(Money.Of(opening, Usd), figures.OpeningReceivables);
        Assert.Equal(Money.Of(sales, Usd), figures.CreditSales);
        Assert.Equal(Money.Of(closing, Usd), figures.ClosingReceivables);
        Assert.Equal(Money.Of(closingCurrent, Usd), figures.ClosingCurrentReceivables);
        // DSO = closing / sales × 31 days; CEI = (opening + sales − closing) / (opening + sales − closing current) × 100.
        Assert.Equal(Math.Round(closing / sales * 31, 8), Math.Round(figures.DaysSalesOutstanding.Days!.Value, 8));
        Assert.Equal(new Rate(opening + sales - closing, opening + sales - closingCurrent), figures.CollectionEffectivenessIndex.Rate);
    }

    [Fact]
    public void Rebuild_AsOf20130630_EveryMonthsSalesAndClosingMatchAPlainLoop()
    {
        foreach (var monthEnd in History.Value.MonthEnds)
        {
            var first = monthEnd.Date.With(DateAdjusters.StartOfMonth);
            var figures = monthEnd.FiguresFor(Usd);
            Assert.Equal(Money.Of(Invoices.Value.Where(i => i.Issued >= first && i.Issued <= monthEnd.Date).Sum(i => i.Amount), Usd), figures.CreditSales);
            Assert.Equal(Money.Of(Invoices.Value.Where(i => IsOpen(i, monthEnd.Date)).Sum(i => i.Amount), Usd), figures.ClosingReceivables);
        }
    }

    [Fact]
    public void Rebuild_AsOf20130630_FiguresCrossCheckedWithPython()
    {
        // Computed separately with Python's csv and datetime modules over the same file and rules (a third path).
        var history = History.Value;
        Assert.Equal(536, history.ItemsIssuedAfterAsOf);
        Assert.Equal(84, history.ItemsSettledAfterAsOf);

        Assert.True(history.TryGetMonthEnd(new YearMonth(2013, 5), out var may));
        var figures = may.FiguresFor(Usd);
        Assert.Equal(Money.Of(5834.10m, Usd), figures.OpeningReceivables);
        Assert.Equal(Money.Of(7764.68m, Usd), figures.CreditSales);
        Assert.Equal(Money.Of(6918.35m, Usd), figures.ClosingReceivables);
        Assert.Equal(Money.Of(6098.82m, Usd), figures.ClosingCurrentReceivables);
        Assert.Equal("27.6 days", figures.DaysSalesOutstanding.ToString()); // 6,918.35 / 7,764.68 × 31 = 27.62
        Assert.Equal("89.1% (N = 1)", figures.CollectionEffectivenessIndex.ToString()); // 6,680.43 / 7,499.96

        // April → May, items: open at 04-30 were 83 current and 13 in 1-30; none stays current over 31 days of 30-day terms.
        var matrix = history.ItemTransitions.Single(t => t.FromPeriod == new YearMonth(2013, 4)).MatrixFor(Usd);
        Assert.Equal(15, matrix.Cell(State(0), State(1)).Count);
        Assert.Equal(68, matrix.Cell(State(0), State(6)).Count);
        Assert.Equal(13, matrix.Cell(State(1), State(6)).Count);
        Assert.Equal(96, matrix.Total.Count);
        Assert.Equal(new Rate(13, 13), matrix.CureRate());
    }

    private static bool IsOpen(Invoice invoice, LocalDate date) => invoice.Issued <= date && invoice.Settled > date;

    private static int PlainBucket(int daysPastDue) =>
        daysPastDue <= 0 ? 0 : daysPastDue <= 30 ? 1 : daysPastDue <= 60 ? 2 : daysPastDue <= 90 ? 3 : daysPastDue <= 120 ? 4 : 5;

    /// <summary>0..5 = bucket at the date when open, 6 = paid (settled by then).</summary>
    private static int ItemState(Invoice invoice, LocalDate date) =>
        IsOpen(invoice, date) ? PlainBucket(Period.Between(invoice.Due, date, PeriodUnits.Days).Days) : 6;

    /// <summary>The worst open invoice's bucket, 6 (paid) when invoices were issued but none is open, null before the first invoice.</summary>
    private static int? CustomerState(IEnumerable<Invoice> invoices, LocalDate date)
    {
        var issued = invoices.Where(i => i.Issued <= date).ToList();
        if (issued.Count == 0)
        {
            return null;
        }

        var open = issued.Where(i => IsOpen(i, date)).Select(i => ItemState(i, date)).ToList();
        return open.Count == 0 ? 6 : open.Max();
    }

    private static RollState State(int index) => Support.TestData.State(AgingBucketSet.Default, index);

    private static ReceivableItem ToItem(Invoice invoice) =>
        new(new ItemId(invoice.Number), new AccountId(invoice.Customer), invoice.Issued, invoice.Due, Money.Of(invoice.Amount, Usd))
        {
            SettledOn = invoice.Settled,
            IsDisputed = invoice.Disputed,
        };

    private static List<Invoice> ReadInvoices()
    {
        var lines = File.ReadAllLines(RepositoryFiles.IbmReceivables);
        var header = lines[0].Split(',').Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index);
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(line => line.Split(',')).Select(f => new Invoice(
            f[header["invoiceNumber"]],
            f[header["customerID"]],
            MonthFirstDate(f[header["InvoiceDate"]]),
            MonthFirstDate(f[header["DueDate"]]),
            decimal.Parse(f[header["InvoiceAmount"]], NumberStyles.Float, CultureInfo.InvariantCulture),
            MonthFirstDate(f[header["SettledDate"]]),
            f[header["Disputed"]] == "Yes"))];
    }

    /// <summary>M/D/YYYY, e.g. 1/2/2013 = 2 January 2013.</summary>
    private static LocalDate MonthFirstDate(string text)
    {
        var parts = text.Split('/');
        return new LocalDate(
            int.Parse(parts[2], CultureInfo.InvariantCulture),
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private sealed record Invoice(string Number, string Customer, LocalDate Issued, LocalDate Due, decimal Amount, LocalDate Settled, bool Disputed);
}
