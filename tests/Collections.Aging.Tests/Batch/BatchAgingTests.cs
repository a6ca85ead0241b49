namespace Collections.Aging.Tests.Batch;

/// <summary>Hand-computed examples for <see cref="OpenItemColumns"/>, <see cref="AgingAccumulator"/> and <see cref="BatchAging"/>.</summary>
public sealed class BatchAgingTests
{
    private static readonly Currency Sar = Currency.SaudiRiyal;
    private static readonly Currency Usd = Currency.UsDollar;
    private static readonly LocalDate AsOf = new(2024, 6, 30);

    // The same ledger as PortfolioAgingItemTests, as open amounts on 2024-06-30 (two settled items are zero rows).
    private static OpenItemColumns Ledger() => new OpenItemColumnsBuilder()
        .Add(AsOf.PlusDays(-10), Money.Of(100m, Sar))
        .Add(AsOf.PlusDays(-45), Money.Of(250.50m, Sar))
        .Add(AsOf.PlusDays(-5), Money.Of(-30m, Sar))
        .Add(AsOf.PlusDays(-45), Money.Of(500m, Sar))
        .Add(AsOf.PlusDays(-90), Money.Zero(Sar))
        .Add(AsOf.PlusDays(-90), Money.Zero(Sar))
        .Add(AsOf, Money.Of(75.25m, Usd))
        .Add(AsOf.PlusDays(-200), Money.Of(20m, Usd))
        .Add(AsOf.PlusDays(-3), Money.Of(-10m, Usd))
        .Add(AsOf.PlusDays(-45), Money.Of(40m, Sar))
        .Add(AsOf.PlusDays(-45), Money.Of(60m, Sar))
        .Build();

    [Fact]
    public void ToTotals_SmallLedger_ItemsAndBalancesAsComputedByHand()
    {
        var totals = new AgingAccumulator(AsOf).Add(Ledger()).ToTotals();

        var expected = new (string Currency, string Bucket, long Items, decimal Balance)[]
        {
            ("SAR", "current", 0, 0m),
            ("SAR", "1-30", 1, 100m),
            ("SAR", "31-60", 4, 850.50m),   // 250.50 + 500.00 + 40.00 + 60.00
            ("SAR", "61-90", 0, 0m),
            ("SAR", "91-120", 0, 0m),
            ("SAR", "121+", 0, 0m),
            ("USD", "current", 1, 75.25m),
            ("USD", "1-30", 0, 0m),
            ("USD", "31-60", 0, 0m),
            ("USD", "61-90", 0, 0m),
            ("USD", "91-120", 0, 0m),
            ("USD", "121+", 1, 20m),
        };
        Assert.Equal(expected, totals.Lines.Select(l => (l.Currency.Code, l.Bucket.Label, l.Items, l.Balance.Amount)));
        Assert.Equal([new CreditTotalsLine(Sar, 1, Money.Of(-30m, Sar)), new CreditTotalsLine(Usd, 1, Money.Of(-10m, Usd))], totals.Credits);
        Assert.Equal((2L, 11L), (totals.ZeroRows, totals.RowCount));
        Assert.Equal(Money.Of(950.50m, Sar), totals.TotalDebt(Sar));
        Assert.Equal(Money.Of(-10m, Usd), totals.TotalCredit(Usd));
    }

