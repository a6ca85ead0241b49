using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Payments;

public sealed class PaymentAllocatorProperties
{
    private static readonly Currency Kwd = Currency.FromCode("KWD");
    private static readonly Currency Jpy = Currency.FromCode("JPY");

    /// <summary>0–8 open SAR items of any component, due over 2025, 0.01 to 50,000.00 each.</summary>
    private static Gen<OpenItem[]> Items() =>
        from count in Gen.Choose(0, 8)
        from drafts in Gen.ArrayOf(
            from component in Gen.Elements(ReceivableComponent.All.ToArray())
            from due in Gen.Choose(0, 364)
            from minorUnits in Gen.Choose(1, 5_000_000)
            select (component, due, minorUnits),
            count)
        select drafts.Select((d, i) => new OpenItem(
            new ItemId("I" + i.ToString(CultureInfo.InvariantCulture)), ThisAccount, d.component, new LocalDate(2025, 1, 1).PlusDays(d.due), Money.FromMinorUnits(d.minorUnits, Currency.SaudiRiyal))).ToArray();

    private static Gen<AllocationOrder> Orders() =>
        from byAge in Gen.Elements(false, true)
        from keys in Gen.ArrayOf(Gen.Choose(0, 100), 3)
        let components = ReceivableComponent.All.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray()
        select byAge ? AllocationOrder.OldestItemFirst(components) : AllocationOrder.ByComponent(components);

    private static Gen<Payment> SarPayment(string id) =>
        Gen.Choose(1, 30_000_000).Select(minor => new Payment(new PaymentId(id), ThisAccount, Money.FromMinorUnits(minor, Currency.SaudiRiyal), new LocalDate(2026, 1, 15), NoonOn(new LocalDate(2026, 1, 15)), PaymentMethod.Sadad));

