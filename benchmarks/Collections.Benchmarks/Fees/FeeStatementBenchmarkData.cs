using Collections.Core;
using Collections.Fees;
using NodaTime;

namespace Collections.Benchmarks.Fees;

/// <summary>A seeded month of collections for one creditor: accounts placed on 2025-11-01 on the amicable track, three
/// months of payments, reversals and adjustments, and the statements of November and December already issued.</summary>
internal static class FeeStatementBenchmarkData
{
    public const int Seed = 20261204;

    private static readonly Currency Sar = Currency.SaudiRiyal;
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
    private static readonly LocalDate PlacedOn = new(2025, 11, 1);

    public static readonly DateInterval November = new(new LocalDate(2025, 11, 1), new LocalDate(2025, 11, 30));
    public static readonly DateInterval December = new(new LocalDate(2025, 12, 1), new LocalDate(2025, 12, 31));
    public static readonly DateInterval January = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));

    /// <summary>Four age tiers, the 91–180 one split at SAR 10,000 placed; SAR 25 minimum and SAR 5,000 cap per payment; VAT 15%.</summary>
    public static FeeSchedule Schedule() => FeeSchedule.Create(
        new FeeScheduleId("bench-phone"),
        new CreditorId("BENCH"),
        CollectionTrack.Amicable,
        Sar,
        [
            FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), 8m),
            new FeeTier("B-small", DaysPastDueRange.Between(91, 180), MoneyRange.Between(Money.Zero(Sar), Money.Of(10_000m, Sar)), 12m),
            new FeeTier("B-large", DaysPastDueRange.Between(91, 180), MoneyRange.AtLeast(Money.Of(10_000m, Sar)), 10m),
            FeeTier.ForAge("C", DaysPastDueRange.Between(181, 365), 15m),
            FeeTier.ForAge("D", DaysPastDueRange.AtLeast(366), 20m),
        ],
        new FeeScheduleTerms { MinimumPerPayment = Money.Of(25m, Sar), CapPerPayment = Money.Of(5_000m, Sar) });

    /// <summary>Placements, three months of payments (0 to 5 per account, about half a payment per account posted in January; 2% reversed, 5% direct to the
    /// creditor, 3% before placement), 4% of accounts with a credit note or write-off, 1% recalled in December.</summary>
    public static FeeStatementRequest JanuaryRequest(int accounts)
    {
        var random = new Random(Seed);
        var schedule = Schedule();
        var placements = new List<AccountPlacement>(accounts);
        var payments = new List<Payment>(accounts * 3);
        var reversals = new List<PaymentReversal>();
        var adjustments = new List<AccountAdjustment>();
        for (var a = 0; a < accounts; a++)
        {
            var account = new AccountId("ACC-" + a.ToString("D7", System.Globalization.CultureInfo.InvariantCulture));
            var balance = Money.FromMinorUnits(random.NextInt64(10_000, 5_000_000), Sar);
            LocalDate? recalled = random.Next(100) == 0 ? new LocalDate(2025, 12, 1).PlusDays(random.Next(31)) : null;
            placements.Add(new AccountPlacement(new PlacementId("PL-2025-11"), account, CollectionTrack.Amicable, PlacedOn, new DaysPastDue(random.Next(0, 720)), balance, recalled));
            var count = random.Next(0, 6);
            for (var p = 0; p < count; p++)
            {
                var valueDate = new LocalDate(2025, 10, 25).PlusDays(random.Next(0, 98));
                var posted = valueDate.PlusDays(random.Next(0, 3)).At(new LocalTime(random.Next(8, 20), random.Next(60))).InZoneLeniently(Riyadh).ToInstant();
                var payment = new Payment(new PaymentId($"{account.Value}-{p}"), account, Money.FromMinorUnits(random.NextInt64(5_000, 1_500_000), Sar), valueDate, posted, PaymentMethod.Sadad)
                {
                    Route = random.Next(20) == 0 ? PaymentRoute.DirectToCreditor : PaymentRoute.ViaCollector,
                };
                payments.Add(payment);
                if (random.Next(50) == 0)
                {
                    reversals.Add(new PaymentReversal(payment.Id, account, posted + Duration.FromDays(random.Next(1, 40)), "cheque returned"));
                }
            }

            if (random.Next(25) == 0)
            {
                adjustments.Add(new AccountAdjustment(new AdjustmentId("ADJ-" + a.ToString(System.Globalization.CultureInfo.InvariantCulture)), account, random.Next(2) == 0 ? AdjustmentKind.CreditNote : AdjustmentKind.WriteOff, Money.FromMinorUnits(random.NextInt64(1_000, 500_000), Sar), new LocalDate(2025, 11, 1).PlusDays(random.Next(90))));
            }
        }

        FeeStatementRequest For(string id, DateInterval period, params FeeStatement[] earlier) => new(new FeeStatementId(id), schedule, period)
        {
            Placements = placements,
            Payments = payments,
            Reversals = reversals,
            Adjustments = adjustments,
            EarlierStatements = earlier,
        };

        var november = FeeStatement.Calculate(For("BENCH-2025-11", November));
        var december = FeeStatement.Calculate(For("BENCH-2025-12", December, november));
        return For("BENCH-2026-01", January, november, december);
    }
}
