using System.Globalization;
using static Collections.Kpi.Tests.Promises.PromiseTestData;

namespace Collections.Kpi.Tests.Payments;

/// <summary>Hand-computed allocations on account ACC-1 with four open SAR items:
/// principal INV-1 1,000.00 due 31 Jan, interest INT-2 100.00 due 28 Feb, principal INV-2 500.00 due 28 Feb, charges FEE-3 50.00 due 31 Mar.</summary>
public sealed class PaymentAllocatorTests
{
    private static readonly OpenItem[] Items =
    [
        Open("INV-1", ReceivableComponent.Principal, D(2026, 1, 31), 1_000m),
        Open("INT-2", ReceivableComponent.Interest, D(2026, 2, 28), 100m),
        Open("INV-2", ReceivableComponent.Principal, D(2026, 2, 28), 500m),
        Open("FEE-3", ReceivableComponent.Charges, D(2026, 3, 31), 50m),
    ];

    private static OpenItem Open(string id, ReceivableComponent component, LocalDate dueOn, decimal amount, AccountId? account = null, Currency? currency = null) =>
        new(new ItemId(id), account ?? ThisAccount, component, dueOn, Money.Of(amount, currency ?? Currency.SaudiRiyal));

    private static IEnumerable<(string Item, decimal Amount)> Lines(PaymentAllocation allocation) =>
        allocation.Lines.Select(l => (l.ItemId.Value, l.Amount.Amount));

    private static IEnumerable<(string Item, decimal Open)> Remaining(IEnumerable<OpenItem> items) =>
        items.Select(i => (i.ItemId.Value, i.Open.Amount));

    [Fact]
    public void Allocate_DefaultOrder_ChargesThenInterestThenPrincipalOldestFirst()
    {
        var allocation = PaymentAllocator.Allocate(Pay("P1", 300m, D(2026, 4, 1)), Items, AllocationOrder.Default);

        Assert.Equal([("FEE-3", 50m), ("INT-2", 100m), ("INV-1", 150m)], Lines(allocation));
        Assert.Equal([("INV-1", 850m), ("INV-2", 500m)], Remaining(allocation.OpenAfter));
        Assert.Equal(Sar(300m), allocation.Applied);
        Assert.Equal(Sar(0m), allocation.UnappliedCredit);
        Assert.Equal(Sar(0m), allocation.RoundingLine);
        Assert.Equal([ReceivableComponent.Charges, ReceivableComponent.Interest, ReceivableComponent.Principal], allocation.Lines.Select(l => l.Component));
    }

    [Fact]
    public void Allocate_OldestItemFirst_ComponentOrderOnlyBreaksSameDayTies()
    {
        var allocation = PaymentAllocator.Allocate(Pay("P1", 1_200m, D(2026, 4, 1)), Items, AllocationOrder.OldestItemFirst());

        Assert.Equal([("INV-1", 1_000m), ("INT-2", 100m), ("INV-2", 100m)], Lines(allocation));
        Assert.Equal([("INV-2", 400m), ("FEE-3", 50m)], Remaining(allocation.OpenAfter));
    }

    [Fact]
    public void Allocate_CreditorsOwnOrder_PrincipalFirst()
    {
        var order = AllocationOrder.ByComponent(ReceivableComponent.Principal, ReceivableComponent.Interest, ReceivableComponent.Charges);

        var allocation = PaymentAllocator.Allocate(Pay("P1", 1_550m, D(2026, 4, 1)), Items, order);

        Assert.Equal([("INV-1", 1_000m), ("INV-2", 500m), ("INT-2", 50m)], Lines(allocation));
        Assert.Equal("By component: Principal, Interest or profit, Charges and fees; the oldest item first within each.", order.Description.English);
    }

    [Fact]
    public void Allocate_Overpayment_KeptAsUnappliedCredit()
    {
        var allocation = PaymentAllocator.Allocate(Pay("P1", 2_000m, D(2026, 4, 1)), Items, AllocationOrder.Default);

        Assert.Equal(4, allocation.Lines.Length);
        Assert.Empty(allocation.OpenAfter);
        Assert.Equal(Sar(1_650m), allocation.Applied);
        Assert.Equal(Sar(350m), allocation.UnappliedCredit);
        Assert.Equal(Sar(350m), allocation.UnappliedCreditInPaymentCurrency);
    }

