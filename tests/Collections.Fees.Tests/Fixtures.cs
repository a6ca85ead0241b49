using Collections.TestKit;

namespace Collections.Fees.Tests;

/// <summary>Named starting points for the hand-computed cases: a SAR creditor, schedules, placements, payments in Riyadh days.</summary>
internal static class Fixtures
{
    public static readonly Currency Sar = Currency.SaudiRiyal;

    public static readonly CreditorId Creditor = new("ACME-BANK");

    public static readonly LocalDate PlacedOn = new(2026, 1, 1);

    public static readonly DateInterval January = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31));

    public static readonly DateInterval February = new(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28));

    public static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    public static Money Sr(decimal amount) => Money.Of(amount, Sar);

    /// <summary>Amicable: up to 90 days 8%; 91–180 days 12% below SAR 10,000 placed and 10% from it; 181 days and more 15%; VAT 15%.</summary>
    public static FeeSchedule Amicable(FeeScheduleTerms? terms = null) => FeeSchedule.Create(
        new FeeScheduleId("acme-phone-2026"),
        Creditor,
        CollectionTrack.Amicable,
        Sar,
        [
            FeeTier.ForAge("A", DaysPastDueRange.AtMost(90), 8m),
            new FeeTier("B-small", DaysPastDueRange.Between(91, 180), MoneyRange.Between(Sr(0m), Sr(10_000m)), 12m),
            new FeeTier("B-large", DaysPastDueRange.Between(91, 180), MoneyRange.AtLeast(Sr(10_000m)), 10m),
            FeeTier.ForAge("C", DaysPastDueRange.AtLeast(181), 15m),
        ],
        terms);

    /// <summary>One tier for every age at the given percentage, VAT 15% unless the terms say otherwise.</summary>
    public static FeeSchedule Flat(decimal percent, FeeScheduleTerms? terms = null, CollectionTrack? track = null) => FeeSchedule.Create(
        new FeeScheduleId("flat"),
        Creditor,
        track ?? CollectionTrack.Amicable,
        Sar,
        [FeeTier.ForAge("ALL", DaysPastDueRange.All, percent)],
        terms);

    public static AccountPlacement Placed(string account, int age, decimal balance, LocalDate? placedOn = null, LocalDate? recalledOn = null, CollectionTrack? track = null) =>
        new(new PlacementId("PL-2026-01"), new AccountId(account), track ?? CollectionTrack.Amicable, placedOn ?? PlacedOn, new DaysPastDue(age), Sr(balance), recalledOn);

    /// <summary>A payment to the collector, posted at 10:00 Riyadh on <paramref name="postedOn"/> (the value date by default).</summary>
    public static Payment Paid(string id, string account, decimal amount, LocalDate valueDate, LocalDate? postedOn = null, PaymentRoute? route = null) =>
        new(new PaymentId(id), new AccountId(account), Sr(amount), valueDate, FeesGenerators.InRiyadh(postedOn ?? valueDate), PaymentMethod.BankTransfer)
        {
            Route = route ?? PaymentRoute.ViaCollector,
        };

    public static PaymentReversal Reversed(string payment, string account, LocalDate postedOn) =>
        new(new PaymentId(payment), new AccountId(account), FeesGenerators.InRiyadh(postedOn, 12), "cheque returned");

    public static FeeStatementRequest Request(string id, FeeSchedule schedule, DateInterval period) =>
        new(new FeeStatementId(id), schedule, period);

    public static IEnumerable<(string Kind, long Fee)> Shape(FeeStatement statement) =>
        statement.Lines.Select(l => (l.Kind.Code, l.Fee.MinorUnits));
}
