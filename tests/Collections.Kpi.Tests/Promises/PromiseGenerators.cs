using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Promises;

/// <summary>Bounded generators for promise scenarios on account ACC-1 in SAR: 1–4 installments made in early 2026, 0–8 payments
/// value-dated from before the promise to well after its last grace day (posted 0–12 days later, at any hour), some of them
/// reversed, and an as-of date from the creation date to two months after the last due date.</summary>
internal static class PromiseGenerators
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    public sealed record Scenario(PromiseToPay Promise, Payment[] Payments, PaymentReversal[] Reversals, LocalDate AsOf)
    {
        public LocalDate LastGraceEnd => Promise.DueOn.PlusDays(PromiseRules.DefaultGraceDays);

        public PromiseEvaluation Evaluate() => PromiseEvaluator.Evaluate(Promise, Payments, Reversals, AsOf);

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"promise created {Promise.CreatedOn}, installments [{string.Join(", ", Promise.Installments.Select(i => $"{i.Amount} due {i.DueOn}"))}], as of {AsOf}; "
            + $"payments [{string.Join(", ", Payments.Select(p => $"{p.Id} {p.Amount} value {p.ValueDate} posted {p.PostedAt}"))}]; "
            + $"reversals [{string.Join(", ", Reversals.Select(r => $"{r.PaymentId} posted {r.PostedAt}"))}]");
    }

    public static Gen<PromiseToPay> Promise() =>
        from createdOffset in Gen.Choose(0, 60)
        from count in Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 4)))
        from firstGap in Gen.Choose(0, 20)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 40), count - 1)
        from amounts in Gen.ArrayOf(Gen.Choose(1, 200_000), count)
        select Build(Start.PlusDays(createdOffset), firstGap, gaps, amounts);

    /// <summary>Payments for an account around the promise's window, with ids starting with <paramref name="prefix"/>.</summary>
    public static Gen<Payment[]> Payments(PromiseToPay promise, AccountId account, string prefix) =>
        from count in Gen.Choose(0, 8)
        from drafts in Gen.ArrayOf(PaymentDraft(promise), count)
        select drafts.Select((d, i) => new Payment(
            new PaymentId(prefix + i.ToString(CultureInfo.InvariantCulture)),
            account,
            Money.FromMinorUnits(d.MinorUnits, Currency.SaudiRiyal),
            d.ValueDate,
            At(d.ValueDate.PlusDays(d.LagDays), d.Hour, 0),
            PaymentMethod.BankTransfer)).ToArray();

    public static Gen<PaymentReversal[]> Reversals(Payment[] payments) =>
        from picks in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 15))), payments.Length)
        select payments
            .Select((p, i) => (p, Lag: picks[i]))
            .Where(x => x.Lag >= 0)
            .Select(x => new PaymentReversal(x.p.Id, x.p.AccountId, x.p.PostedAt.Plus(Duration.FromDays(x.Lag)), "returned"))
            .ToArray();

    /// <summary>As-of dates from the creation date: a third up to the last grace day, the rest up to 60 days after the last due date.</summary>
    public static Gen<LocalDate> AsOf(PromiseToPay promise)
    {
        var toGraceEnd = DayNumber.Of(promise.DueOn) - DayNumber.Of(promise.CreatedOn) + PromiseRules.DefaultGraceDays;
        return from offset in Gen.Frequency((1, Gen.Choose(0, toGraceEnd)), (2, Gen.Choose(0, toGraceEnd + 57)))
               select promise.CreatedOn.PlusDays(offset);
    }

    public static Gen<Scenario> Scenarios() =>
        from promise in Promise()
        from payments in Payments(promise, ThisAccount, "P")
        from reversals in Reversals(payments)
        from asOf in AsOf(promise)
        select new Scenario(promise, payments, reversals, asOf);

    public static Arbitrary<Scenario> Arbitrary() => Scenarios().ToArbitrary();

    /// <summary>One more payment for ACC-1 value-dated from <paramref name="earliest"/> to <paramref name="postedOn"/>, posted at noon on <paramref name="postedOn"/>.</summary>
    public static Gen<Payment> PaymentFrom(LocalDate earliest, LocalDate postedOn, string id) =>
        from valueOffset in Gen.Choose(0, Math.Max(0, DayNumber.Of(postedOn) - DayNumber.Of(earliest)))
        from minorUnits in Gen.Choose(1, 300_000)
        select Pay(id, minorUnits / 100m, earliest.PlusDays(valueOffset), postedAt: At(postedOn, 12, 0));

    private static PromiseToPay Build(LocalDate createdOn, int firstGap, int[] gaps, int[] amounts)
    {
        var due = createdOn.PlusDays(firstGap);
        var installments = new List<PromiseInstallment>();
        for (var i = 0; i < amounts.Length; i++)
        {
            if (i > 0)
            {
                due = due.PlusDays(gaps[i - 1]);
            }

            installments.Add(new PromiseInstallment(due, Money.FromMinorUnits(amounts[i], Currency.SaudiRiyal)));
        }

        return PromiseToPay.InInstallments(new PromiseId("PTP-G"), ThisAccount, createdOn, installments, ByCall);
    }

    private static Gen<(LocalDate ValueDate, int LagDays, int Hour, long MinorUnits)> PaymentDraft(PromiseToPay promise)
    {
        var span = DayNumber.Of(promise.DueOn) - DayNumber.Of(promise.CreatedOn);
        var share = Math.Max(1, (int)(promise.Amount.MinorUnits / Math.Max(1, promise.Installments.Length)));
        return from valueOffset in Gen.Choose(-5, span + 20)
               from lag in Gen.Frequency((4, Gen.Constant(0)), (2, Gen.Choose(1, 3)), (1, Gen.Choose(4, 12)))
               from hour in Gen.Choose(0, 23)
               from amount in Gen.Frequency((3, Gen.Choose(1, share)), (1, Gen.Constant(share)), (1, Gen.Choose(1, 300_000)))
               select (promise.CreatedOn.PlusDays(valueOffset), lag, hour, (long)amount);
    }
}
