using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Aging.Tests.Reports;

/// <summary>The rules of item and snapshot aging, as properties over generated ledgers and snapshots.</summary>
public sealed class PortfolioAgingProperties
{
    private static readonly Arbitrary<(LocalDate AsOf, List<ReceivableItem> Items, AgingBucketSet Buckets)> Ledgers =
        (from ledger in AgingGenerators.ItemsAroundAsOf()
         from buckets in CollectionsGenerators.BucketSet()
         select (ledger.AsOf, ledger.Items, buckets)).ToArbitrary();

    [Property]
    public Property Bucket_assignment_partitions_every_item_into_exactly_one_bucket() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
            var open = ledger.Items.Select(i => (Amount: i.OpenAmountOn(ledger.AsOf), Dpd: i.DaysPastDueOn(ledger.AsOf))).ToList();

            var everyDebtInExactlyOneBucket = open.Where(o => o.Amount.IsPositive).All(o => ledger.Buckets.Buckets.Count(b => b.Contains(o.Dpd)) == 1);
            var bucketItems = report.Lines.Sum(l => l.Items);
            var creditItems = report.CreditBalances.Sum(c => c.Items);
            return everyDebtInExactlyOneBucket
                && bucketItems == open.Count(o => o.Amount.IsPositive)
                && creditItems == open.Count(o => o.Amount.IsNegative);
        });

    [Property]
    public Property Bucket_totals_sum_to_the_portfolio_total() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
            var open = ledger.Items.Select(i => i.OpenAmountOn(ledger.AsOf)).ToList();

            return report.Currencies.All(currency =>
                report.Lines.Where(l => l.Currency == currency).Sum(l => l.Balance.MinorUnits) == open.Where(a => a.Currency == currency && a.IsPositive).Sum(a => a.MinorUnits)
                && report.TotalCredit(currency).MinorUnits == open.Where(a => a.Currency == currency && a.IsNegative).Sum(a => a.MinorUnits))
                && open.Where(a => !a.IsZero).Select(a => a.Currency.Code).Distinct().Order(StringComparer.Ordinal).SequenceEqual(report.Currencies.Select(c => c.Code));
        });

    [Property]
    public Property Aging_is_monotone_in_the_as_of_date_for_an_unpaid_item() =>
        Prop.ForAll(
            (from due in CollectionsGenerators.Date()
             from later1 in Gen.Choose(-30, 4000)
             from later2 in Gen.Choose(0, 4000)
             from buckets in CollectionsGenerators.BucketSet()
             select (due, first: due.PlusDays(later1), second: due.PlusDays(later1 + later2), buckets)).ToArbitrary(),
            c =>
            {
                // Issued 30 days before the due date and never settled: open on both dates.
                var item = new ReceivableItem(new ItemId("i"), new AccountId("a"), c.due.PlusDays(-30), c.due, Money.Of(1m, Currency.SaudiRiyal));
                var earlier = PortfolioAging.AgeItems([item], c.first, c.buckets).Lines.Single(l => l.Items == 1).Bucket.Index;
                var later = PortfolioAging.AgeItems([item], c.second, c.buckets).Lines.Single(l => l.Items == 1).Bucket.Index;
                return earlier <= later;
            });

    [Property]
    public Property Item_aging_agrees_with_a_naive_reference_implementation() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
            var rows = ledger.Items.Select(i => (i.AccountId, Amount: i.OpenAmountOn(ledger.AsOf), Days: NaiveDaysPastDue(i.DueOn, ledger.AsOf)));
            var expected = NaiveReport(rows.ToList(), ledger.Buckets);

            return Describe(report).SequenceEqual(expected.Lines)
                && report.ZeroBalanceAccounts == expected.ZeroBalanceAccounts;
        });

    [Property]
    public Property Item_aging_agrees_with_the_reference_for_accounts_in_several_currencies_and_sets_of_many_buckets() =>
        Prop.ForAll(
            (from ledger in AgingGenerators.MixedCurrencyItemsAroundAsOf()
             from buckets in Gen.OneOf(AgingGenerators.ManyBuckets(), CollectionsGenerators.BucketSet())
             select (ledger.AsOf, ledger.Items, Buckets: buckets)).ToArbitrary(),
            ledger =>
            {
                var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
                var rows = ledger.Items.Select(i => (i.AccountId, Amount: i.OpenAmountOn(ledger.AsOf), Days: NaiveDaysPastDue(i.DueOn, ledger.AsOf)));
                var expected = NaiveReport(rows.ToList(), ledger.Buckets);

                return Describe(report).SequenceEqual(expected.Lines)
                    && report.ZeroBalanceAccounts == expected.ZeroBalanceAccounts;
            });

    [Property]
    public Property Snapshot_aging_agrees_with_a_naive_reference_implementation() =>
        Prop.ForAll(
            (from snapshots in AgingGenerators.Snapshots()
             from month in Gen.Choose(4, 9)
             from buckets in CollectionsGenerators.BucketSet()
             select (snapshots, period: new YearMonth(2005, month), buckets)).ToArbitrary(),
            c =>
            {
                var report = PortfolioAging.AgeSnapshots(c.snapshots, c.period, c.buckets);
                var rows = c.snapshots.Where(s => s.Period == c.period).Select(s => (s.AccountId, Amount: s.Balance, Days: s.DaysPastDue.Value));
                var expected = NaiveReport(rows.ToList(), c.buckets);

                return Describe(report).SequenceEqual(expected.Lines)
                    && report.ZeroBalanceAccounts == expected.ZeroBalanceAccounts;
            });

    [Property]
    public Property Account_positions_add_up_to_the_report_totals() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
            var positions = PortfolioAging.PositionsFromItems(ledger.Items, ledger.AsOf);

            return report.Currencies.All(currency =>
                    positions.Where(p => p.Debt.Currency == currency).Sum(p => p.Debt.MinorUnits) == report.TotalDebt(currency).MinorUnits
                    && positions.Where(p => p.Credit.Currency == currency).Sum(p => p.Credit.MinorUnits) == report.TotalCredit(currency).MinorUnits)
                && positions.Count(p => !p.HasDebt && p.Credit.IsZero) == report.ZeroBalanceAccounts
                && positions.Select(p => p.AccountId).Distinct().Count() == positions.Length;
        });

    [Property]
    public Property An_accounts_worst_delinquency_is_its_latest_bucket_with_debt() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var positions = PortfolioAging.PositionsFromItems(ledger.Items, ledger.AsOf);
            return positions.Where(p => p.HasDebt).All(p =>
                p.WorstDaysPastDue.Value == ledger.Items
                    .Where(i => i.AccountId == p.AccountId && i.OpenAmountOn(ledger.AsOf).IsPositive)
                    .Max(i => NaiveDaysPastDue(i.DueOn, ledger.AsOf)));
        });

    // Days between two dates with NodaTime's Period arithmetic, independent of DayNumber.
    private static int NaiveDaysPastDue(LocalDate dueOn, LocalDate asOf) => Period.Between(dueOn, asOf, PeriodUnits.Days).Days;

    private static IEnumerable<(string Currency, int Bucket, int Accounts, int Items, long MinorUnits)> Describe(AgingReport report) =>
        report.Lines.Select(l => (l.Currency.Code, l.Bucket.Index, l.Accounts, l.Items, l.Balance.MinorUnits))
            .Concat(report.CreditBalances.Select(c => (c.Currency.Code, -1, c.Accounts, c.Items, c.Amount.MinorUnits)));

    // The reference: scan the buckets' bounds for each positive amount; group with LINQ; credits (bucket −1) apart.
    private static (List<(string Currency, int Bucket, int Accounts, int Items, long MinorUnits)> Lines, int ZeroBalanceAccounts) NaiveReport(
        List<(AccountId Account, Money Amount, int Days)> rows, AgingBucketSet buckets)
    {
        int BucketOf(int days) => buckets.Buckets.Single(b => (b.LowerBound is null || days >= b.LowerBound) && (b.UpperBound is null || days <= b.UpperBound)).Index;

        var currencies = rows.Where(r => !r.Amount.IsZero).Select(r => r.Amount.Currency.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var lines = new List<(string, int, int, int, long)>();
        foreach (var currency in currencies)
        {
            var debts = rows.Where(r => r.Amount.Currency.Code == currency && r.Amount.IsPositive).ToList();
            foreach (var bucket in buckets.Buckets)
            {
                var inBucket = debts.Where(r => BucketOf(r.Days) == bucket.Index).ToList();
                lines.Add((currency, bucket.Index, inBucket.Select(r => r.Account).Distinct().Count(), inBucket.Count, inBucket.Sum(r => r.Amount.MinorUnits)));
            }
        }

        foreach (var currency in currencies)
        {
            var credits = rows.Where(r => r.Amount.Currency.Code == currency && r.Amount.IsNegative).ToList();
            lines.Add((currency, -1, credits.Select(r => r.Account).Distinct().Count(), credits.Count, credits.Sum(r => r.Amount.MinorUnits)));
        }

        var zeroBalanceAccounts = rows.GroupBy(r => r.Account).Count(g => g.All(r => r.Amount.IsZero));
        return (lines, zeroBalanceAccounts);
    }
}