    // Same edges as the item tests: due dates counted back from 2024-06-30 by hand.
    [Theory]
    [InlineData("2024-07-15", "current")]
    [InlineData("2024-06-30", "current")]
    [InlineData("2024-06-29", "1-30")]
    [InlineData("2024-05-31", "1-30")]
    [InlineData("2024-05-30", "31-60")]
    [InlineData("2024-05-01", "31-60")]
    [InlineData("2024-04-30", "61-90")]
    [InlineData("2024-04-01", "61-90")]
    [InlineData("2024-03-31", "91-120")]
    [InlineData("2024-03-02", "91-120")]
    [InlineData("2024-03-01", "121+")]
    [InlineData("0001-01-01", "121+")]
    [InlineData("9999-12-31", "current")]
    public void Add_EveryBucketEdgeAndTheExtremeDates_ItemLandsInTheBucketBriefNames(string dueOn, string expectedBucket)
    {
        var columns = new OpenItemColumnsBuilder().Add(NodaTime.Text.LocalDatePattern.Iso.Parse(dueOn).Value, Money.Of(1m, Sar)).Build();

        var totals = BatchAging.Age(columns, AsOf);

        Assert.Equal(expectedBucket, Assert.Single(totals.Lines, l => l.Items > 0).Bucket.Label);
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(99_999, 1)]
    [InlineData(100_000, 2)]
    [InlineData(3_000_000, 2)]
    public void Add_BucketSetTooWideForATable_SearchesTheBoundsWithTheSameResult(int daysPastDue, int expectedBucket)
    {
        // 0 | 1..99,999 | 100,000+ spans 100,000 days: wider than the 65,536-entry table, so rows are searched.
        var buckets = AgingBucketSet.FromLowerBounds(0, 1, 100_000);
        Assert.Null(buckets.Lookup.Table);
        var asOf = new LocalDate(9000, 1, 1);
        var columns = new OpenItemColumnsBuilder().Add(asOf.PlusDays(-daysPastDue), Money.Of(1m, Sar)).Build();

        var totals = BatchAging.Age(columns, asOf, buckets);

        Assert.Equal(expectedBucket, Assert.Single(totals.Lines, l => l.Items > 0).Bucket.Index);
    }

    [Fact]
    public void Add_SliceOfTheColumns_AgesOnlyThoseRows()
    {
        // Rows 1..3: 250.50 (31-60), −30.00 (credit), 500.00 (31-60).
        var totals = new AgingAccumulator(AsOf).Add(Ledger(), 1, 3).ToTotals();

        Assert.Equal(Money.Of(750.50m, Sar), totals.TotalDebt(Sar));
        Assert.Equal(Money.Of(-30m, Sar), totals.TotalCredit(Sar));
        Assert.Equal([Sar], totals.Currencies);
        Assert.Equal(3, totals.RowCount);
    }

    [Fact]
    public void Add_OneRowAtATime_SameAsTheColumns()
    {
        var columns = Ledger();
        var accumulator = new AgingAccumulator(AsOf);
        for (var i = 0; i < columns.Count; i++)
        {
            accumulator.Add(DayNumber.ToDate(columns.DueDayNumbers[i]), Money.FromMinorUnits(columns.OpenMinorUnits[i], columns.Currencies[columns.CurrencyIndexes[i]]));
        }

        Assert.Equal(new AgingAccumulator(AsOf).Add(columns).ToTotals().Lines, accumulator.ToTotals().Lines);
    }

    [Fact]
    public void Age_OnThreeCores_SameTotalsAsOneCore()
    {
        var one = BatchAging.Age(Ledger(), AsOf);
        var three = BatchAging.Age(Ledger(), AsOf, degreeOfParallelism: 3);

        Assert.Equal(one.Lines, three.Lines);
        Assert.Equal(one.Credits, three.Credits);
        Assert.Equal((one.ZeroRows, one.RowCount), (three.ZeroRows, three.RowCount));
    }

