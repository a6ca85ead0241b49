using System.Globalization;
using Collections.TestKit;

namespace Collections.Kpi.Tests.RealData;

/// <summary>The five month-to-month roll-rate matrices of the bundled UCI "default of credit card clients" file
/// (30,000 Taiwanese card accounts, April to September 2005), checked against plain loops over the raw columns.</summary>
/// <remarks>PAY_6 = April … PAY_2 = August, PAY_0 = September (there is no PAY_1); BILL_AMT6 = April … BILL_AMT1 =
/// September. Statuses are months past due (−2, −1, 0 = not late); balances are NT$ (TWD).</remarks>
public sealed class UciCreditCardRollRateTests
{
    private static readonly Currency Twd = Currency.FromCode("TWD");

    private static readonly (YearMonth Period, string Pay, string Bill)[] Months =
    [
        (new YearMonth(2005, 4), "PAY_6", "BILL_AMT6"),
        (new YearMonth(2005, 5), "PAY_5", "BILL_AMT5"),
        (new YearMonth(2005, 6), "PAY_4", "BILL_AMT4"),
        (new YearMonth(2005, 7), "PAY_3", "BILL_AMT3"),
        (new YearMonth(2005, 8), "PAY_2", "BILL_AMT2"),
        (new YearMonth(2005, 9), "PAY_0", "BILL_AMT1"),
    ];

    private static readonly Lazy<List<Row>> Rows = new(ReadRows);

    private static readonly Lazy<System.Collections.Immutable.ImmutableArray<RollRateTransition>> Transitions =
        new(() => SnapshotRollRates.Calculate(Rows.Value.SelectMany(ToSnapshots)));

    [Fact]
    public void Calculate_UciFile_FiveTransitionsAprilToSeptember2005OverAll30000Accounts()
    {
        var transitions = Transitions.Value;

        Assert.Equal(30_000, Rows.Value.Count);
        Assert.Equal(Months.Take(5).Zip(Months.Skip(1), (a, b) => (a.Period, b.Period)), transitions.Select(t => (t.FromPeriod, t.ToPeriod)));
        Assert.All(transitions, t =>
        {
            var matrix = Assert.Single(t.Matrices);
            Assert.Equal(Twd, matrix.Currency);
            Assert.Equal(30_000, matrix.Total.Count);
            Assert.Equal(0, matrix.TotalEntered.Count);
            Assert.Equal(0, matrix.TotalLeft.Count);
        });
    }

    [Theory]
    [InlineData(0)] // April → May
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)] // August → September
    public void Calculate_UciFile_EveryCellMatchesAPlainLoopOverThePayAndBillColumns(int transition)
    {
        // The plain reference: state 0..5 = current, 1-30, 31-60, 61-90, 91-120, 121+ (m months late → min(m, 5)),
        // 6 = paid; the rule: PAY > 0 → its bucket; else BILL > 0 → current; else paid. Balance = the earlier BILL if positive.
        var counts = new long[7, 7];
        var balances = new long[7, 7];
        foreach (var row in Rows.Value)
        {
            int from = PlainState(row.Pay[transition], row.Bill[transition]), to = PlainState(row.Pay[transition + 1], row.Bill[transition + 1]);
            counts[from, to]++;
            balances[from, to] += Math.Max(0, row.Bill[transition]);
        }

        var matrix = Transitions.Value[transition].MatrixFor(Twd);
        for (var f = 0; f < 7; f++)
        {
            for (var t = 0; t < 7; t++)
            {
                var cell = matrix.Cell(State(f), State(t));
                Assert.Equal(counts[f, t], cell.Count);
                Assert.Equal(Money.Of(balances[f, t], Twd), cell.Balance);
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Calculate_UciFile_CureRatesMatchAPlainLoop(int transition)
    {
        // Delinquent at the start: PAY > 0. Cured: at the end not past due (PAY ≤ 0), owing or not.
        long delinquent = 0, cured = 0;
        var perBucket = new (long Delinquent, long Cured)[6];
        foreach (var row in Rows.Value.Where(r => r.Pay[transition] > 0))
        {
            var bucket = Math.Min(row.Pay[transition], 5);
            var isCured = row.Pay[transition + 1] <= 0;
            delinquent++;
            cured += isCured ? 1 : 0;
            perBucket[bucket] = (perBucket[bucket].Delinquent + 1, perBucket[bucket].Cured + (isCured ? 1 : 0));
        }

        var matrix = Transitions.Value[transition].MatrixFor(Twd);
        Assert.Equal(new Rate(cured, delinquent), matrix.CureRate());
        for (var b = 1; b < 6; b++)
        {
            Assert.Equal(new Rate(perBucket[b].Cured, perBucket[b].Delinquent), matrix.CureRate(AgingBucketSet.Default.Buckets[b]));
        }
    }

    [Fact]
    public void Calculate_UciFile_FiguresCrossCheckedWithPython()
    {
        // Counted separately with Python's csv module over the same file and rule (a third, independent path).
        var aprilToMay = Transitions.Value[0].MatrixFor(Twd);
        var augustToSeptember = Transitions.Value[4].MatrixFor(Twd);

        Assert.Equal(3184, aprilToMay.Cell(State(6), State(6)).Count);
        Assert.Equal(20487, aprilToMay.Cell(State(0), State(0)).Count);
        Assert.Equal(930, aprilToMay.Cell(State(2), State(0)).Count);
        Assert.Equal(654, augustToSeptember.Cell(State(6), State(6)).Count);
        Assert.Equal(1672, augustToSeptember.Cell(State(2), State(1)).Count);
        Assert.Equal(40, augustToSeptember.Cell(State(5), State(5)).Count);
    }

    private static int PlainState(int pay, long bill) => pay > 0 ? Math.Min(pay, 5) : bill > 0 ? 0 : 6;

    private static RollState State(int index) => Support.TestData.State(AgingBucketSet.Default, index);

    private static IEnumerable<AccountSnapshot> ToSnapshots(Row row) =>
        Months.Select((m, i) => new AccountSnapshot(
            new AccountId(row.Id), m.Period, DaysPastDue.FromMonthsPastDue(row.Pay[i]), Money.Of(row.Bill[i], Twd))
        {
            ReportedStatus = row.Pay[i].ToString(CultureInfo.InvariantCulture),
        });

    private static List<Row> ReadRows()
    {
        var lines = File.ReadAllLines(RepositoryFiles.UciCreditCard);
        var header = lines[0].Split(',').Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index);
        var rows = new List<Row>(lines.Length - 1);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            rows.Add(new Row(
                fields[header["ID"]],
                [.. Months.Select(m => (int)WholeNumber(fields[header[m.Pay]]))],
                [.. Months.Select(m => WholeNumber(fields[header[m.Bill]]))]));
        }

        return rows;
    }

    /// <summary>Numbers may be written like <c>5e+05</c>; all are whole.</summary>
    private static long WholeNumber(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.Truncate(value), value);
        return (long)value;
    }

    private sealed record Row(string Id, int[] Pay, long[] Bill);
}
