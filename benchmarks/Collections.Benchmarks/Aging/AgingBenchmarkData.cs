using Collections.Aging;
using Collections.Core;
using NodaTime;

namespace Collections.Benchmarks.Aging;

/// <summary>Seeded, realistic open items for the aging benchmarks: most items current or early, a long tail past 120 days, a few credits and zeros.</summary>
internal static class AgingBenchmarkData
{
    public const int Seed = 20_261_203;

    public static readonly LocalDate AsOf = new(2026, 6, 30);

    public static readonly Currency[] CurrencyPool = [Currency.SaudiRiyal, Currency.FromCode("AED"), Currency.FromCode("KWD")];

    /// <summary>One generated item as a plain value (what a naive implementation would hold).</summary>
    public readonly record struct PlainItem(LocalDate DueOn, long MinorUnits, Currency Currency, int Account);

    /// <summary>Generates the items: due dates from 30 days ahead to 1,000 days behind, amounts log-uniform from 10 to 100,000 major units.</summary>
    public static PlainItem[] Generate(int count, int currencies, int accounts, int seed = Seed)
    {
        var random = new Random(seed);
        var asOf = DayNumber.Of(AsOf);
        var items = new PlainItem[count];
        for (var i = 0; i < count; i++)
        {
            var band = random.Next(100);
            var daysPastDue = band switch
            {
                < 40 => random.Next(-30, 1),   // current (not yet due or due today)
                < 65 => random.Next(1, 31),
                < 77 => random.Next(31, 61),
                < 85 => random.Next(61, 91),
                < 90 => random.Next(91, 121),
                _ => random.Next(121, 1001),
            };
            var sign = random.Next(100) switch
            {
                < 3 => -1,   // credit notes and overpayments
                < 5 => 0,    // settled: nothing open
                _ => 1,
            };
            var major = Math.Exp(random.NextDouble() * Math.Log(10_000)) * 10; // 10 .. 100,000
            var currency = CurrencyPool[random.Next(currencies)];
            items[i] = new PlainItem(DayNumber.ToDate(asOf - daysPastDue), sign * (long)(major * currency.MinorUnitsPerUnit), currency, random.Next(accounts));
        }

        return items;
    }

    public static OpenItemColumns ToColumns(PlainItem[] items)
    {
        var builder = new OpenItemColumnsBuilder(items.Length);
        foreach (var item in items)
        {
            builder.Add(DayNumber.Of(item.DueOn), item.MinorUnits, item.Currency);
        }

        return builder.Build();
    }

    public static ReceivableItem[] ToReceivableItems(PlainItem[] items)
    {
        var accountIds = new AccountId?[items.Max(i => i.Account) + 1];
        var result = new ReceivableItem[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var account = accountIds[item.Account] ??= new AccountId("A" + item.Account.ToString(System.Globalization.CultureInfo.InvariantCulture));
            result[i] = new ReceivableItem(new ItemId("I" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), account, item.DueOn.PlusDays(-30), item.DueOn, Money.FromMinorUnits(item.MinorUnits, item.Currency));
        }

        return result;
    }
}
