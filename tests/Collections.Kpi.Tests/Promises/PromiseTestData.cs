namespace Collections.Kpi.Tests.Promises;

/// <summary>Named starting points for promise, plan and payment tests: account ACC-1 in SAR, days in Asia/Riyadh.</summary>
internal static class PromiseTestData
{
    public static readonly AccountId ThisAccount = new("ACC-1");

    public static readonly AccountId OtherAccount = new("ACC-2");

    public static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];

    public static readonly PromiseOrigin ByCall = new(Channel.Call, agent: "agent-7", template: "ptp-script-ar");

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static Money Sar(decimal amount) => Money.Of(amount, Currency.SaudiRiyal);

    /// <summary>Noon in Riyadh on a date (the ordinary posting instant of these tests).</summary>
    public static Instant NoonOn(LocalDate date) => date.At(new LocalTime(12, 0)).InZoneStrictly(Riyadh).ToInstant();

    public static Instant At(LocalDate date, int hour, int minute) => date.At(new LocalTime(hour, minute)).InZoneStrictly(Riyadh).ToInstant();

    /// <summary>A SAR payment to ACC-1 (or another account), posted at noon on its value date unless said otherwise.</summary>
    public static Payment Pay(string id, decimal amount, LocalDate valueDate, Instant? postedAt = null, AccountId? account = null) =>
        new(new PaymentId(id), account ?? ThisAccount, Sar(amount), valueDate, postedAt ?? NoonOn(valueDate), PaymentMethod.BankTransfer);

    public static PaymentReversal Reverse(string paymentId, LocalDate postedOn, AccountId? account = null) =>
        new(new PaymentId(paymentId), account ?? ThisAccount, NoonOn(postedOn), "cheque returned");

    /// <summary>SAR 1,000.00 promised on 2026-03-01 for 2026-03-10 (grace until 2026-03-13 with the default 3 days).</summary>
    public static PromiseToPay ThousandByTenthOfMarch() =>
        PromiseToPay.Create(new PromiseId("PTP-1"), ThisAccount, D(2026, 3, 1), Sar(1_000m), D(2026, 3, 10), ByCall);

    public static PromiseEvaluation Evaluate(PromiseToPay promise, LocalDate asOf, params Payment[] payments) =>
        PromiseEvaluator.Evaluate(promise, payments, [], asOf);
}
