using System.Globalization;
using Collections.Core;
using Collections.Kpi;
using NodaTime;

namespace Collections.Benchmarks.Promises;

/// <summary>A seeded book of 250,000 SAR accounts with 1–5 open items each, 1,000,000 payments (3 % of them reversed) and
/// 300,000 promises (70 % one amount, 30 % in 2–6 monthly installments), as of 30 June 2026 in Asia/Riyadh.</summary>
public sealed class PromiseBenchmarkData
{
    public static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly DateTimeZone Riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
    private static readonly LocalDate Start = new(2026, 1, 1);

    private PromiseBenchmarkData(AccountId[] accounts, OpenItem[][] items, Payment[] payments, PaymentReversal[] reversals, PromiseToPay[] promises)
    {
        Accounts = accounts;
        Items = items;
        Payments = payments;
        Reversals = reversals;
        Promises = promises;
        var paymentsByAccount = payments.ToLookup(p => p.AccountId);
        var reversalsByAccount = reversals.ToLookup(r => r.AccountId);
        PaymentsByAccount = [.. accounts.Select(a => paymentsByAccount[a].ToArray())];
        ReversalsByAccount = [.. accounts.Select(a => reversalsByAccount[a].ToArray())];
    }

    public AccountId[] Accounts { get; }

    public OpenItem[][] Items { get; }

    public Payment[] Payments { get; }

    public PaymentReversal[] Reversals { get; }

    public PromiseToPay[] Promises { get; }

    public Payment[][] PaymentsByAccount { get; }

    public PaymentReversal[][] ReversalsByAccount { get; }

    public static PromiseBenchmarkData Generate(int accountCount = 250_000, int paymentCount = 1_000_000, int promiseCount = 300_000, int seed = 20261205)
    {
        var random = new Random(seed);
        var sar = Currency.SaudiRiyal;
        var accounts = Enumerable.Range(0, accountCount).Select(i => new AccountId("A" + i.ToString("D7", CultureInfo.InvariantCulture))).ToArray();
        var components = ReceivableComponent.All.ToArray();
        var items = accounts.Select((account, a) => Enumerable.Range(0, random.Next(1, 6)).Select(i => new OpenItem(
            new ItemId(account.Value + "-" + i.ToString(CultureInfo.InvariantCulture)),
            account,
            components[random.Next(components.Length)],
            new LocalDate(2025, 1, 1).PlusDays(random.Next(365)),
            Money.FromMinorUnits(random.NextInt64(10_000, 2_000_000), sar))).ToArray()).ToArray();

        var payments = new Payment[paymentCount];
        var reversals = new List<PaymentReversal>();
        var methods = PaymentMethod.All.ToArray();
        for (var i = 0; i < paymentCount; i++)
        {
            var account = accounts[random.Next(accountCount)];
            var valueDate = Start.PlusDays(random.Next(181));
            var lag = random.Next(100) < 95 ? random.Next(4) : random.Next(4, 21);
            var postedAt = valueDate.PlusDays(lag).At(new LocalTime(random.Next(24), random.Next(60))).InZoneLeniently(Riyadh).ToInstant();
            var minorUnits = (long)Math.Round(Math.Exp(Math.Log(1_000) + (random.NextDouble() * (Math.Log(500_000) - Math.Log(1_000)))));
            payments[i] = new Payment(new PaymentId("P" + i.ToString("D8", CultureInfo.InvariantCulture)), account, Money.FromMinorUnits(minorUnits, sar), valueDate, postedAt, methods[random.Next(methods.Length)]);
            if (random.Next(100) < 3)
            {
                reversals.Add(new PaymentReversal(payments[i].Id, account, postedAt.Plus(Duration.FromDays(random.Next(1, 11))), "returned"));
            }
        }

        var channels = Channel.All.ToArray();
        var promises = new PromiseToPay[promiseCount];
        for (var i = 0; i < promiseCount; i++)
        {
            var account = accounts[random.Next(accountCount)];
            var createdOn = Start.PlusDays(random.Next(151));
            var origin = new PromiseOrigin(channels[random.Next(channels.Length)], "agent-" + random.Next(200).ToString(CultureInfo.InvariantCulture), "tpl-" + random.Next(12).ToString(CultureInfo.InvariantCulture));
            var id = new PromiseId("PTP" + i.ToString("D7", CultureInfo.InvariantCulture));
            var amount = Money.FromMinorUnits(random.NextInt64(10_000, 1_000_000), sar);
            promises[i] = random.Next(100) < 70
                ? PromiseToPay.Create(id, account, createdOn, amount, createdOn.PlusDays(random.Next(1, 21)), origin)
                : PromiseToPay.InInstallments(id, account, createdOn, PromiseInstallment.EqualParts(amount, random.Next(2, 7), createdOn.PlusDays(random.Next(1, 15)), Period.FromMonths(1)), origin);
        }

        return new PromiseBenchmarkData(accounts, items, payments, [.. reversals], promises);
    }
}
