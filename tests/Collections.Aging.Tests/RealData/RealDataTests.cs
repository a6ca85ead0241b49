namespace Collections.Aging.Tests.RealData;

/// <summary>
/// Aging and segmentation of the two bundled public datasets, each figure recomputed by a plain loop over the CSV rows.
/// Neither file has contact points or attempts: every reachability must say so in words.
/// </summary>
public sealed class RealDataTests
{
    private static readonly YearMonth September2005 = new(2005, 9);
    private static readonly LocalDate IbmAsOf = new(2013, 6, 30);

    [Fact]
    public void AgeSnapshots_UciSeptember2005_AgreesWithAnIndependentLoop()
    {
        // BRIEF: m months late → m × 30 days, so status ≤ 0 is current, 1..4 are the buckets 1-30..91-120, 5 and more 121+.
        var items = new int[6];
        var sums = new long[6];
        var (creditAccounts, credit, zero) = (0, 0L, 0);
        foreach (var row in RealDatasets.Uci)
        {
            var bill = row.Bill[0];
            if (bill > 0)
            {
                var bucket = Math.Clamp(row.Status[0], 0, 5);
                items[bucket]++;
                sums[bucket] += bill * 100;
            }
            else if (bill < 0)
            {
                (creditAccounts, credit) = (creditAccounts + 1, credit + (bill * 100));
            }
            else
            {
                zero++;
            }
        }

        var report = PortfolioAging.AgeSnapshots(RealDatasets.UciPortfolio().Snapshots, September2005);

        Assert.Equal(items, report.Lines.Select(l => l.Items));
        Assert.Equal(items, report.Lines.Select(l => l.Accounts)); // one snapshot per account and period
        Assert.Equal(sums, report.Lines.Select(l => l.Balance.MinorUnits));
        Assert.Equal((creditAccounts, credit), (report.CreditBalances.Single().Accounts, report.CreditBalances.Single().Amount.MinorUnits));
        Assert.Equal(zero, report.ZeroBalanceAccounts);
        Assert.Equal(30_000, items.Sum() + creditAccounts + zero);
    }

    [Fact]
    public void StandardSegments_UciSeptember2005_EveryAccountOnceCountsAgreeWithAnIndependentLoop()
    {
        var threshold = Money.Of(50_000m, RealDatasets.Twd);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in RealDatasets.Uci)
        {
            var bill = row.Bill[0];
            var status = row.Status[0];
            var paidRecently = row.Paid[0] > 0 || row.Paid[1] > 0 || row.Paid[2] > 0; // September, August, July
            var segment = bill <= 0 ? "no-debt"
                : status >= 5 ? (paidRecently ? "late-stage" : "escalation-review")
                : status == 4 ? "intensive"
                : status >= 2 ? (bill >= 50_000 ? "mid-stage-high" : "mid-stage")
                : bill >= 50_000 ? "early-stage-high" : "early-stage";
            expected[segment] = expected.GetValueOrDefault(segment) + 1;
        }

        var portfolio = RealDatasets.UciPortfolio();
        var profiles = AccountProfiles.FromSnapshots(portfolio, September2005);
        var result = PortfolioSegmentation.Assign(StandardSegments.Create(threshold), profiles, StandardSegments.OptionsFor(threshold));

        Assert.Equal(30_000, result.Assignments.Length);
        Assert.Equal(30_000, result.Assignments.Select(a => a.AccountId).Distinct().Count());
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            result.Summaries.Where(s => s.Accounts > 0).Select(s => KeyValuePair.Create(s.Segment.Id.Value, s.Accounts)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(RealDatasets.Uci.Where(r => r.Bill[0] > 0).Sum(r => r.Bill[0] * 100), result.Summaries.Sum(s => s.DebtIn(RealDatasets.Twd).MinorUnits));
        Assert.All(result.Assignments, a => Assert.True(a.Reachability.Signals.IsUnknown));
        Assert.All(result.Assignments.Take(200), a => Assert.Equal(
            "Reachability unknown — no contact data (no contact points and no contact attempts were provided).", a.Reasons[^1].English));
    }