    [Fact]
    public void Allocate_NothingOpen_AllUnapplied()
    {
        var allocation = PaymentAllocator.Allocate(Pay("P1", 75.25m, D(2026, 4, 1)), [], AllocationOrder.Default);

        Assert.Empty(allocation.Lines);
        Assert.Equal(Sar(75.25m), allocation.UnappliedCredit);
    }

    [Fact]
    public void Allocate_DollarPaymentToRiyalItems_LinesConvertedBackCumulatively_NoCentLost()
    {
        // USD 100.00 at 3.75123 = SAR 375.123, rounded to 375.12. Back in USD by running totals: 100.00 / 3.75123 = 26.6579… → 26.66;
        // 300.00 / 3.75123 = 79.9737… → 79.97, so the second line is 53.31; 375.12 / 3.75123 = 99.9992… → 100.00, so the third is 20.03.
        // The lines add up to USD 100.00: nothing is left for the rounding line (line by line it would have been 100.01, a −0.01 rounding line).
        OpenItem[] items =
        [
            Open("FEE-1", ReceivableComponent.Charges, D(2026, 1, 31), 100m),
            Open("INT-1", ReceivableComponent.Interest, D(2026, 1, 31), 200m),
            Open("INV-1", ReceivableComponent.Principal, D(2026, 1, 31), 500m),
        ];
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(100m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);
        var conversion = new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 3.75123m, MidpointRounding.ToEven);

        var allocation = PaymentAllocator.Allocate(payment, items, AllocationOrder.Default, conversion);