    /// <summary>A payment in USD, KWD or JPY with a rate into SAR and any midpoint rule.</summary>
    private static Gen<(Payment Payment, CurrencyConversion Conversion)> ForeignPayment() =>
        from currency in Gen.Elements(Currency.UsDollar, Kwd, Jpy)
        from minor in Gen.Choose(1, 10_000_000)
        from rateTenThousandths in Gen.Choose(1, 150_000)
        from rounding in Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToPositiveInfinity)
        select (
            new Payment(new PaymentId("F"), ThisAccount, Money.FromMinorUnits(minor, currency), new LocalDate(2026, 1, 15), NoonOn(new LocalDate(2026, 1, 15)), PaymentMethod.BankTransfer),
            new CurrencyConversion(currency, Currency.SaudiRiyal, rateTenThousandths / 10_000m, rounding));

    private static bool SumsToThePayment(PaymentAllocation a)
    {
        var lines = a.Lines.Aggregate(Money.Zero(a.AmountInAccountCurrency.Currency), (sum, l) => sum + l.Amount);
        var linesInPaymentCurrency = a.Lines.Aggregate(Money.Zero(a.Payment.Amount.Currency), (sum, l) => sum + l.AmountInPaymentCurrency);
        return lines + a.UnappliedCredit == a.AmountInAccountCurrency
            && linesInPaymentCurrency + a.UnappliedCreditInPaymentCurrency + a.RoundingLine == a.Payment.Amount
            && !a.UnappliedCredit.IsNegative
            && a.Lines.All(l => l.Amount.IsPositive);
    }

    [Property]
    public Property Allocations_sum_to_the_payment() =>
        Prop.ForAll((from items in Items() from order in Orders() from payment in SarPayment("P") select (items, order, payment)).ToArbitrary(), x =>
        {
            var allocation = PaymentAllocator.Allocate(x.payment, x.items, x.order);
            return SumsToThePayment(allocation) && allocation.AmountInAccountCurrency == x.payment.Amount && allocation.RoundingLine.IsZero;
        });

    [Property]
    public Property Allocations_of_a_converted_payment_sum_to_the_payment_with_the_rounding_line() =>
        Prop.ForAll((from items in Items() from order in Orders() from foreign in ForeignPayment() select (items, order, foreign)).ToArbitrary(), x =>
        {
            var converted = x.foreign.Conversion.Convert(x.foreign.Payment.Amount);
            if (converted.IsZero)
            {
                // A payment the rate turns into nothing is refused, not put whole on the rounding line.
                return Assert.Throws<ArgumentException>(() => PaymentAllocator.Allocate(x.foreign.Payment, x.items, x.order, x.foreign.Conversion)).ParamName == "conversion";
            }

            var allocation = PaymentAllocator.Allocate(x.foreign.Payment, x.items, x.order, x.foreign.Conversion);
            return SumsToThePayment(allocation) && allocation.AmountInAccountCurrency == converted;
        });

    /// <summary>A payment in one of four currencies (0, 2 and 3 decimals) converted into another at a rate from 10⁻⁸ to 10⁵
    /// with any midpoint rule, and 0–25 open items in the account's currency, many of them a few minor units.</summary>
    private static Gen<(Payment Payment, CurrencyConversion Conversion, OpenItem[] Items)> AnyConversion() =>
        from paid in Gen.Elements(Currency.UsDollar, Currency.SaudiRiyal, Kwd, Jpy)
        from owed in Gen.Elements(new[] { Currency.UsDollar, Currency.SaudiRiyal, Kwd, Jpy }.Where(c => c != paid).ToArray())
        from minor in Gen.Frequency((1, Gen.Choose(1, 100)), (3, Gen.Choose(1, 10_000_000)))
        from mantissa in Gen.Choose(1, 99_999)
        from exponent in Gen.Choose(-12, 1)
        from rounding in Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity)
        from count in Gen.Choose(0, 25)
        from sizes in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(1, 9)), (1, Gen.Choose(10, 5_000_000))), count)
        let rate = mantissa * Pow10(exponent)
        select (
            new Payment(new PaymentId("F"), ThisAccount, Money.FromMinorUnits(minor, paid), new LocalDate(2026, 1, 15), NoonOn(new LocalDate(2026, 1, 15)), PaymentMethod.BankTransfer),
            new CurrencyConversion(paid, owed, rate, rounding),
            sizes.Select((m, i) => new OpenItem(
                new ItemId("I" + i.ToString(CultureInfo.InvariantCulture)), ThisAccount, ReceivableComponent.Principal, new LocalDate(2025, 1, 1).PlusDays(i), Money.FromMinorUnits(m, owed))).ToArray());

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent < 0 ? value / 10m : value * 10m;
        }

        return value;
    }

    private static decimal MinorUnit(Currency currency) => Pow10(-currency.MinorUnitDigits);

    [Property(MaxTest = 500)]
    public Property The_rounding_line_is_one_difference_whatever_the_items_and_the_sum_holds() =>
        Prop.ForAll(AnyConversion().ToArbitrary(), x =>
        {
            var converted = x.Conversion.Convert(x.Payment.Amount);
            if (converted.IsZero)
            {
                return Assert.Throws<ArgumentException>(() => PaymentAllocator.Allocate(x.Payment, x.Items, AllocationOrder.Default, x.Conversion)).ParamName == "conversion";
            }

            var allocation = PaymentAllocator.Allocate(x.Payment, x.Items, AllocationOrder.Default, x.Conversion);
            var alone = PaymentAllocator.Allocate(x.Payment, [], AllocationOrder.Default, x.Conversion);

            // One account minor unit seen in the payment's currency (half of one when the conversion rounds to the nearest), plus
            // half a payment minor unit for converting back to the nearest: independent of the lines.
            var toNearest = x.Conversion.Rounding is MidpointRounding.ToEven or MidpointRounding.AwayFromZero;
            var bound = (MinorUnit(x.Conversion.To) / x.Conversion.Rate * (toNearest ? 0.5m : 1m)) + (MinorUnit(x.Conversion.From) / 2m);
            var rounding = allocation.RoundingLine.Amount;
            return SumsToThePayment(allocation)
                && allocation.RoundingLine == alone.RoundingLine
                && allocation.RoundingLine == x.Payment.Amount - x.Conversion.ConvertBackToNearest(converted)
                && Math.Abs(rounding) <= bound
                && allocation.Lines.All(l => !l.AmountInPaymentCurrency.IsNegative);
        });

    [Property(MaxTest = 500)]
    public Property The_rounding_line_is_under_one_minor_unit_of_the_payment_when_the_account_minor_unit_is_worth_at_most_half_of_it() =>
        Prop.ForAll(AnyConversion().Where(x => MinorUnit(x.Conversion.To) / x.Conversion.Rate <= MinorUnit(x.Conversion.From) / 2m).ToArbitrary(), x =>
        {
            var allocation = PaymentAllocator.Allocate(x.Payment, x.Items, AllocationOrder.Default, x.Conversion);
            return Math.Abs(allocation.RoundingLine.Amount) < MinorUnit(x.Conversion.From) && SumsToThePayment(allocation);
        });

    [Property]
    public Property Open_amounts_go_down_by_exactly_what_was_applied_and_never_below_zero() =>
        Prop.ForAll((from items in Items() from order in Orders() from payment in SarPayment("P") select (items, order, payment)).ToArbitrary(), x =>
        {
            var allocation = PaymentAllocator.Allocate(x.payment, x.items, x.order);
            return x.items.All(item =>
            {
                var applied = allocation.Lines.Where(l => l.ItemId == item.ItemId).Sum(l => l.Amount.MinorUnits);
                var left = allocation.OpenAfter.Where(o => o.ItemId == item.ItemId).Sum(o => o.Open.MinorUnits);
                return applied + left == item.Open.MinorUnits && applied >= 0;
            });
        });

    [Property]
    public Property An_item_is_paid_only_when_every_item_before_it_in_the_order_is_paid_in_full() =>
        Prop.ForAll((from items in Items() from order in Orders() from payment in SarPayment("P") select (items, order, payment)).ToArbitrary(), x =>
        {
            var allocation = PaymentAllocator.Allocate(x.payment, x.items, x.order);
            var stillOpen = allocation.OpenAfter.Select(o => o.ItemId).ToHashSet();
            var lines = allocation.Lines;
            return lines.Take(Math.Max(0, lines.Length - 1)).All(l => !stillOpen.Contains(l.ItemId))
                && (allocation.UnappliedCredit.IsZero || allocation.OpenAfter.IsEmpty)
                && OrderedBy(lines, x.order);
        });

    [Property]
    public Property Paying_in_two_parts_applies_the_same_to_each_item_as_paying_at_once() =>
        Prop.ForAll((from items in Items() from order in Orders() from first in SarPayment("P1") from second in SarPayment("P2") select (items, order, first, second)).ToArbitrary(), x =>
        {
            var twoParts = PaymentAllocator.AllocateAll(ThisAccount, [x.first, x.second], [], x.items, x.order);
            var once = PaymentAllocator.Allocate(
                new Payment(new PaymentId("P"), ThisAccount, x.first.Amount + x.second.Amount, x.first.ValueDate, x.first.PostedAt, PaymentMethod.Sadad), x.items, x.order);
            return twoParts.OpenItems.SequenceEqual(once.OpenAfter) && twoParts.UnappliedCredit == once.UnappliedCredit;
        });

    private static bool OrderedBy(IReadOnlyList<AllocationLine> lines, AllocationOrder order)
    {
        int Rank(ReceivableComponent c) => order.Components.IndexOf(c);
        for (var i = 1; i < lines.Count; i++)
        {
            var (a, b) = (lines[i - 1], lines[i]);
            var key = order.Priority == AllocationPriority.ComponentFirst
                ? (Rank(a.Component), a.DueOn).CompareTo((Rank(b.Component), b.DueOn))
                : (a.DueOn, Rank(a.Component)).CompareTo((b.DueOn, Rank(b.Component)));
            if (key > 0)
            {
                return false;
            }
        }

        return true;
    }
}
