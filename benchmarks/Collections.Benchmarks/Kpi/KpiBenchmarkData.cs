using System.Globalization;
using Collections.Core;
using NodaTime;

namespace Collections.Benchmarks.Kpi;

/// <summary>Seeded, realistic-looking data for the KPI benchmarks (never real personal data).</summary>
internal static class KpiBenchmarkData
{
    public static readonly Currency Sar = Currency.SaudiRiyal;

    /// <summary>Six monthly snapshots per account (January–June 2025): most accounts current, a tail delinquent,
    /// statuses drifting month to month; about 2% of accounts missing in a month.</summary>
    public static AccountSnapshot[] Snapshots(int accounts, int seed = 42)
    {
        var random = new Random(seed);
        var snapshots = new List<AccountSnapshot>(accounts * 6);
        for (var a = 0; a < accounts; a++)
        {
            var id = new AccountId("ACC" + a.ToString("D7", CultureInfo.InvariantCulture));
            var months = random.Next(100) < 80 ? 0 : random.Next(1, 7);
            for (var m = 1; m <= 6; m++)
            {
                months = Math.Max(0, months + random.Next(-1, 2));
                if (random.Next(100) < 2)
                {
                    continue;
                }

                var balance = random.Next(100) < 10 ? 0 : random.Next(1_000, 5_000_000);
                snapshots.Add(new AccountSnapshot(id, new YearMonth(2025, m), DaysPastDue.FromMonthsPastDue(months), Money.FromMinorUnits(balance, Sar)));
            }
        }

        return [.. snapshots];
    }

    /// <summary>Invoices over 24 months (2023–2024) on one account per 20 invoices, 30-day terms, most settled
    /// 0–90 days after issue, 3% never settled.</summary>
    public static ReceivableItem[] Ledger(int items, int seed = 42)
    {
        var random = new Random(seed);
        var start = new LocalDate(2023, 1, 1);
        var accounts = Math.Max(1, items / 20);
        var result = new ReceivableItem[items];
        for (var i = 0; i < items; i++)
        {
            var issued = start.PlusDays(random.Next(730));
            var item = new ReceivableItem(
                new ItemId("INV" + i.ToString("D8", CultureInfo.InvariantCulture)),
                new AccountId("ACC" + random.Next(accounts).ToString("D7", CultureInfo.InvariantCulture)),
                issued,
                issued.PlusDays(30),
                Money.FromMinorUnits(random.Next(500, 2_000_000), Sar));
            result[i] = random.Next(100) < 3 ? item : item with { SettledOn = issued.PlusDays(random.Next(91)) };
        }

        return result;
    }
}