        Assert.Equal(Sar(375.12m), allocation.AmountInAccountCurrency);
        Assert.Equal([("FEE-1", 100m), ("INT-1", 200m), ("INV-1", 75.12m)], Lines(allocation));
        Assert.Equal([26.66m, 53.31m, 20.03m], allocation.Lines.Select(l => l.AmountInPaymentCurrency.Amount));
        Assert.Equal(Money.Of(0m, Currency.UsDollar), allocation.RoundingLine);
        Assert.Equal(Sar(0m), allocation.UnappliedCredit);
        Assert.Equal([("INV-1", 424.88m)], Remaining(allocation.OpenAfter));
    }

    [Fact]
    public void Allocate_ThreeLinesThatEachRoundDown_TheLastLineTakesTheCent()
    {
        // USD 10.00 at 3.7512 = SAR 37.512 → 37.51 over 12.50 + 12.50 + 12.51. Each line alone would be 3.33 (9.99 together, a +0.01
        // rounding line); by running totals: 12.50 → 3.33, 25.00 → 6.66, 37.51 → 9.9995 → 10.00, so the lines are 3.33, 3.33, 3.34.
        OpenItem[] items =
        [
            Open("A", ReceivableComponent.Principal, D(2026, 1, 1), 12.50m),
            Open("B", ReceivableComponent.Principal, D(2026, 1, 2), 12.50m),
            Open("C", ReceivableComponent.Principal, D(2026, 1, 3), 12.51m),
        ];
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(10m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);

        var allocation = PaymentAllocator.Allocate(payment, items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 3.7512m, MidpointRounding.ToEven));

        Assert.Equal(Sar(37.51m), allocation.Applied);
        Assert.Empty(allocation.OpenAfter);
        Assert.Equal([3.33m, 3.33m, 3.34m], allocation.Lines.Select(l => l.AmountInPaymentCurrency.Amount));
        Assert.Equal(Money.Of(0m, Currency.UsDollar), allocation.RoundingLine);
    }

    [Fact]
    public void Allocate_TwentyOneHalalaItems_RoundingLineDoesNotGrowWithTheLines()
    {
        // USD 1.00 at 3.75123 → SAR 3.75 over twenty items of SAR 0.01. The twenty lines together (SAR 0.20) are USD 0.0533… → 0.05,
        // the unapplied SAR 3.55 is the rest of USD 1.00 (3.75 / 3.75123 = 0.9997 → 1.00): 0.95. Rounding each line alone gave
        // twenty lines of USD 0.00 and a rounding line of USD 0.05.
        var items = Enumerable.Range(1, 20).Select(i => Open("X" + i.ToString(CultureInfo.InvariantCulture), ReceivableComponent.Principal, D(2026, 1, 1).PlusDays(i), 0.01m)).ToArray();
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(1m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);

        var allocation = PaymentAllocator.Allocate(payment, items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 3.75123m, MidpointRounding.ToEven));

        Assert.Equal(20, allocation.Lines.Length);
        Assert.Equal(0.05m, allocation.Lines.Sum(l => l.AmountInPaymentCurrency.Amount));
        Assert.Equal(Sar(3.55m), allocation.UnappliedCredit);
        Assert.Equal(Money.Of(0.95m, Currency.UsDollar), allocation.UnappliedCreditInPaymentCurrency);
        Assert.Equal(Money.Of(0m, Currency.UsDollar), allocation.RoundingLine);
    }

    [Fact]
    public void Allocate_RiyalPaymentToDollarItems_RoundingLineIsTheOneUnavoidableDifference()
    {
        // SAR 10.00 at 0.2666 = USD 2.666 → 2.67; USD 2.67 is SAR 10.0150… → 10.02, so SAR 0.02 more than was paid reached the items:
        // the items cannot take a fraction of a cent, and the rounding line says so (−0.02 SAR), the same with or without items.
        OpenItem[] items =
        [
            Open("U-1", ReceivableComponent.Principal, D(2026, 1, 1), 1m, currency: Currency.UsDollar),
            Open("U-2", ReceivableComponent.Principal, D(2026, 1, 2), 5m, currency: Currency.UsDollar),
        ];
        var payment = Pay("P-SAR", 10m, D(2026, 4, 1));
        var conversion = new CurrencyConversion(Currency.SaudiRiyal, Currency.UsDollar, 0.2666m, MidpointRounding.ToEven);

        var allocation = PaymentAllocator.Allocate(payment, items, AllocationOrder.Default, conversion);
        var withoutItems = PaymentAllocator.Allocate(payment, [], AllocationOrder.Default, conversion);

        Assert.Equal(Money.Of(2.67m, Currency.UsDollar), allocation.AmountInAccountCurrency);
        Assert.Equal([("U-1", 1m), ("U-2", 1.67m)], Lines(allocation));
        Assert.Equal([Sar(3.75m), Sar(6.27m)], allocation.Lines.Select(l => l.AmountInPaymentCurrency));
        Assert.Equal(Sar(-0.02m), allocation.RoundingLine);
        Assert.Equal(Sar(-0.02m), withoutItems.RoundingLine);
        Assert.Equal(Sar(10.02m), withoutItems.UnappliedCreditInPaymentCurrency);
    }

    [Fact]
    public void Allocate_ConversionThatTurnsThePaymentIntoZero_RefusedNamingTheConversion()
    {
        var kwd = Currency.FromCode("KWD");
        var jpy = Currency.FromCode("JPY");
        var dollar = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(1m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);
        var fils = new Payment(new PaymentId("P-KWD"), ThisAccount, Money.Of(0.001m, kwd), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);

        var tinyRate = Assert.Throws<ArgumentException>(() =>
            PaymentAllocator.Allocate(dollar, Items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 1e-20m, MidpointRounding.ToEven)));
        var toYen = Assert.Throws<ArgumentException>(() =>
            PaymentAllocator.Allocate(fils, [Open("J-1", ReceivableComponent.Principal, D(2026, 1, 1), 100m, currency: jpy)], AllocationOrder.Default, new CurrencyConversion(kwd, jpy, 0.4m, MidpointRounding.ToEven)));
        var all = Assert.Throws<ArgumentException>(() => PaymentAllocator.AllocateAll(
            ThisAccount, [dollar], [], Items, AllocationOrder.Default, new Dictionary<PaymentId, CurrencyConversion> { [dollar.Id] = new(Currency.UsDollar, Currency.SaudiRiyal, 1e-20m, MidpointRounding.ToEven) }));

        Assert.Equal(("conversion", "conversion", "conversions"), (tinyRate.ParamName, toYen.ParamName, all.ParamName));
        Assert.Contains("Payment P-USD (1.00 USD) converted from USD to SAR at 0.00000000000000000001 is less than half a minor unit of SAR and rounds to zero", tinyRate.Message, StringComparison.Ordinal);
        Assert.Contains("Payment P-KWD (0.001 KWD) converted from KWD to JPY at 0.4 is less than half a minor unit of JPY", toYen.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ConversionThatOverflows_RefusedNamingTheConversion()
    {
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(1_000_000m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);

        var error = Assert.Throws<ArgumentException>(() =>
            PaymentAllocator.Allocate(payment, Items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 1e20m, MidpointRounding.ToEven)));

        Assert.Equal("conversion", error.ParamName);
        Assert.Contains("does not fit in SAR minor units; check the rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_BadArguments_EachNamed()
    {
        var dollars = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(10m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);
        var kwd = Currency.FromCode("KWD");

        ArgumentException Refusal(Action allocate) => Assert.Throws<ArgumentException>(allocate);

        Assert.Equal("conversion", Refusal(() => PaymentAllocator.Allocate(dollars, Items, AllocationOrder.Default)).ParamName);
        Assert.Equal("conversion", Refusal(() => PaymentAllocator.Allocate(dollars, Items, AllocationOrder.Default, new CurrencyConversion(kwd, Currency.SaudiRiyal, 12m, MidpointRounding.ToEven))).ParamName);
        Assert.Equal("conversion", Refusal(() => PaymentAllocator.Allocate(dollars, Items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, kwd, 0.3m, MidpointRounding.ToEven))).ParamName);
        Assert.Equal("openItems", Refusal(() => PaymentAllocator.Allocate(Pay("P1", 1m, D(2026, 4, 1)), [Open("X-1", ReceivableComponent.Principal, D(2026, 1, 1), 5m, OtherAccount)], AllocationOrder.Default)).ParamName);
        Assert.Equal("openItems", Refusal(() => PaymentAllocator.Allocate(Pay("P1", 1m, D(2026, 4, 1)), [Items[0], Items[0]], AllocationOrder.Default)).ParamName);
        Assert.Equal("openItems", Refusal(() => PaymentAllocator.Allocate(Pay("P1", 1m, D(2026, 4, 1)), [default(OpenItem)], AllocationOrder.Default)).ParamName);
        Assert.Equal("conversions", Refusal(() => PaymentAllocator.AllocateAll(ThisAccount, [dollars], [], Items, AllocationOrder.Default)).ParamName);
        Assert.Equal("openItems", Refusal(() => PaymentAllocator.AllocateAll(ThisAccount, [Pay("P1", 1m, D(2026, 4, 1))], [], [Items[0], Items[0]], AllocationOrder.Default)).ParamName);
    }

    [Theory]
    [InlineData("SAR", "SAR", "1", "to")]
    [InlineData("USD", "SAR", "0", "rate")]
    [InlineData("USD", "SAR", "-3.75", "rate")]
    public void CurrencyConversion_BadArgument_Named(string from, string to, string rate, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new CurrencyConversion(Currency.FromCode(from), Currency.FromCode(to), decimal.Parse(rate, CultureInfo.InvariantCulture), MidpointRounding.ToEven));

        Assert.Equal(expected, error.ParamName);
    }

    [Fact]
    public void CurrencyConversion_UndefinedRoundingOrNoCurrency_Named()
    {
        Assert.Equal("rounding", Assert.Throws<ArgumentException>(() => new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 3.75m, (MidpointRounding)99)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => new CurrencyConversion(default, Currency.SaudiRiyal, 3.75m, MidpointRounding.ToEven)).ParamName);
    }

    [Fact]
    public void Allocate_ConvertedOverpayment_UnappliedCreditInBothCurrencies()
    {
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(100m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);
        OpenItem[] items = [Open("INV-1", ReceivableComponent.Principal, D(2026, 1, 31), 300m)];

        var allocation = PaymentAllocator.Allocate(payment, items, AllocationOrder.Default, new CurrencyConversion(Currency.UsDollar, Currency.SaudiRiyal, 3.75m, MidpointRounding.AwayFromZero));

        Assert.Equal(Sar(375m), allocation.AmountInAccountCurrency);
        Assert.Equal(Sar(75m), allocation.UnappliedCredit);
        Assert.Equal(Money.Of(20m, Currency.UsDollar), allocation.UnappliedCreditInPaymentCurrency);
        Assert.Equal(Money.Of(80m, Currency.UsDollar), allocation.Lines[0].AmountInPaymentCurrency);
        Assert.Equal(Money.Of(0m, Currency.UsDollar), allocation.RoundingLine);
    }

    [Fact]
    public void AllocateAll_PaymentsInValueDateOrder_ReversedPaymentLeftOut()
    {
        Payment[] payments = [Pay("P3", 600m, D(2026, 4, 20)), Pay("P1", 100m, D(2026, 4, 1)), Pay("P2", 1_000m, D(2026, 4, 10))];

        var result = PaymentAllocator.AllocateAll(ThisAccount, payments, [Reverse("P2", D(2026, 4, 12))], Items, AllocationOrder.Default);

        Assert.Equal(["P1", "P3"], result.Allocations.Select(a => a.Payment.Id.Value));
        Assert.Equal([("FEE-3", 50m), ("INT-2", 50m)], Lines(result.Allocations[0]));
        Assert.Equal([("INT-2", 50m), ("INV-1", 550m)], Lines(result.Allocations[1]));
        Assert.Equal([("INV-1", 450m), ("INV-2", 500m)], Remaining(result.OpenItems));
        Assert.Equal([new PaymentId("P2")], result.ReversedPayments);
        Assert.Empty(result.UnmatchedReversals);
        Assert.Equal(Sar(0m), result.UnappliedCredit);
    }

    [Fact]
    public void AllocateAll_OneReversalGivenTwice_CountsOnce_TwoDifferentReversalsOfOnePayment_Refused()
    {
        Payment[] payments = [Pay("P1", 100m, D(2026, 4, 1)), Pay("P2", 1_000m, D(2026, 4, 10))];
        var reversal = Reverse("P2", D(2026, 4, 12));

        var once = PaymentAllocator.AllocateAll(ThisAccount, payments, [reversal, reversal with { }], Items, AllocationOrder.Default);
        var error = Assert.Throws<ArgumentException>(() =>
            PaymentAllocator.AllocateAll(ThisAccount, payments, [reversal, Reverse("P2", D(2026, 4, 20))], Items, AllocationOrder.Default));

        Assert.Equal([new PaymentId("P2")], once.ReversedPayments);
        Assert.Equal("reversals", error.ParamName);
        Assert.StartsWith("Payment P2 is reversed twice, differently: posted 2026-04-12T09:00:00Z (cheque returned) and 2026-04-20T09:00:00Z (cheque returned).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateAll_ReversalOfAPaymentNotGiven_TakesNothingOutAndIsListed()
    {
        Payment[] payments = [Pay("P1", 100m, D(2026, 4, 1)), Pay("P2", 1_000m, D(2026, 4, 10))];

        var result = PaymentAllocator.AllocateAll(
            ThisAccount, payments, [Reverse("P9", D(2026, 4, 12)), Reverse("P2", D(2026, 4, 12)), Reverse("P0", D(2026, 4, 2))], Items, AllocationOrder.Default);

        Assert.Equal(["P1"], result.Allocations.Select(a => a.Payment.Id.Value));
        Assert.Equal([new PaymentId("P2")], result.ReversedPayments);
        Assert.Equal([new PaymentId("P0"), new PaymentId("P9")], result.UnmatchedReversals);
    }

    [Fact]
    public void AllocateAll_MoreThanOwed_UnappliedCreditSummed()
    {
        Payment[] payments = [Pay("P1", 1_600m, D(2026, 4, 1)), Pay("P2", 200m, D(2026, 4, 2))];

        var result = PaymentAllocator.AllocateAll(ThisAccount, payments, [], Items, AllocationOrder.Default);

        Assert.Empty(result.OpenItems);
        Assert.Equal(Sar(0m), result.Allocations[0].UnappliedCredit);
        Assert.Equal(Sar(150m), result.Allocations[1].UnappliedCredit);
        Assert.Equal(Sar(150m), result.UnappliedCredit);
    }

    [Fact]
    public void Allocate_ItemsOfAnotherAccountOrTwice_EveryViolationListed()
    {
        OpenItem[] items = [.. Items, Open("X-1", ReceivableComponent.Principal, D(2026, 1, 1), 5m, OtherAccount), Items[0]];

        var error = Assert.Throws<ArgumentException>(() => PaymentAllocator.Allocate(Pay("P1", 1m, D(2026, 4, 1)), items, AllocationOrder.Default));

        Assert.Contains("item X-1 is on account ACC-2, not ACC-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("item INV-1 appears more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_PaymentInAnotherCurrencyWithoutConversion_Refused()
    {
        var payment = new Payment(new PaymentId("P-USD"), ThisAccount, Money.Of(10m, Currency.UsDollar), D(2026, 4, 1), NoonOn(D(2026, 4, 1)), PaymentMethod.Card);

        var error = Assert.Throws<ArgumentException>(() => PaymentAllocator.Allocate(payment, Items, AllocationOrder.Default));

        Assert.Contains("Payment P-USD is in USD but the account's items are in SAR: pass a CurrencyConversion from USD to SAR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ItemsInTwoCurrencies_Refused()
    {
        OpenItem[] items = [Items[0], Open("K-1", ReceivableComponent.Principal, D(2026, 1, 1), 5m, currency: Currency.FromCode("KWD"))];

        var error = Assert.Throws<ArgumentException>(() => PaymentAllocator.Allocate(Pay("P1", 1m, D(2026, 4, 1)), items, AllocationOrder.Default));

        Assert.Contains("the items are in several currencies (SAR, KWD)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocationOrder_ComponentMissingAndRepeated_EveryViolationListed()
    {
        var error = Assert.Throws<ArgumentException>(() => AllocationOrder.ByComponent(ReceivableComponent.Charges, ReceivableComponent.Charges, ReceivableComponent.Principal));

        Assert.Contains("'charges' appears more than once", error.Message, StringComparison.Ordinal);
        Assert.Contains("'interest' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocationOrder_Default_DescribedInBothLanguages()
    {
        Assert.Equal(AllocationOrder.ByComponent(ReceivableComponent.Charges, ReceivableComponent.Interest, ReceivableComponent.Principal), AllocationOrder.Default);
        Assert.NotEqual(AllocationOrder.OldestItemFirst(), AllocationOrder.Default);
        Assert.Equal("Oldest item first; items due on the same day in the order Charges and fees, Interest or profit, Principal.", AllocationOrder.OldestItemFirst().Description.English);
        Assert.StartsWith("حسب المكوِّن", AllocationOrder.Default.Description.Arabic, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrencyConversion_SameCurrencyAndZeroRate_EveryViolationListed()
    {
        var error = Assert.Throws<ArgumentException>(() => new CurrencyConversion(Currency.SaudiRiyal, Currency.SaudiRiyal, 0m, MidpointRounding.ToEven));

        Assert.Contains("both currencies are SAR", error.Message, StringComparison.Ordinal);
        Assert.Contains("the rate is 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenItem_FromReceivableItems_OnlyWhatIsOpen()
    {
        var open = new ReceivableItem(new ItemId("INV-9"), ThisAccount, D(2026, 1, 1), D(2026, 1, 31), Sar(400m)) { OpenAmount = Sar(150m), Component = ReceivableComponent.Interest };
        var settled = new ReceivableItem(new ItemId("INV-8"), ThisAccount, D(2026, 1, 1), D(2026, 1, 31), Sar(400m)) { SettledOn = D(2026, 2, 1) };
        var creditNote = new ReceivableItem(new ItemId("CN-1"), ThisAccount, D(2026, 1, 1), D(2026, 1, 1), Sar(-50m));

        var fromOpen = OpenItem.From(open, D(2026, 3, 1));

        Assert.Equal(Sar(150m), fromOpen!.Value.Open);
        Assert.Equal(ReceivableComponent.Interest, fromOpen.Value.Component);
        Assert.Null(OpenItem.From(settled, D(2026, 3, 1)));
        Assert.Null(OpenItem.From(creditNote, D(2026, 3, 1)));
    }
}
