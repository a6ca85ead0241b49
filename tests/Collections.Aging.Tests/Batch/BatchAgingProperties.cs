using Collections.TestKit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Collections.Aging.Tests.Batch;

/// <summary>The batch path's contract: the same figures as <see cref="PortfolioAging.AgeItems"/>, and merge laws for partitions.</summary>
public sealed class BatchAgingProperties
{
    private static readonly Arbitrary<(LocalDate AsOf, List<ReceivableItem> Items, AgingBucketSet Buckets)> Ledgers =
        (from ledger in AgingGenerators.ItemsAroundAsOf()
         from buckets in AgingGenerators.AnyBucketSet()
         select (ledger.AsOf, ledger.Items, buckets)).ToArbitrary();

    private static readonly Arbitrary<(LocalDate AsOf, List<ReceivableItem> Items, AgingBucketSet Buckets, int[] Cuts)> PartitionedLedgers =
        (from ledger in AgingGenerators.ItemsAroundAsOf()
         from buckets in AgingGenerators.AnyBucketSet()
         from cuts in Gen.Choose(0, Math.Max(0, ledger.Items.Count)).ListOf()
         select (ledger.AsOf, ledger.Items, buckets, cuts.Take(4).Order().ToArray())).ToArbitrary();

    [Property]
    public Property Batch_aging_gives_the_same_buckets_items_and_balances_as_AgeItems() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var report = PortfolioAging.AgeItems(ledger.Items, ledger.AsOf, ledger.Buckets);
            var totals = BatchAging.Age(OpenItemColumns.FromItems(ledger.Items, ledger.AsOf), ledger.AsOf, ledger.Buckets);

            return report.Lines.Select(l => (l.Currency, l.Bucket.Index, (long)l.Items, l.Balance))
                    .SequenceEqual(totals.Lines.Select(l => (l.Currency, l.Bucket.Index, l.Items, l.Balance)))
                && report.CreditBalances.Select(c => (c.Currency, (long)c.Items, c.Amount))
                    .SequenceEqual(totals.Credits.Select(c => (c.Currency, c.Items, c.Amount)))
                && report.Currencies.SequenceEqual(totals.Currencies);
        });

    [Property]
    public Property Every_row_is_counted_once_as_debt_credit_or_zero() =>
        Prop.ForAll(Ledgers, ledger =>
        {
            var totals = BatchAging.Age(OpenItemColumns.FromItems(ledger.Items, ledger.AsOf), ledger.AsOf, ledger.Buckets);
            return totals.Lines.Sum(l => l.Items) + totals.Credits.Sum(c => c.Items) + totals.ZeroRows == ledger.Items.Count
                && totals.RowCount == ledger.Items.Count;
        });

    [Property]
    public Property Merging_partitions_gives_the_same_totals_as_one_pass() =>
        Prop.ForAll(PartitionedLedgers, ledger =>
        {
            var columns = OpenItemColumns.FromItems(ledger.Items, ledger.AsOf);
            var whole = new AgingAccumulator(ledger.AsOf, ledger.Buckets).Add(columns).ToTotals();

            var bounds = new[] { 0 }.Concat(ledger.Cuts).Append(columns.Count).ToArray();
            var parts = Enumerable.Range(0, bounds.Length - 1)
                .Select(p => new AgingAccumulator(ledger.AsOf, ledger.Buckets).Add(columns.Slice(bounds[p], bounds[p + 1] - bounds[p])))
                .Reverse() // merge order must not matter
                .ToList();
            var merged = parts.Aggregate(new AgingAccumulator(ledger.AsOf, ledger.Buckets), (total, part) => total.Merge(part)).ToTotals();

            return whole.Lines.SequenceEqual(merged.Lines)
                && whole.Credits.SequenceEqual(merged.Credits)
                && (whole.ZeroRows, whole.RowCount) == (merged.ZeroRows, merged.RowCount);
        });

    [Property]
    public Property Merge_is_associative_and_an_empty_accumulator_is_its_identity() =>
        Prop.ForAll(PartitionedLedgers, ledger =>
        {
            var columns = OpenItemColumns.FromItems(ledger.Items, ledger.AsOf);
            var third = columns.Count / 3;
            AgingAccumulator Part(int start, int length) => new AgingAccumulator(ledger.AsOf, ledger.Buckets).Add(columns, start, length);
            var (a, b, c) = (0, third, 2 * third);

            var left = Part(a, third).Merge(Part(b, third)).Merge(Part(c, columns.Count - c)).ToTotals();
            var right = Part(a, third).Merge(Part(b, third).Merge(Part(c, columns.Count - c))).ToTotals();
            var withEmpty = Part(0, columns.Count).Merge(new AgingAccumulator(ledger.AsOf, ledger.Buckets)).ToTotals();
            var whole = Part(0, columns.Count).ToTotals();

            return left.Lines.SequenceEqual(right.Lines) && left.Credits.SequenceEqual(right.Credits)
                && withEmpty.Lines.SequenceEqual(whole.Lines) && withEmpty.Credits.SequenceEqual(whole.Credits);
        });

    [Property]
    public Property Parallel_ageing_gives_the_same_totals_as_one_core() =>
        Prop.ForAll(Ledgers, Gen.Choose(2, 5).ToArbitrary(), (ledger, cores) =>
        {
            var columns = OpenItemColumns.FromItems(ledger.Items, ledger.AsOf);
            var one = BatchAging.Age(columns, ledger.AsOf, ledger.Buckets);
            var many = BatchAging.Age(columns, ledger.AsOf, ledger.Buckets, cores);
            return one.Lines.SequenceEqual(many.Lines) && one.Credits.SequenceEqual(many.Credits) && one.ZeroRows == many.ZeroRows;
        });
}
