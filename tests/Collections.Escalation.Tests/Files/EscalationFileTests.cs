using Collections.Escalation.Tests.Support;

namespace Collections.Escalation.Tests.Files;

/// <summary>The escalation file: the parts about the case's account, and the figures derived from them.</summary>
public sealed class EscalationFileTests
{
    private static readonly LocalDate May10 = new(2026, 5, 10);

    private static Debtor Debtor() => new(TestEscalation.Debtor) { Name = "Synthetic Debtor" };

    private static ReceivableItem[] Items() =>
    [
        new(new ItemId("INV-2"), TestEscalation.Account, new LocalDate(2025, 11, 1), new LocalDate(2025, 12, 1), TestEscalation.Sar(7_500m)),
        new(new ItemId("INV-1"), TestEscalation.Account, new LocalDate(2025, 10, 1), new LocalDate(2025, 11, 1), TestEscalation.Sar(5_000m)),
    ];

    private static ContactAttempt[] Attempts() =>
    [
        new(TestEscalation.Account, Channel.Sms, Instant.FromUtc(2026, 2, 1, 9, 0), AttemptOutcome.Delivered),
        new(TestEscalation.Account, Channel.Call, Instant.FromUtc(2026, 1, 10, 9, 0), AttemptOutcome.RightParty),
        new(TestEscalation.Account, Channel.Call, Instant.FromUtc(2026, 1, 11, 9, 0), AttemptOutcome.NoAnswer),
    ];

    [Fact]
    public void Create_FromTheHostsRecords_OrdersThePartsAndDerivesTheFigures()
    {
        var authorization = TestEscalation.Authorization();
        var filed = TestEscalation.Apply(TestEscalation.AuthorizedCase(authorization), TestEscalation.Filing(May10), authorization);
        var promise = new PromiseToPay(new LocalDate(2026, 1, 10), new LocalDate(2026, 1, 20), TestEscalation.Sar(2_000m), TestEscalation.Sar(0m), PromiseStatus.Broken);

        var file = EscalationFile.Create(filed, Debtor(), Items(), Attempts(), [promise], authorization, May10);

        Assert.Equal(["INV-1", "INV-2"], file.Items.Select(i => i.Id.Value));
        Assert.Equal(TestEscalation.Sar(12_500m), file.Balance);
        Assert.Equal(190, file.DaysPastDue.Value); // 2025-11-01 to 2026-05-10
        Assert.Equal([Channel.Call, Channel.Sms], file.ContactByChannel.Select(c => c.Channel));
        Assert.Equal((2, 1), (file.ContactByChannel[0].Attempts, file.ContactByChannel[0].RightPartyContacts));
        Assert.Equal(Instant.FromUtc(2026, 1, 10, 9, 0), file.Attempts[0].At);
        Assert.True(file.AuthorizationCheck!.IsValid);
    }

    [Fact]
    public void Create_PartsAboutAnotherAccountOrDebtor_EveryProblemNamed()
    {
        var opened = TestEscalation.OpenCase();
        var otherItem = new ReceivableItem(new ItemId("INV-9"), TestEscalation.OtherAccount, null, new LocalDate(2025, 12, 1), TestEscalation.Sar(1m));

        var exception = Assert.Throws<ArgumentException>(() => EscalationFile.Create(
            opened, new Debtor(new DebtorId("DEB-2")), [otherItem], [new ContactAttempt(TestEscalation.OtherAccount, Channel.Call, Instant.FromUtc(2026, 1, 1, 9, 0), AttemptOutcome.Busy)], [], null, TestEscalation.AsOf));

        Assert.Equal("debtor", exception.ParamName);
        Assert.Contains("items: 'INV-9' is on account 'ACC-2'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("attempts: one is about account 'ACC-2', not 'ACC-1'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PromiseToPay_DueBeforeMadeOrNothingPromised_Refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new PromiseToPay(new LocalDate(2026, 1, 10), new LocalDate(2026, 1, 9), TestEscalation.Sar(0m), TestEscalation.Sar(0m), PromiseStatus.Pending));

        Assert.Equal("dueOn", exception.ParamName);
        Assert.Contains("promised: must be above zero", exception.Message, StringComparison.Ordinal);
    }
}
