using NodaTime;

namespace Collections.Core.Tests;

public sealed class PaymentVocabularyTests
{
    private static readonly Currency Sar = Currency.FromCode("SAR");

    [Fact]
    public void Payment_vocabularies_have_distinct_codes_and_values_and_both_titles()
    {
        AssertVocabulary(PaymentMethod.All, m => m.Code, m => m.Value, m => m.Title);
        AssertVocabulary(PaymentRoute.All, m => m.Code, m => m.Value, m => m.Title);
        AssertVocabulary(AdjustmentKind.All, m => m.Code, m => m.Value, m => m.Title);
        AssertVocabulary(CollectionTrack.All, m => m.Code, m => m.Value, m => m.Title);
        AssertVocabulary(ReceivableComponent.All, m => m.Code, m => m.Value, m => m.Title);
    }

    [Fact]
    public void Persisted_codes_are_the_documented_ones()
    {
        Assert.Equal(["bank_transfer", "sadad", "card", "direct_debit", "cash", "cheque", "other"], PaymentMethod.All.Select(m => m.Code));
        Assert.Equal(["via_collector", "direct_to_creditor"], PaymentRoute.All.Select(m => m.Code));
        Assert.Equal(["credit_note", "write_off", "waiver"], AdjustmentKind.All.Select(m => m.Code));
        Assert.Equal(["amicable", "legal"], CollectionTrack.All.Select(m => m.Code));
        Assert.Equal(["charges", "interest", "principal"], ReceivableComponent.All.Select(m => m.Code));
        Assert.True(PaymentMethod.TryFromCode("SADAD", out var sadad));
        Assert.Same(PaymentMethod.Sadad, sadad);
        Assert.False(CollectionTrack.TryFromCode("court", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void A_payment_of_zero_or_less_is_refused_naming_the_amount(long minorUnits)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Payment(
            new PaymentId("P-1"), new AccountId("A-1"), Money.FromMinorUnits(minorUnits, Sar), new LocalDate(2026, 12, 1), Instant.FromUtc(2026, 12, 1, 9, 0), PaymentMethod.Sadad));
        Assert.Equal("amount", error.ParamName);
        Assert.Contains("P-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payment_defaults_to_the_collector_route_and_keeps_its_dates_apart()
    {
        var payment = new Payment(new PaymentId("P-1"), new AccountId("A-1"), Money.FromMinorUnits(50_000, Sar), new LocalDate(2026, 11, 28), Instant.FromUtc(2026, 12, 1, 9, 0), PaymentMethod.BankTransfer);
        Assert.Same(PaymentRoute.ViaCollector, payment.Route);
        Assert.Equal(new LocalDate(2026, 11, 28), payment.ValueDate);
        Assert.Equal(500m, payment.Amount.Amount);
    }

    [Fact]
    public void An_adjustment_of_zero_or_a_reversal_without_reason_is_refused()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new AccountAdjustment(
            new AdjustmentId("ADJ-1"), new AccountId("A-1"), AdjustmentKind.WriteOff, Money.FromMinorUnits(0, Sar), new LocalDate(2026, 12, 1))).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => new PaymentReversal(new PaymentId("P-1"), new AccountId("A-1"), Instant.FromUtc(2026, 12, 2, 9, 0), " ")).ParamName);
    }

    [Fact]
    public void A_receivable_item_is_principal_unless_stated()
    {
        var item = new ReceivableItem(new ItemId("I-1"), new AccountId("A-1"), null, new LocalDate(2026, 1, 31), Money.FromMinorUnits(1_000, Sar));
        Assert.Same(ReceivableComponent.Principal, item.Component);
        Assert.Same(ReceivableComponent.Interest, (item with { Component = ReceivableComponent.Interest }).Component);
    }

    private static void AssertVocabulary<T>(IReadOnlyList<T> all, Func<T, string> code, Func<T, int> value, Func<T, BilingualText> title)
    {
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Select(code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(all.Count, all.Select(value).Distinct().Count());
        Assert.All(all, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace(title(m).English));
            Assert.False(string.IsNullOrWhiteSpace(title(m).Arabic));
            Assert.NotEqual(title(m).English, title(m).Arabic);
        });
    }
}