    [Fact]
    public void AgeItems_IbmInvoicesOn2013_06_30_AgreesWithAnIndependentLoop()
    {
        // Open on the as-of date: invoiced on or before it and settled after it (data README).
        var open = RealDatasets.Ibm.Where(r => r.InvoiceDate <= IbmAsOf && r.SettledDate > IbmAsOf).ToList();
        int BucketOf(LocalDate due)
        {
            var days = Period.Between(due, IbmAsOf, PeriodUnits.Days).Days;
            return days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 120 ? 4 : 5;
        }

        var expected = Enumerable.Range(0, 6)
            .Select(b => open.Where(r => BucketOf(r.DueDate) == b).ToList())
            .Select(rows => (rows.Select(r => r.Customer).Distinct().Count(), rows.Count, rows.Sum(r => r.AmountMinorUnits)))
            .ToList();
        var portfolio = RealDatasets.IbmPortfolio();

        var report = PortfolioAging.AgeItems(portfolio.Items, IbmAsOf);
        var totals = BatchAging.Age(OpenItemColumns.FromItems(portfolio.Items, IbmAsOf), IbmAsOf);

        Assert.NotEmpty(open);
        Assert.Equal(expected, report.Lines.Select(l => (l.Accounts, l.Items, l.Balance.MinorUnits)));
        Assert.Equal(expected.Select(e => ((long)e.Item2, e.Item3)), totals.Lines.Select(l => (l.Items, l.Balance.MinorUnits)));
        Assert.Equal(2_466 - open.Count, totals.ZeroRows);
        Assert.Equal(100 - open.Select(r => r.Customer).Distinct().Count(), report.ZeroBalanceAccounts);
    }

    [Fact]
    public void StandardSegments_IbmInvoicesOn2013_06_30_CountsAgreeWithAnIndependentLoop()
    {
        var threshold = Money.Of(100m, RealDatasets.NoCurrency);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var customer in RealDatasets.Ibm.GroupBy(r => r.Customer))
        {
            var open = customer.Where(r => r.InvoiceDate <= IbmAsOf && r.SettledDate > IbmAsOf).ToList();
            var debt = open.Sum(r => r.AmountMinorUnits);
            var worst = open.Count == 0 ? 0 : open.Max(r => Period.Between(r.DueDate, IbmAsOf, PeriodUnits.Days).Days);
            var paidRecently = customer.Any(r => r.SettledDate <= IbmAsOf && r.SettledDate >= new LocalDate(2013, 4, 1)); // April–June
            var segment = open.Any(r => r.Disputed) ? "dispute"
                : debt <= 0 ? "no-debt"
                : worst >= 121 ? (paidRecently ? "late-stage" : "escalation-review")
                : worst >= 91 ? "intensive"
                : worst >= 31 ? (debt >= 10_000 ? "mid-stage-high" : "mid-stage")
                : debt >= 10_000 ? "early-stage-high" : "early-stage";
            expected[segment] = expected.GetValueOrDefault(segment) + 1;
        }

        var profiles = AccountProfiles.FromItems(RealDatasets.IbmPortfolio(), IbmAsOf);
        var result = PortfolioSegmentation.Assign(StandardSegments.Create(threshold), profiles, StandardSegments.OptionsFor(threshold));

        Assert.Equal(100, result.Assignments.Length);
        Assert.True(expected.Count >= 3, "the as-of date should spread the customers over several segments");
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            result.Summaries.Where(s => s.Accounts > 0).Select(s => KeyValuePair.Create(s.Segment.Id.Value, s.Accounts)).OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(result.Assignments, a => Assert.EndsWith("no contact data (no contact points and no contact attempts were provided).", a.Reasons[^1].English, StringComparison.Ordinal));
    }
}
