using Collections.Samples.Assessment.Figures;
using Collections.TestKit;

namespace Collections.Samples.Tests;

/// <summary>The whole UCI file through the sample, checked against plain loops over the raw CSV (no library code).</summary>
public sealed class UciAcceptanceTests(UciAcceptanceTests.Pack pack) : IClassFixture<UciAcceptanceTests.Pack>
{
    // PAY_x → month, BILL_AMTx → balance, as the dataset's README documents.
    private static readonly (string Period, string Status, string Balance)[] Months =
    [
        ("2005-04", "PAY_6", "BILL_AMT6"), ("2005-05", "PAY_5", "BILL_AMT5"), ("2005-06", "PAY_4", "BILL_AMT4"),
        ("2005-07", "PAY_3", "BILL_AMT3"), ("2005-08", "PAY_2", "BILL_AMT2"), ("2005-09", "PAY_0", "BILL_AMT1"),
    ];

    [Fact]
    public void Aging_InSeptember_EqualsAPlainLoopOverTheCsv()
    {
        var expected = new Dictionary<string, (int Accounts, decimal Balance)>();
        foreach (var row in pack.Rows)
        {
            var balance = PlainCsv.Number(row["BILL_AMT1"]);
            if (balance > 0)
            {
                var months = (int)PlainCsv.Number(row["PAY_0"]);
                var bucket = PlainCsv.Bucket(months <= 0 ? 0 : months * 30);
                expected.TryGetValue(bucket, out var cell);
                expected[bucket] = (cell.Accounts + 1, cell.Balance + balance);
            }
        }

        Assert.Equal(
            new[] { "current", "1-30", "31-60", "61-90", "91-120", "121+" }.Select(b => (b, expected.GetValueOrDefault(b).Accounts, expected.GetValueOrDefault(b).Balance)),
            pack.Figures.Aging.Select(a => (a.Bucket, a.Accounts, a.Balance)));
    }

    [Fact]
    public void CreditBalances_InSeptember_EqualAPlainLoop_AndAreNotNettedIntoDebt()
    {
        var credits = pack.Rows.Select(r => PlainCsv.Number(r["BILL_AMT1"])).Where(b => b < 0).ToList();
        var debt = pack.Rows.Select(r => PlainCsv.Number(r["BILL_AMT1"])).Where(b => b > 0).Sum();

        Assert.Equal((credits.Count, credits.Sum()), (pack.Figures.CreditBalances.Accounts, pack.Figures.CreditBalances.Amount));
        Assert.Equal(debt, pack.Figures.ReceivablesBaseline.TotalDebt);
    }

    [Theory]
    [InlineData("2005-04", "2005-05")]
    [InlineData("2005-07", "2005-08")]
    [InlineData("2005-08", "2005-09")]
    public void RollRateMatrix_EqualsAPlainLoopOverThePayColumns(string from, string to)
    {
        var f = Months.Single(m => m.Period == from);
        var t = Months.Single(m => m.Period == to);
        var expected = new Dictionary<string, Dictionary<string, int>>();
        foreach (var row in pack.Rows)
        {
            var start = State(row[f.Status], row[f.Balance]);
            var end = State(row[t.Status], row[t.Balance]);
            if (!expected.TryGetValue(start, out var cells))
            {
                expected[start] = cells = [];
            }

            cells[end] = cells.GetValueOrDefault(end) + 1;
        }

        var matrix = pack.Figures.RollRates.Single(r => r.From == from && r.To == to && r.Unit == "account");
        Assert.Equal(expected.Keys.Order(), matrix.Accounts.Keys.Order());
        foreach (var (start, cells) in expected)
        {
            Assert.Equal(cells.Where(c => c.Value > 0).OrderBy(c => c.Key), matrix.Accounts[start].Where(c => c.Value > 0).OrderBy(c => c.Key));
        }

        Assert.Equal(pack.Rows.Count, matrix.Accounts.Values.Sum(r => r.Values.Sum()));
    }

    [Fact]
    public void CureRate_AugustToSeptember_EqualsAPlainLoop()
    {
        int delinquent = 0, cured = 0;
        foreach (var row in pack.Rows)
        {
            if (PlainCsv.Number(row["PAY_2"]) > 0)
            {
                delinquent++;
                var end = State(row["PAY_0"], row["BILL_AMT1"]);
                cured += end is "current" or "paid" ? 1 : 0;
            }
        }

        var cure = pack.Figures.CureRates.Single(c => c.From == "2005-08" && c.To == "2005-09");
        Assert.Equal((cured, delinquent), ((int)cure.Overall.Numerator, (int)cure.Overall.Denominator));
    }

    [Fact]
    public void DataQuality_ReportsTheScientificNotationCellsAndTheOddStatuses()
    {
        var scientific = pack.Rows.SelectMany(r => r.Values).Count(v => v.Contains('e', StringComparison.Ordinal));

        Assert.Equal(30_000, pack.Figures.DataQuality.RowsAccepted);
        Assert.Contains(scientific, pack.Figures.DataQuality.Normalisations.Values);
        Assert.Contains(pack.Figures.DataQuality.Findings, f => f.Code == "impossible_jump" && f.Count > 0);
        Assert.Contains(pack.Figures.DataQuality.Findings, f => f.Code == "delinquent_without_debt" && f.Count > 0);
    }

    /// <summary>The roll-rate state rule, by hand: late → its bucket; owing → current; else paid.</summary>
    private static string State(string status, string balance)
    {
        var months = (int)PlainCsv.Number(status);
        if (months > 0)
        {
            return PlainCsv.Bucket(months * 30);
        }

        return PlainCsv.Number(balance) > 0 ? "current" : "paid";
    }

    /// <summary>Runs the sample once on the whole file for every test in the class.</summary>
    public sealed class Pack : IAsyncLifetime
    {
        public List<Dictionary<string, string>> Rows { get; } = PlainCsv.Read(RepositoryFiles.UciCreditCard);

        public AssessmentFigures Figures { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var run = await SampleRun.RunAsync(RepositoryFiles.UciCreditCard, "--mapping", SampleRun.UciMapping, "--as-of", "2005-09-30", "--out", "{out}");
            Assert.True(run.ExitCode == 0, run.Error);
            Figures = run.Figures;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
