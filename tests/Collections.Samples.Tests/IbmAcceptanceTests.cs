using Collections.Samples.Assessment.Figures;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>The IBM invoices through the sample as of 2013-06-30, checked against plain loops over the raw CSV.</summary>
public sealed class IbmAcceptanceTests(IbmAcceptanceTests.Pack pack) : IClassFixture<IbmAcceptanceTests.Pack>
{
    private static readonly DateOnly AsOf = new(2013, 6, 30);

    [Fact]
    public void Aging_OnTheAsOfDate_EqualsAPlainLoopOverTheCsv()
    {
        // Open on the as-of date: issued on or before it and settled after it.
        var expected = new Dictionary<string, (HashSet<string> Accounts, int Items, decimal Balance)>();
        foreach (var row in pack.Rows)
        {
            var issued = PlainCsv.MonthFirstDate(row["InvoiceDate"]);
            var settled = PlainCsv.MonthFirstDate(row["SettledDate"]);
            if (issued <= AsOf && settled > AsOf)
            {
                var bucket = PlainCsv.Bucket(AsOf.DayNumber - PlainCsv.MonthFirstDate(row["DueDate"]).DayNumber);
                if (!expected.TryGetValue(bucket, out var cell))
                {
                    expected[bucket] = cell = ([], 0, 0m);
                }

                cell.Accounts.Add(row["customerID"]);
                expected[bucket] = (cell.Accounts, cell.Items + 1, cell.Balance + PlainCsv.Number(row["InvoiceAmount"]));
            }
        }

        Assert.Equal(
            new[] { "current", "1-30", "31-60", "61-90", "91-120", "121+" }.Select(b => expected.TryGetValue(b, out var c) ? (b, c.Accounts.Count, c.Items, c.Balance) : (b, 0, 0, 0m)),
            pack.Figures.Aging.Select(a => (a.Bucket, a.Accounts, a.Items, a.Balance)));
    }

    [Fact]
    public void MayMonthEnd_DsoAndCei_EqualAPlainLoop()
    {
        var start = new DateOnly(2013, 4, 30);
        var end = new DateOnly(2013, 5, 31);
        decimal Open(DateOnly day, bool currentOnly) => pack.Rows
            .Where(r => PlainCsv.MonthFirstDate(r["InvoiceDate"]) <= day && PlainCsv.MonthFirstDate(r["SettledDate"]) > day)
            .Where(r => !currentOnly || PlainCsv.MonthFirstDate(r["DueDate"]) >= day)
            .Sum(r => PlainCsv.Number(r["InvoiceAmount"]));
        var opening = Open(start, currentOnly: false);
        var closing = Open(end, currentOnly: false);
        var closingCurrent = Open(end, currentOnly: true);
        var sales = pack.Rows
            .Where(r => PlainCsv.MonthFirstDate(r["InvoiceDate"]) > start && PlainCsv.MonthFirstDate(r["InvoiceDate"]) <= end)
            .Sum(r => PlainCsv.Number(r["InvoiceAmount"]));

        var may = pack.Figures.LedgerHistory.Single(m => m.MonthEnd == "2013-05-31");

        Assert.Equal((opening, sales, closing, closingCurrent), (may.OpeningReceivables, may.CreditSales, may.ClosingReceivables, may.ClosingCurrent));
        Assert.Equal(Math.Round(closing / sales * 31, 2, MidpointRounding.AwayFromZero), may.DaysSalesOutstanding);
        Assert.Equal(Math.Round((opening + sales - closing) / (opening + sales - closingCurrent) * 100, 2, MidpointRounding.AwayFromZero), may.CollectionEffectivenessIndex);
    }

    [Fact]
    public void LedgerHistory_RunsFromTheFirstInvoiceMonthToTheAsOfMonth()
    {
        Assert.Equal("2012-01-31", pack.Figures.LedgerHistory[0].MonthEnd);
        Assert.Equal("2013-06-30", pack.Figures.LedgerHistory[^1].MonthEnd);
        Assert.Equal(18, pack.Figures.LedgerHistory.Count);
    }

    [Fact]
    public void ItemRollRates_AprilToMay_EqualAPlainLoop()
    {
        var start = new DateOnly(2013, 4, 30);
        var end = new DateOnly(2013, 5, 31);
        var expected = new Dictionary<string, Dictionary<string, int>>();
        foreach (var row in pack.Rows)
        {
            var issued = PlainCsv.MonthFirstDate(row["InvoiceDate"]);
            var settled = PlainCsv.MonthFirstDate(row["SettledDate"]);
            if (issued <= start && settled > start)
            {
                var due = PlainCsv.MonthFirstDate(row["DueDate"]);
                var from = PlainCsv.Bucket(start.DayNumber - due.DayNumber);
                var to = settled <= end ? "paid" : PlainCsv.Bucket(end.DayNumber - due.DayNumber);
                if (!expected.TryGetValue(from, out var cells))
                {
                    expected[from] = cells = [];
                }

                cells[to] = cells.GetValueOrDefault(to) + 1;
            }
        }

        var matrix = pack.Figures.RollRates.Single(r => r.From == "2013-04" && r.To == "2013-05" && r.Unit == "item");
        Assert.Equal(expected.Keys.Order(), matrix.Accounts.Keys.Order());
        foreach (var (from, cells) in expected)
        {
            Assert.Equal(cells.OrderBy(c => c.Key), matrix.Accounts[from].Where(c => c.Value > 0).OrderBy(c => c.Key));
        }
    }

    /// <summary>Runs the sample once on the whole file for every test in the class.</summary>
    public sealed class Pack : IAsyncLifetime
    {
        public List<Dictionary<string, string>> Rows { get; } = PlainCsv.Read(RepositoryFiles.IbmReceivables);

        public AssessmentFigures Figures { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var run = await SampleRun.RunAsync(RepositoryFiles.IbmReceivables, "--mapping", SampleRun.IbmMapping, "--as-of", "2013-06-30", "--out", "{out}");
            Assert.True(run.ExitCode == 0, run.Error);
            Figures = run.Figures;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