    [Fact]
    public void Merge_DifferentAsOfDatesAndBuckets_RefusedListingBoth()
    {
        var here = new AgingAccumulator(AsOf);
        var there = new AgingAccumulator(AsOf.PlusDays(1), AgingBucketSet.FromLowerBounds(0, 1, 31));

        var error = Assert.Throws<ArgumentException>(() => here.Merge(there));

        Assert.Contains("the as-of dates differ (2024-06-30 here, 2024-07-01 there)", error.Message, StringComparison.Ordinal);
        Assert.Contains("the bucket bounds differ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_IntoItself_Refused()
    {
        var accumulator = new AgingAccumulator(AsOf).Add(Ledger());

        var error = Assert.Throws<ArgumentException>(() => accumulator.Merge(accumulator));

        Assert.Contains("cannot be merged into itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_EqualButSeparatelyBuiltBucketSets_Accepted()
    {
        var here = new AgingAccumulator(AsOf).Add(Ledger(), 0, 5);
        var there = new AgingAccumulator(AsOf, AgingBucketSet.FromLowerBounds(0, 1, 31, 61, 91, 121)).Add(Ledger(), 5, 6);

        Assert.Equal(new AgingAccumulator(AsOf).Add(Ledger()).ToTotals().Lines, here.Merge(there).ToTotals().Lines);
    }

    [Fact]
    public void Create_ColumnsOfDifferentLengthsAndBadRows_RefusedListingEveryViolation()
    {
        var error = Assert.Throws<ArgumentException>(() => OpenItemColumns.Create(
            [DayNumber.Of(AsOf), -1, 5_000_000],
            [100, 200],
            [0, 2, 0],
            [Sar, Sar]));

        Assert.Contains("the columns differ in length: 3 due dates, 2 open amounts, 3 currency indexes", error.Message, StringComparison.Ordinal);
        Assert.Contains("currency 1 (SAR) is repeated", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 row(s) have a due day number outside 0..3652058", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 row(s) have a currency index beyond the 2 currencies given (rows 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValidArrays_CopiedSoLaterChangesDoNotLeakIn()
    {
        int[] due = [DayNumber.Of(AsOf.PlusDays(-45))];
        long[] open = [12_345];
        var columns = OpenItemColumns.Create(due, open, [0], [Sar]);
        open[0] = 1;

        Assert.Equal(Money.Of(123.45m, Sar), BatchAging.Age(columns, AsOf).TotalDebt(Sar));
    }

    [Fact]
    public void Builder_DayNumberOutsideTheCalendar_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenItemColumnsBuilder().Add(-1, 100, Sar));

    [Fact]
    public void Builder_UnspecifiedCurrency_Refused() =>
        Assert.Throws<ArgumentException>(() => new OpenItemColumnsBuilder().Add(AsOf, default(Money)));

    [Fact]
    public void Add_SliceOutsideTheColumns_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgingAccumulator(AsOf).Add(Ledger(), 5, 7));

    [Fact]
    public void Add_SumBeyond64BitMinorUnits_OverflowRatherThanWrap()
    {
        var columns = new OpenItemColumnsBuilder().Add(AsOf, Money.FromMinorUnits(long.MaxValue, Sar)).Add(AsOf, Money.FromMinorUnits(1, Sar)).Build();

        Assert.Throws<OverflowException>(() => new AgingAccumulator(AsOf).Add(columns));
    }

    [Fact]
    public void FromItems_SettledAndUnissuedItems_BecomeZeroRows()
    {
        var a = new AccountId("a");
        ReceivableItem[] items =
        [
            new(new ItemId("open"), a, AsOf.PlusDays(-40), AsOf.PlusDays(-10), Money.Of(5m, Sar)),
            new(new ItemId("settled"), a, AsOf.PlusDays(-40), AsOf.PlusDays(-10), Money.Of(7m, Sar)) { SettledOn = AsOf },
            new(new ItemId("future"), a, AsOf.PlusDays(1), AsOf.PlusDays(31), Money.Of(9m, Sar)),
        ];

        var totals = BatchAging.Age(OpenItemColumns.FromItems(items, AsOf), AsOf);

        Assert.Equal((Money.Of(5m, Sar), 2L), (totals.TotalDebt(Sar), totals.ZeroRows));
    }

    [Fact]
    public void ToTotals_NothingAdded_Empty()
    {
        var totals = new AgingAccumulator(AsOf).ToTotals();

        Assert.Empty(totals.Lines);
        Assert.Empty(totals.Currencies);
        Assert.Equal(0, totals.RowCount);
    }

    [Fact]
    public void LineFor_BucketOfAnotherSet_Refused() =>
        Assert.Throws<ArgumentException>(() => BatchAging.Age(Ledger(), AsOf).LineFor(AgingBucketSet.FromLowerBounds(0, 1, 16, 31).Buckets[2], Sar));
}
