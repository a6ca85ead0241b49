using Collections.Aging;
using Collections.Core;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Collections.TestKit;

/// <summary>FsCheck generators for aging: ledger items and snapshots around an as-of date, with repeats per account, credits, zeros and two currencies.</summary>
public static class AgingGenerators
{
    /// <summary>The accounts generated data draws from: few, so that accounts repeat across items and buckets.</summary>
    public static readonly AccountId[] AccountIds = [.. Enumerable.Range(1, 8).Select(i => new AccountId("acct-" + i))];

    /// <summary>Each account's currency: odd accounts in SAR, even ones in KWD (three minor-unit digits).</summary>
    /// <param name="account">An account from <see cref="AccountIds"/>.</param>
    /// <returns>Its currency.</returns>
    public static Currency CurrencyOf(AccountId account) =>
        int.Parse(account.Value.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture) % 2 == 1 ? Currency.SaudiRiyal : Currency.FromCode("KWD");

    /// <summary>An as-of date between 2000 and 2040 with its items: due dates from 400 days before to 60 days after,
    /// amounts positive, negative or zero, some items settled (before or after the as-of date).</summary>
    /// <returns>The as-of date and the items.</returns>
    public static Gen<(LocalDate AsOf, List<ReceivableItem> Items)> ItemsAroundAsOf() =>
        from asOf in CollectionsGenerators.Date()
        from items in ItemsAround(asOf)
        select (asOf, items);

    /// <summary>Items around a given as-of date (see <see cref="ItemsAroundAsOf"/>).</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>Items with ids item-0, item-1, … in order.</returns>
    public static Gen<List<ReceivableItem>> ItemsAround(LocalDate asOf) =>
        ItemAround(asOf, account => Gen.Constant(CurrencyOf(account))).ListOf().Select(items => items.Select((make, i) => make(new ItemId("item-" + i))).ToList());

    /// <summary>Positive open amounts in minor units, from 1 to 10,000,000 major units in SAR terms.</summary>
    /// <returns>The generator.</returns>
    public static Gen<long> SignedMinorUnits() =>
        Gen.Frequency(
            (6, CollectionsGenerators.PositiveMinorUnits()),
            (2, CollectionsGenerators.PositiveMinorUnits().Select(v => -v)),
            (1, Gen.Constant(0L)));

    /// <summary>Snapshots of a few accounts over six months (April–September 2005, as in the UCI file): months past due from −2 to 8, balances positive, negative or zero, payments sometimes known.</summary>
    /// <returns>At most one snapshot per account and period.</returns>
    public static Gen<List<AccountSnapshot>> Snapshots() =>
        (from account in Gen.Elements(AccountIds)
         from month in Gen.Choose(4, 9)
         from monthsPastDue in Gen.Choose(-2, 8)
         from balance in SignedMinorUnits()
         from payment in Gen.OneOf(Gen.Constant<long?>(null), Gen.Choose(0, 500_000).Select(p => (long?)p))
         select new AccountSnapshot(account, new YearMonth(2005, month), DaysPastDue.FromMonthsPastDue(monthsPastDue), Money.FromMinorUnits(balance, CurrencyOf(account)))
         {
             Payment = payment is { } p ? Money.FromMinorUnits(p, CurrencyOf(account)) : null,
             ReportedStatus = monthsPastDue.ToString(System.Globalization.CultureInfo.InvariantCulture),
         })
        .ListOf()
        .Select(list => list.DistinctBy(s => (s.AccountId, s.Period)).ToList());

    /// <summary>Bucket sets of every kind: the default, random narrow ones, and wide ones (bounds up to 10^9 days) that the batch path cannot tabulate.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AgingBucketSet> AnyBucketSet() =>
        Gen.OneOf(
            CollectionsGenerators.BucketSet(),
            Gen.Choose(1, 1_000_000_000).ListOf().Select(steps =>
            {
                var bounds = new List<int> { 0 };
                foreach (var step in steps.Take(6))
                {
                    if (bounds[^1] > int.MaxValue - step)
                    {
                        break;
                    }

                    bounds.Add(bounds[^1] + step);
                }

                return AgingBucketSet.FromLowerBounds([.. bounds]);
            }));

    /// <summary>Items around an as-of date whose currency is drawn per item (SAR, KWD or USD), so one account can hold several currencies.</summary>
    /// <returns>The as-of date and the items.</returns>
    public static Gen<(LocalDate AsOf, List<ReceivableItem> Items)> MixedCurrencyItemsAroundAsOf() =>
        from asOf in CollectionsGenerators.Date()
        from items in ItemAround(asOf, _ => Gen.Elements(Currency.SaudiRiyal, Currency.FromCode("KWD"), Currency.UsDollar)).ListOf()
        select (asOf, items.Select((make, i) => make(new ItemId("item-" + i))).ToList());

    /// <summary>Bucket sets of 60 to 100 buckets, each 1 to 10 days wide.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AgingBucketSet> ManyBuckets() =>
        from count in Gen.Choose(60, 100)
        from widths in Gen.ArrayOf(Gen.Choose(1, 10), count)
        select AgingBucketSet.FromLowerBounds([0, .. widths.Select((_, i) => 1 + widths.Take(i).Sum())]);

    private static Gen<Func<ItemId, ReceivableItem>> ItemAround(LocalDate asOf, Func<AccountId, Gen<Currency>> currencyOf) =>
        from account in Gen.Elements(AccountIds)
        from currency in currencyOf(account)
        from dueOffset in Gen.Choose(-400, 60)
        from termDays in Gen.Choose(0, 60)
        from minorUnits in SignedMinorUnits()
        from settlement in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 460).Select(d => (int?)d)))
        select (Func<ItemId, ReceivableItem>)(id =>
        {
            var dueOn = asOf.PlusDays(dueOffset);
            var issuedOn = dueOn.PlusDays(-termDays);
            return new ReceivableItem(id, account, issuedOn, dueOn, Money.FromMinorUnits(minorUnits, currency))
            {
                SettledOn = settlement is { } days ? issuedOn.PlusDays(days) : null,
            };
        });
}
